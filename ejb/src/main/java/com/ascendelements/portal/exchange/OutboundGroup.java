package com.ascendelements.portal.exchange;

import com.ascendelements.portal.common.Texts;
import com.ascendelements.portal.partners.TradingPartner;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * A functional group (GS...GE) we sent to a partner, waiting for the partner's 997. Past its expected-by time without
 * a 997 it is overdue; a 997 that rejects it keeps the partner's error codes.
 */
@Entity
@Table(name = "outbound_group")
public class OutboundGroup {

    @Id
    @SequenceGenerator(name = "outbound_group_seq", sequenceName = "outbound_group_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "outbound_group_seq")
    private Long id;

    @Version
    private long version;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "interchange_id")
    private Interchange interchange;

    @ManyToOne(optional = false)
    @JoinColumn(name = "partner_id")
    private TradingPartner partner;

    /** GS01, e.g. PR for an 855. */
    @Column(name = "functional_id", length = 2, nullable = false)
    private String functionalId;

    /** GS06. */
    @Column(name = "group_control_number", length = 9, nullable = false)
    private String groupControlNumber;

    @Column(name = "transaction_set_count", nullable = false)
    private int transactionSetCount;

    /** What the group carries, for people: "855 for PO 4500012345". */
    @Column(name = "document_summary", length = 200)
    private String documentSummary;

    @Column(name = "expected_by")
    private Instant expectedBy;

    @Enumerated(EnumType.STRING)
    @Column(name = "ack_status", length = 30, nullable = false)
    private AcknowledgmentStatus status;

    /** AK9-01 of the partner's 997. */
    @Column(name = "ack_code", length = 1)
    private String ackCode;

    /** The partner's error codes (AK3/AK4/AK5/AK9), as they said them. */
    @Column(name = "ack_detail", length = 2000)
    private String ackDetail;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "ack_interchange_id")
    private Interchange acknowledgment;

    @Column(name = "acknowledged_at")
    private Instant acknowledgedAt;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected OutboundGroup() {
        // JPA
    }

    public OutboundGroup(Interchange interchange, TradingPartner partner, String functionalId, String groupControlNumber,
                         int transactionSetCount, String documentSummary, boolean acknowledgmentExpected,
                         Duration window, Clock clock) {
        this.interchange = Objects.requireNonNull(interchange);
        this.partner = Objects.requireNonNull(partner);
        this.functionalId = functionalId;
        this.groupControlNumber = groupControlNumber;
        this.transactionSetCount = transactionSetCount;
        this.documentSummary = documentSummary;
        this.createdAt = clock.instant();
        this.status = acknowledgmentExpected ? AcknowledgmentStatus.WAITING : AcknowledgmentStatus.NOT_EXPECTED;
        this.expectedBy = acknowledgmentExpected ? createdAt.plus(window) : null;
    }

    /** The partner's 997 answered this group. */
    public void acknowledged(AcknowledgmentStatus answer, String code, String detail, Interchange by, Clock clock) {
        if (answer == AcknowledgmentStatus.WAITING || answer == AcknowledgmentStatus.NOT_EXPECTED) {
            throw new IllegalArgumentException("A 997 accepts or rejects: " + answer);
        }
        this.status = answer;
        this.ackCode = code;
        this.ackDetail = Texts.fitting(detail, 2000);
        this.acknowledgment = by;
        this.acknowledgedAt = clock.instant();
    }

    public boolean isOverdue(Instant now) {
        return status == AcknowledgmentStatus.WAITING && expectedBy != null && expectedBy.isBefore(now);
    }

    public Long id() {
        return id;
    }

    public Interchange interchange() {
        return interchange;
    }

    public TradingPartner partner() {
        return partner;
    }

    public String functionalId() {
        return functionalId;
    }

    public String groupControlNumber() {
        return groupControlNumber;
    }

    public int transactionSetCount() {
        return transactionSetCount;
    }

    public String documentSummary() {
        return documentSummary;
    }

    public Instant expectedBy() {
        return expectedBy;
    }

    public AcknowledgmentStatus status() {
        return status;
    }

    public String ackCode() {
        return ackCode;
    }

    public String ackDetail() {
        return ackDetail;
    }

    public Interchange acknowledgment() {
        return acknowledgment;
    }

    public Instant acknowledgedAt() {
        return acknowledgedAt;
    }
}
