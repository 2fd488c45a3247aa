package com.ascendelements.portal.web.pages;

import com.ascendelements.portal.catalog.Material;
import com.ascendelements.portal.catalog.Materials;
import com.ascendelements.portal.common.InvalidFormException;
import com.ascendelements.portal.common.InvalidRequestException;
import com.ascendelements.portal.common.UnitOfMeasure;
import com.ascendelements.portal.contracts.Contract;
import com.ascendelements.portal.contracts.ContractService;
import com.ascendelements.portal.partners.TradingPartner;
import com.ascendelements.portal.purchasing.PurchaseOrder;
import com.ascendelements.portal.purchasing.PurchaseOrderDraft;
import com.ascendelements.portal.purchasing.PurchaseOrderService;
import jakarta.ejb.EJBAccessException;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;

/** Procurement's form for an order to a supplier: the hub buys; placing it sends the 850. */
@Named("newOrderPage")
@ViewScoped
public class NewPurchaseOrderPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private transient PurchaseOrderService orders;

    @Inject
    private transient Materials materials;

    @Inject
    private transient ContractService contracts;

    private PurchaseOrderDraft draft;
    private String denial;
    private transient List<TradingPartner> supplierChoices;
    private transient List<Material> materialChoices;
    private transient List<Contract> contractChoices;

    /** Called by f:viewAction: a new, dated draft for staff who buy; a denial for everyone else. */
    public void load() {
        if (draft != null) {
            return;
        }
        try {
            draft = orders.newDraft();
        } catch (EJBAccessException e) {
            denial = "Only procurement places purchase orders.";
        }
    }

    public void addLine() {
        draft.addLine();
    }

    public void removeLine(int index) {
        draft.removeLine(index);
    }

    public void place() throws IOException {
        try {
            PurchaseOrder order = orders.place(draft);
            FormMessages.info("Purchase order " + order.poNumber() + " placed with " + order.seller().name() + " (850)");
            ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
            external.redirect(external.getRequestContextPath() + "/purchase-order.xhtml?id=" + order.id());
        } catch (InvalidFormException e) {
            FormMessages.show("order", e);
        } catch (InvalidRequestException e) {
            FormMessages.error(e.getMessage());
        } catch (EJBAccessException e) {
            FormMessages.error("Only procurement places purchase orders.");
        }
    }

    public List<TradingPartner> getSuppliers() {
        if (supplierChoices == null) {
            supplierChoices = orders.suppliers();
        }
        return supplierChoices;
    }

    public List<Material> getMaterials() {
        if (materialChoices == null) {
            materialChoices = materials.all();
        }
        return materialChoices;
    }

    /** Active contracts in which the hub buys. */
    public List<Contract> getContracts() {
        if (contractChoices == null) {
            contractChoices = contracts.visibleContracts().stream()
                    .filter(c -> c.buyer().hasRole(com.ascendelements.portal.partners.PartnerRole.HUB))
                    .filter(c -> c.status() == com.ascendelements.portal.contracts.ContractStatus.ACTIVE).toList();
        }
        return contractChoices;
    }

    public UnitOfMeasure[] getUnits() { return UnitOfMeasure.values(); }
    public PurchaseOrderDraft getDraft() { return draft; }
    public String getDenial() { return denial; }
}
