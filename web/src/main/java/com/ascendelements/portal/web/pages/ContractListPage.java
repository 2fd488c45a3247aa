package com.ascendelements.portal.web.pages;

import com.ascendelements.portal.contracts.Contract;
import com.ascendelements.portal.contracts.ContractService;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** The contracts the caller may see (a partner user: its own company's). */
@Named("contractList")
@RequestScoped
public class ContractListPage {

    @Inject
    private ContractService contracts;

    private List<Contract> rows;

    public List<Contract> getRows() {
        if (rows == null) {
            rows = contracts.visibleContracts();
        }
        return rows;
    }
}
