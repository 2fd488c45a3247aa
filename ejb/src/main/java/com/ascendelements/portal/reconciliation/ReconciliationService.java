package com.ascendelements.portal.reconciliation;

import com.ascendelements.portal.common.InvalidRequestException;
import com.ascendelements.portal.common.Money;
import com.ascendelements.portal.common.NotFoundException;
import com.ascendelements.portal.common.Quantity;
import com.ascendelements.portal.common.UnitOfMeasure;
import com.ascendelements.portal.identity.AccessScope;
import com.ascendelements.portal.identity.PortalRole;
import com.ascendelements.portal.partners.TradingPartner;
import com.ascendelements.portal.partners.TradingPartners;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

/**
 * The reconciliation of one partner for one period: staff for any partner, a partner's users for their own company.
 * Its PO lines come with their running totals ({@link RunningTotals}) in one query, whatever the number of orders.
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
        ReconciliationQueries.Scope scope = ReconciliationQueries.Scope.partnerPeriod(id, from, to);
        List<Object[]> rows = queries.lines(scope);
        // the running totals, unless some orders still wait for their backfill: then worked out from the documents
        boolean complete = queries.figuresComplete();
        Map<Long, LineTotals.Totals> worked = complete ? Map.of()
                : LineTotals.of(rows.stream().map(ReconciliationQueries::lineOf).toList(), queries.shipped(scope), queries.received(scope),
                        queries.invoiced(scope));
        List<ReconciliationLine> lines = rows.stream().map(row -> {
            UnitOfMeasure unit = (UnitOfMeasure) row[8];
            String currency = (String) row[10];
            LineTotals.Totals totals = complete ? kept(row, unit, currency) : worked.get((Long) row[0]);
            return new ReconciliationLine((String) row[2], (LocalDate) row[3], (String) row[5], (String) row[6], !row[4].equals(id),
                    Money.of((BigDecimal) row[9], currency), (UnitOfMeasure) row[11], Quantity.of((BigDecimal) row[7], unit),
                    totals.shipped(), totals.received(), totals.invoiced(), totals.approved(), totals.invoicedAmount(), totals.approvedAmount());
        }).toList();
        LocalDate today = LocalDate.now(clock);
        List<Reconciliation.WaitingInvoice> waiting = queries.waiting(id, from, to).stream()
                .map(i -> new Reconciliation.WaitingInvoice(i.id(), i.invoiceNumber(), i.poNumber(), i.status().name(), i.invoiceDate(),
                        ChronoUnit.DAYS.between(i.invoiceDate(), today), i.total()))
                .toList();
        return new Reconciliation(partner.code(), partner.name(), from, to, lines, waiting);
    }

    /** The line's running totals as kept (none yet: nothing shipped, received or invoiced). */
    private static LineTotals.Totals kept(Object[] row, UnitOfMeasure unit, String currency) {
        if (row[12] == null) {
            return LineTotals.Totals.none(unit, currency);
        }
        return new LineTotals.Totals(Quantity.of((BigDecimal) row[12], unit), Quantity.of((BigDecimal) row[13], unit),
                Quantity.of((BigDecimal) row[14], unit), Quantity.of((BigDecimal) row[15], unit), Money.of((BigDecimal) row[16], currency).rounded(),
                Money.of((BigDecimal) row[17], currency).rounded());
    }
}
