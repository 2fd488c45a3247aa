package com.ascendelements.portal.exchange.as2;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** An AS2 message we sent, with the MIC its receipt must return (checked when an asynchronous MDN arrives). */
@Entity
@Table(name = "as2_outbound_message")
public class As2OutboundMessage {

    @Id
    @Column(name = "message_id", length = 255)
    private String messageId;

    @Column(name = "interchange_id", nullable = false)
    private long interchangeId;

    @Column(name = "partner_id", nullable = false)
    private long partnerId;

    @Column(name = "mic", length = 200)
    private String mic;

    @Column(name = "sent_at", nullable = false)
    private Instant sentAt;

    @Column(name = "mdn_at")
    private Instant mdnAt;

    @Column(name = "mdn_positive")
    private Boolean mdnPositive;

    @Column(name = "mdn_detail", length = 2000)
    private String mdnDetail;

    protected As2OutboundMessage() {
        // JPA
    }

    public As2OutboundMessage(String messageId, long interchangeId, long partnerId, String mic, Instant sentAt) {
        this.messageId = messageId;
        this.interchangeId = interchangeId;
        this.partnerId = partnerId;
        this.mic = mic;
        this.sentAt = sentAt;
    }

    void sentAgain(String mic, Instant at) {
        this.mic = mic;
        this.sentAt = at;
        this.mdnPositive = null;
        this.mdnDetail = null;
        this.mdnAt = null;
    }

    void receipt(boolean positive, String detail, Instant at) {
        this.mdnPositive = positive;
        this.mdnDetail = detail == null ? null : detail.substring(0, Math.min(detail.length(), 2000));
        this.mdnAt = at;
    }

    public String messageId() {
        return messageId;
    }

    public long interchangeId() {
        return interchangeId;
    }

    public long partnerId() {
        return partnerId;
    }

    public String mic() {
        return mic;
    }

    public Instant mdnAt() {
        return mdnAt;
    }

    /** Null while no checked MDN has arrived. */
    public Boolean mdnPositive() {
        return mdnPositive;
    }

    public String mdnDetail() {
        return mdnDetail;
    }
}
