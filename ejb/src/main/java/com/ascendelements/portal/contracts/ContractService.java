package com.ascendelements.portal.contracts;

import com.ascendelements.portal.catalog.Material;
import com.ascendelements.portal.catalog.Materials;
import com.ascendelements.portal.common.InvalidRequestException;
import com.ascendelements.portal.common.NotFoundException;
import com.ascendelements.portal.common.Quantity;
import com.ascendelements.portal.common.UnitOfMeasure;
import com.ascendelements.portal.audit.AuditTrail;
import com.ascendelements.portal.identity.AccessScope;
import com.ascendelements.portal.identity.PortalRole;
import com.ascendelements.portal.partners.TradingPartner;
import com.ascendelements.portal.partners.TradingPartners;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** Contracts: the list, their drawdown, and their creation and revision by procurement. */
@Stateless
@RolesAllowed({PortalRole.Names.ADMIN, PortalRole.Names.PROCUREMENT, PortalRole.Names.FINANCE, PortalRole.Names.PARTNER})
public class ContractService {

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @Inject
    private Contracts contracts;

    @Inject
    private TradingPartners partners;

    @Inject
    private Materials materials;

    @Inject
    private AccessScope scope;

    @Inject
    private AuditTrail audit;

    public List<Contract> visibleContracts() {
        return scope.restrictedToPartner().map(contracts::forPartner).orElseGet(contracts::all);
    }

    public Contract get(long id) {
        Contract contract = em.find(Contract.class, id);
        if (contract == null || !scope.maySee(contract.buyer(), contract.seller())) {
            throw new NotFoundException("Contract " + id);
        }
        return contract;
    }

    /** Ordered (open and answered orders, not cancelled or rejected), shipped and invoiced against the contract. */
    public Drawdown drawdown(long id) {
        Contract contract = get(id);
        UnitOfMeasure unit = contract.committed().unit();
        return new Drawdown(contract.committed(),
                sum(unit, "SELECT l.quantity.unit, SUM(l.quantity.amount) FROM PurchaseOrderLine l JOIN l.purchaseOrder o"
                        + " WHERE o.contract.id = :id AND o.status NOT IN (com.ascendelements.portal.purchasing.PurchaseOrderStatus.CANCELLED,"
                        + " com.ascendelements.portal.purchasing.PurchaseOrderStatus.REJECTED) AND l.status <> "
                        + "com.ascendelements.portal.purchasing.LineStatus.REJECTED GROUP BY l.quantity.unit", id),
                sum(unit, "SELECT i.quantity.unit, SUM(i.quantity.amount) FROM ShipmentItem i JOIN i.lot l JOIN l.order so"
                        + " JOIN so.shipNotice s WHERE so.purchaseOrder.contract.id = :id AND s.status <> "
                        + "com.ascendelements.portal.shipping.ShipNoticeStatus.CANCELLED GROUP BY i.quantity.unit", id),
                sum(unit, "SELECT l.quantity.unit, SUM(l.quantity.amount) FROM InvoiceLine l JOIN l.invoice i"
                        + " WHERE i.purchaseOrder.contract.id = :id AND i.status <> "
                        + "com.ascendelements.portal.invoicing.InvoiceStatus.CANCELLED GROUP BY l.quantity.unit", id));
    }

    private Quantity sum(UnitOfMeasure unit, String jpql, long contractId) {
        List<Object[]> rows = em.createQuery(jpql, Object[].class).setParameter("id", contractId).getResultList();
        Quantity total = Quantity.zero(unit);
        for (Object[] row : rows) {
            total = total.plus(Quantity.of((BigDecimal) row[1], (UnitOfMeasure) row[0]));
        }
        return total;
    }

    @RolesAllowed({PortalRole.Names.ADMIN, PortalRole.Names.PROCUREMENT})
    public Contract create(ContractTerms terms) {
        if (contracts.byNumber(terms.number()).isPresent()) {
            throw new InvalidRequestException("A contract numbered " + terms.number() + " exists already");
        }
        TradingPartner buyer = partners.byCode(terms.buyerCode()).orElseThrow(() -> new InvalidRequestException("Unknown buyer " + terms.buyerCode()));
        TradingPartner seller = partners.byCode(terms.sellerCode()).orElseThrow(() -> new InvalidRequestException("Unknown seller " + terms.sellerCode()));
        Material material = materials.byCode(terms.materialCode())
                .orElseThrow(() -> new InvalidRequestException("Unknown material " + terms.materialCode()));
        try {
            Contract contract = contracts.add(new Contract(terms.number(), buyer, seller, material, terms.specification(),
                    terms.committed(), terms.priceTerms(), terms.tolerances(), terms.validFrom(), terms.validTo()));
            audit.record("CONTRACT_CREATED", "Contract", contract.number(), terms.toString());
            return contract;
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new InvalidRequestException(e.getMessage());
        }
    }

    @RolesAllowed({PortalRole.Names.ADMIN, PortalRole.Names.PROCUREMENT})
    public Contract revise(long id, ContractTerms terms) {
        Contract contract = get(id);
        try {
            contract.revise(terms.specification(), terms.committed(), terms.priceTerms(), terms.tolerances(), terms.validTo());
            audit.record("CONTRACT_REVISED", "Contract", contract.number(), "committed " + terms.committed()
                    + ", valid to " + terms.validTo());
        } catch (IllegalArgumentException | IllegalStateException | NullPointerException e) {
            throw new InvalidRequestException(e.getMessage());
        }
        return contract;
    }

    @RolesAllowed({PortalRole.Names.ADMIN, PortalRole.Names.PROCUREMENT})
    public Contract activate(long id) {
        Contract contract = get(id);
        try {
            contract.activate();
            audit.record("CONTRACT_ACTIVATED", "Contract", contract.number(), null);
        } catch (IllegalStateException e) {
            throw new InvalidRequestException(e.getMessage());
        }
        return contract;
    }

    /** The terms a user enters for a new contract or a revision. */
    public record ContractTerms(String number, String buyerCode, String sellerCode, String materialCode, String specification,
                                Quantity committed, PriceTerms priceTerms, Tolerances tolerances, LocalDate validFrom, LocalDate validTo) {
    }
}
