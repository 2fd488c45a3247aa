package com.ascendelements.portal.purchasing;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.Instant;

/** One step in a purchase order's status history: from what, to what, when, by whom and why. */
@Embeddable
public class StatusChange {

    @Column(name = "changed_at", nullable = false)
    private Instant at;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_status", length = 20)
    private PurchaseOrderStatus from;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_status", length = 20, nullable = false)
    private PurchaseOrderStatus to;

    @Column(name = "changed_by", length = 100, nullable = false)
    private String by;

    @Column(name = "reason", length = 500)
    private String reason;

    protected StatusChange() {
        // JPA
    }

    StatusChange(Instant at, PurchaseOrderStatus from, PurchaseOrderStatus to, String by, String reason) {
        this.at = at;
        this.from = from;
        this.to = to;
        this.by = by;
        this.reason = com.ascendelements.portal.common.Texts.fitting(reason, 500);   // its column's width
    }

    public Instant at() {
        return at;
    }

    public PurchaseOrderStatus from() {
        return from;
    }

    public PurchaseOrderStatus to() {
        return to;
    }

    public String by() {
        return by;
    }

    public String reason() {
        return reason;
    }
}
