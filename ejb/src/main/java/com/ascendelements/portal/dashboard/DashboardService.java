package com.ascendelements.portal.dashboard;

import com.ascendelements.portal.exchange.AcknowledgmentStatus;
import com.ascendelements.portal.exchange.Direction;
import com.ascendelements.portal.exchange.InterchangeStatus;
import com.ascendelements.portal.identity.AccessScope;
import com.ascendelements.portal.identity.PortalRole;
import com.ascendelements.portal.invoicing.InvoiceStatus;
import com.ascendelements.portal.purchasing.PurchaseOrderStatus;
import com.ascendelements.portal.shipping.ShipNoticeStatus;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Counts for the start page. Every query is restricted to the caller's partner for partner users. */
@Stateless
@RolesAllowed({PortalRole.Names.ADMIN, PortalRole.Names.PROCUREMENT, PortalRole.Names.FINANCE, PortalRole.Names.PARTNER})
public class DashboardService {

    static final int CHART_DAYS = 14;

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @Inject
    private AccessScope scope;

    @Inject
    private Clock clock;

    public Dashboard dashboard() {
        Optional<Long> partner = scope.restrictedToPartner();
        LocalDate today = LocalDate.now(clock);
        Instant startOfToday = today.atStartOfDay(ZoneOffset.UTC).toInstant();
        String interchangeScope = partner.isPresent() ? " AND (i.senderPartner.id = :partner OR i.receiverPartner.id = :partner)" : "";
        return new Dashboard(
                count("SELECT COUNT(i) FROM Interchange i WHERE i.direction = :d AND i.createdAt >= :since" + interchangeScope,
                        partner, Map.of("d", Direction.INBOUND, "since", startOfToday)),
                count("SELECT COUNT(i) FROM Interchange i WHERE i.direction = :d AND i.createdAt >= :since" + interchangeScope,
                        partner, Map.of("d", Direction.OUTBOUND, "since", startOfToday)),
                count("SELECT COUNT(i) FROM Interchange i WHERE i.status IN :s" + interchangeScope,
                        partner, Map.of("s", EnumSet.of(InterchangeStatus.REJECTED, InterchangeStatus.FAILED))),
                count("SELECT COUNT(g) FROM OutboundGroup g WHERE g.status = :s AND g.expectedBy < :now"
                        + (partner.isPresent() ? " AND g.partner.id = :partner" : ""),
                        partner, Map.of("s", AcknowledgmentStatus.WAITING, "now", clock.instant())),
                count("SELECT COUNT(o) FROM PurchaseOrder o WHERE o.status IN :s"
                        + (partner.isPresent() ? " AND (o.buyer.id = :partner OR o.seller.id = :partner)" : ""),
                        partner, Map.of("s", EnumSet.of(PurchaseOrderStatus.OPEN, PurchaseOrderStatus.ACCEPTED,
                                PurchaseOrderStatus.CHANGED, PurchaseOrderStatus.PARTIALLY_SHIPPED))),
                count("SELECT COUNT(s) FROM ShipNotice s WHERE s.status = :s"
                        + (partner.isPresent() ? " AND (s.shipper.id = :partner OR s.receiver.id = :partner)" : ""),
                        partner, Map.of("s", ShipNoticeStatus.IN_TRANSIT)),
                count("SELECT COUNT(i) FROM Invoice i WHERE i.status IN :s"
                        + (partner.isPresent() ? " AND (i.seller.id = :partner OR i.buyer.id = :partner)" : ""),
                        partner, Map.of("s", EnumSet.of(InvoiceStatus.OPEN, InvoiceStatus.EXCEPTION))),
                dailyVolume(partner, today, interchangeScope),
                perPartner(partner, today, interchangeScope),
                forRole(partner, today));
    }

    /**
     * What waits for the caller: a partner, what the hub waits on it for and what it waits on; finance, the match backlog
     * and its age; procurement, the orders to answer and the suppliers' answers still out.
     */
    private List<Dashboard.Figure> forRole(Optional<Long> partner, LocalDate today) {
        List<Dashboard.Figure> figures = new java.util.ArrayList<>();
        if (partner.isPresent()) {
            figures.add(new Dashboard.Figure("to-answer", orders("o.seller.id = :partner AND o.status IN :s", partner,
                    EnumSet.of(PurchaseOrderStatus.OPEN)), "orders waiting for your answer", "/purchase-orders.xhtml", true));
            figures.add(new Dashboard.Figure("to-ship", orders("o.seller.id = :partner AND o.status IN :s", partner, EnumSet.of(
                    PurchaseOrderStatus.ACCEPTED, PurchaseOrderStatus.CHANGED, PurchaseOrderStatus.PARTIALLY_SHIPPED)),
                    "orders to ship", "/purchase-orders.xhtml", false));
            figures.add(new Dashboard.Figure("to-receive", count("SELECT COUNT(s) FROM ShipNotice s WHERE s.status = :s AND s.receiver.id = :partner",
                    partner, Map.of("s", ShipNoticeStatus.IN_TRANSIT)), "shipments on their way to you", "/ship-notices.xhtml", false));
            figures.add(new Dashboard.Figure("disputed", invoices("i.seller.id = :partner AND i.status IN :s", partner,
                    EnumSet.of(InvoiceStatus.DISPUTED)), "of your invoices disputed", "/invoices.xhtml?status=DISPUTED", true));
            return figures;
        }
        if (scope.isCallerInRole(com.ascendelements.portal.identity.PortalRole.Names.FINANCE)) {
            figures.add(new Dashboard.Figure("exceptions", invoices("i.status IN :s", partner, EnumSet.of(InvoiceStatus.EXCEPTION)),
                    "invoices in the exceptions queue", "/invoices.xhtml?status=EXCEPTION", true));
            figures.add(new Dashboard.Figure("held", invoices("i.status IN :s", partner, EnumSet.of(InvoiceStatus.HELD)),
                    "invoices on hold", "/invoices.xhtml?status=HELD", false));
            figures.add(new Dashboard.Figure("old-backlog", count("SELECT COUNT(i) FROM Invoice i WHERE i.status IN :s AND i.invoiceDate < :before",
                    partner, Map.of("s", EnumSet.of(InvoiceStatus.OPEN, InvoiceStatus.EXCEPTION, InvoiceStatus.HELD),
                            "before", today.minusDays(30))), "undecided invoices older than 30 days", "/reconciliation.xhtml", true));
            figures.add(new Dashboard.Figure("approved", invoices("i.status IN :s", partner, EnumSet.of(InvoiceStatus.APPROVED)),
                    "approved invoices to pay", "/invoices.xhtml?status=APPROVED", false));
        }
        if (scope.isCallerInRole(com.ascendelements.portal.identity.PortalRole.Names.PROCUREMENT)) {
            figures.add(new Dashboard.Figure("customer-orders", orders("o.status IN :s AND o.seller.id IN "
                    + "(SELECT p.id FROM TradingPartner p JOIN p.roles r WHERE r = :hub)", partner, EnumSet.of(PurchaseOrderStatus.OPEN)),
                    "customers' orders waiting for our answer", "/purchase-orders.xhtml", true));
            figures.add(new Dashboard.Figure("supplier-answers", orders("o.status IN :s AND o.buyer.id IN "
                    + "(SELECT p.id FROM TradingPartner p JOIN p.roles r WHERE r = :hub)", partner, EnumSet.of(PurchaseOrderStatus.OPEN)),
                    "of our orders waiting for the supplier's answer", "/purchase-orders.xhtml", false));
        }
        return figures;
    }

    private long orders(String where, Optional<Long> partner, EnumSet<PurchaseOrderStatus> statuses) {
        Map<String, Object> parameters = new java.util.HashMap<>(Map.of("s", statuses));
        if (where.contains(":hub")) {
            parameters.put("hub", com.ascendelements.portal.partners.PartnerRole.HUB);
        }
        return count("SELECT COUNT(o) FROM PurchaseOrder o WHERE " + where, partner, parameters);
    }

    private long invoices(String where, Optional<Long> partner, EnumSet<InvoiceStatus> statuses) {
        return count("SELECT COUNT(i) FROM Invoice i WHERE " + where, partner, Map.of("s", statuses));
    }

    private long count(String jpql, Optional<Long> partner, Map<String, Object> parameters) {
        TypedQuery<Long> query = em.createQuery(jpql, Long.class);
        parameters.forEach(query::setParameter);
        partner.ifPresent(id -> query.setParameter("partner", id));
        return query.getSingleResult();
    }

    private List<Dashboard.DailyVolume> dailyVolume(Optional<Long> partner, LocalDate today, String interchangeScope) {
        LocalDate first = today.minusDays(CHART_DAYS - 1L);
        // only the two columns the chart needs: two weeks can hold tens of thousands of interchanges
        TypedQuery<Object[]> query = em.createQuery("SELECT i.createdAt, i.direction FROM Interchange i WHERE i.createdAt >= :since"
                + interchangeScope, Object[].class).setParameter("since", first.atStartOfDay(ZoneOffset.UTC).toInstant());
        partner.ifPresent(id -> query.setParameter("partner", id));
        Map<LocalDate, long[]> perDay = new HashMap<>();
        // counted in Java: portable across the date functions of H2 and PostgreSQL
        for (Object[] row : query.getResultList()) {
            long[] counts = perDay.computeIfAbsent(((Instant) row[0]).atOffset(ZoneOffset.UTC).toLocalDate(), d -> new long[2]);
            counts[row[1] == Direction.INBOUND ? 0 : 1]++;
        }
        List<Dashboard.DailyVolume> days = new ArrayList<>();
        for (LocalDate day = first; !day.isAfter(today); day = day.plusDays(1)) {
            long[] counts = perDay.getOrDefault(day, new long[2]);
            days.add(new Dashboard.DailyVolume(day, counts[0], counts[1]));
        }
        return days;
    }

    /** Interchanges per counterparty: the sender of what came in, the receiver of what went out. */
    private List<Dashboard.PartnerVolume> perPartner(Optional<Long> partner, LocalDate today, String interchangeScope) {
        Instant since = today.minusDays(CHART_DAYS - 1L).atStartOfDay(ZoneOffset.UTC).toInstant();
        Map<String, Long> counts = new HashMap<>();
        for (String side : List.of("senderPartner", "receiverPartner")) {
            Direction direction = side.equals("senderPartner") ? Direction.INBOUND : Direction.OUTBOUND;
            TypedQuery<Object[]> query = em.createQuery("SELECT p.name, COUNT(i) FROM Interchange i LEFT JOIN i." + side + " p"
                    + " WHERE i.direction = :d AND i.createdAt >= :since" + interchangeScope + " GROUP BY p.name", Object[].class)
                    .setParameter("d", direction).setParameter("since", since);
            partner.ifPresent(id -> query.setParameter("partner", id));
            for (Object[] row : query.getResultList()) {
                counts.merge(row[0] == null ? "unknown partner" : (String) row[0], (Long) row[1], Long::sum);
            }
        }
        return counts.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                .map(e -> new Dashboard.PartnerVolume(e.getKey(), e.getValue()))
                .toList();
    }
}
