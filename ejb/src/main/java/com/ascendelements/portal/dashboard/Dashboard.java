package com.ascendelements.portal.dashboard;

import java.time.LocalDate;
import java.util.List;

/** The figures on the start page, all within what the caller may see. */
public record Dashboard(long documentsInToday, long documentsOutToday, long errorsWaiting, long overdueAcknowledgments,
                        long openPurchaseOrders,
                        long shipmentsInTransit, long invoicesToMatch, List<DailyVolume> volume, List<PartnerVolume> perPartner) {

    /** Interchanges per day, in and out. */
    public record DailyVolume(LocalDate day, long inbound, long outbound) {
    }

    /** Interchanges per partner over the chart's period. */
    public record PartnerVolume(String partner, long interchanges) {
    }
}
