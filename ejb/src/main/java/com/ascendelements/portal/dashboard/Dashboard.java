package com.ascendelements.portal.dashboard;

import java.time.LocalDate;
import java.util.List;

/** The figures on the start page, all within what the caller may see. */
public record Dashboard(long documentsInToday, long documentsOutToday, long errorsWaiting, long overdueAcknowledgments,
                        long openPurchaseOrders,
                        long shipmentsInTransit, long invoicesToMatch, List<DailyVolume> volume, List<PartnerVolume> perPartner,
                        List<Figure> forRole) {

    /**
     * What waits for the caller's role: a count, what it is, the list it opens (a path of the portal with its filter),
     * and whether it wants attention (an alert when above zero).
     */
    public record Figure(String id, long count, String label, String list, boolean alert) {
    }

    /** Interchanges per day, in and out. */
    public record DailyVolume(LocalDate day, long inbound, long outbound) {
    }

    /** Interchanges per partner over the chart's period. */
    public record PartnerVolume(String partner, long interchanges) {
    }
}
