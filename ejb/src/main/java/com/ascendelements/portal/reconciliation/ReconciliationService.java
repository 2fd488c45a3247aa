package com.ascendelements.portal.reconciliation;

import com.ascendelements.portal.common.InvalidRequestException;
import com.ascendelements.portal.common.Money;
import com.ascendelements.portal.common.NotFoundException;
import com.ascendelements.portal.common.Quantity;
import com.ascendelements.portal.common.UnitOfMeasure;
import com.ascendelements.portal.identity.AccessScope;
import com.ascendelements.portal.identity.PortalRole;
import com.ascendelements.portal.invoicing.InvoiceStatus;
import com.ascendelements.portal.invoicing.InvoiceType;
import com.ascendelements.portal.partners.TradingPartner;
import com.ascendelements.portal.partners.TradingPartners;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The reconciliation of one partner for one period: staff for any partner, a partner's users for their own company.
 * Everything is read in five queries, whatever the number of orders.
 */
@Stateless
@RolesAllowed({PortalRole.Names.ADMIN, PortalRole.Names.PROCUREMENT, PortalRole.Names.FINANCE, PortalRole.Names.PARTNER})
public class ReconciliationService {

    /** The longest period one reconciliation covers. */
    static final long MAX_DAYS = 731;

    @Inject
    private ReconciliationQueries queries;
    @Inject
    private TradingPartners partners;
    @Inject
    private AccessScope scope;
    @Inject
    private Clock clock;

    public Reconciliation of(String partnerCode, LocalDate from, LocalDate to) {
        if (partnerCode == null || partnerCode.isBlank()) {
            throw new InvalidRequestException("Choose the partner");
        }
        if (from == null || to == null || from.isAfter(to)) {
            throw new InvalidRequestException("Give the period: from a day up to a day not before it");
        }
        if (ChronoUnit.DAYS.between(from, to) > MAX_DAYS) {
            throw new InvalidRequestException("A reconciliation covers at most two years; choose a shorter period");
        }
        TradingPartner partner = partners.byCode(partnerCode.strip())
                .filter(p -> scope.restrictedToPartner().map(own -> own.equals(p.id())).orElse(true))
                .orElseThrow(() -> new NotFoundException("Partner " + partnerCode));
        if (partner.hasRole(com.ascendelements.portal.partners.PartnerRole.HUB)) {
            throw new InvalidRequestException("Choose a trading partner: the hub is on every order");
        }
        long id = partner.id();
        Map<String, Quantity> shipped = sums(queries.shipped(id, from, to));
        Map<String, Quantity> received = sums(queries.received(id, from, to));
        Map<String, Billed> invoiced = new HashMap<>();
        List<Object[]> billedRows = queries.invoiced(id, from, to);
        // a final invoice replaces the provisional ones of its PO line
        java.util.Set<String> settled = new java.util.HashSet<>();
        billedRows.stream().filter(row -> row[9] == InvoiceType.FINAL).forEach(row -> settled.add(key(row[0], row[1])));
        for (Object[] row : billedRows) {
            InvoiceType type = (InvoiceType) row[9];
            UnitOfMeasure unit = (UnitOfMeasure) row[3];
            boolean mass = unit.kilograms().isPresent() && ((UnitOfMeasure) row[6]).kilograms().isPresent();
            if (type == InvoiceType.PROVISIONAL && settled.contains(key(row[0], row[1])) || unit != row[6] && !mass) {
                continue;   // replaced by the final invoice, or billed in a unit the price is not per (an exception of the match)
            }
            Quantity quantity = Quantity.of((BigDecimal) row[2], (UnitOfMeasure) row[3]);
            // an invoice in another currency than its order's is an exception of its own; its money is not added here
            Money amount = row[5].equals(row[8]) ? Money.of((BigDecimal) row[4], (String) row[5]).times(quantity.in((UnitOfMeasure) row[6]).amount())
                    : Money.zero((String) row[8]);
            if (type == InvoiceType.CREDIT_NOTE) {   // gives back: less invoiced, in quantity and money
                quantity = quantity.times(BigDecimal.ONE.negate());
                amount = amount.times(BigDecimal.ONE.negate());
            } else if (type == InvoiceType.DEBIT_NOTE) {   // a price difference: money, no quantity
                quantity = Quantity.zero(quantity.unit());
            }
            boolean approved = row[7] == InvoiceStatus.APPROVED || row[7] == InvoiceStatus.PAID;
            invoiced.merge(key(row[0], row[1]), new Billed(quantity, amount, approved ? quantity : Quantity.zero(quantity.unit()),
                    approved ? amount : Money.zero(amount.currency())), Billed::plus);
        }
        List<ReconciliationLine> lines = queries.lines(id, from, to).stream().map(row -> {
            String key = key(row[0], row[4]);
            UnitOfMeasure unit = (UnitOfMeasure) row[7];
            String currency = (String) row[9];
            Quantity zero = Quantity.zero(unit);
            Billed billed = invoiced.getOrDefault(key, new Billed(zero, Money.zero(currency), zero, Money.zero(currency)));
            return new ReconciliationLine((String) row[1], (LocalDate) row[2], (String) row[4], (String) row[5], !row[3].equals(id),
                    Money.of((BigDecimal) row[8], currency), (UnitOfMeasure) row[10], Quantity.of((BigDecimal) row[6], unit),
                    shipped.getOrDefault(key, zero).in(unit), received.getOrDefault(key, zero).in(unit), billed.quantity().in(unit),
                    billed.approvedQuantity().in(unit), billed.amount().rounded(), billed.approvedAmount().rounded());
        }).toList();
        LocalDate today = LocalDate.now(clock);
        List<Reconciliation.WaitingInvoice> waiting = queries.waiting(id, from, to).stream()
                .map(i -> new Reconciliation.WaitingInvoice(i.id(), i.invoiceNumber(), i.poNumber(), i.status().name(), i.invoiceDate(),
                        ChronoUnit.DAYS.between(i.invoiceDate(), today), i.total()))
                .toList();
        return new Reconciliation(partner.code(), partner.name(), from, to, lines, waiting);
    }

    /** What was invoiced of one PO line, and of it what is approved. */
    private record Billed(Quantity quantity, Money amount, Quantity approvedQuantity, Money approvedAmount) {
        Billed plus(Billed other) {
            return new Billed(quantity.plus(other.quantity), amount.plus(other.amount), approvedQuantity.plus(other.approvedQuantity),
                    approvedAmount.plus(other.approvedAmount));
        }
    }

    private static Map<String, Quantity> sums(List<Object[]> rows) {
        Map<String, Quantity> sums = new HashMap<>();
        rows.forEach(row -> sums.merge(key(row[0], row[1]), Quantity.of((BigDecimal) row[3], (UnitOfMeasure) row[2]), Quantity::plus));
        return sums;
    }

    private static String key(Object orderId, Object lineNumber) {
        return orderId + "/" + lineNumber;
    }
}
