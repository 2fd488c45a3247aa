package com.ascendelements.portal.exchange;

import com.ascendelements.portal.common.Texts;
import com.ascendelements.portal.partners.TradingPartner;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.Objects;
import java.util.Optional;

/**
 * One EDI file received or sent, as a whole (ISA...IEA, or whatever bytes arrived). The raw bytes live in
 * {@link InterchangePayload} so that listing interchanges never loads them. Sender, receiver and control number
 * are filled in once the envelope has been read; a file that never had a readable envelope keeps them empty.
 */
@Entity
@Table(name = "interchange")
@NamedQuery(name = Interchange.BY_HASH,
        query = "SELECT i FROM Interchange i WHERE i.direction = :direction AND i.contentHash = :hash ORDER BY i.id")
@NamedQuery(name = Interchange.BY_CONTROL_NUMBER,
        query = "SELECT i FROM Interchange i WHERE i.direction = :direction AND i.sender.qualifier = :qualifier"
                + " AND i.sender.interchangeId = :senderId AND i.controlNumber = :controlNumber ORDER BY i.id")
public class Interchange {

    static final String BY_HASH = "Interchange.byHash";
    static final String BY_CONTROL_NUMBER = "Interchange.byControlNumber";

    @Id
    @SequenceGenerator(name = "interchange_seq", sequenceName = "interchange_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "interchange_seq")
    private Long id;

    @Version
    private long version;

    @Enumerated(EnumType.STRING)
    @Column(name = "direction", length = 10, nullable = false)
    private Direction direction;

    @Enumerated(EnumType.STRING)
    @Column(name = "transport", length = 20, nullable = false)
    private Transport transport;

    @Column(name = "file_name", length = 255)
    private String fileName;

    @Column(name = "content_hash", length = 64, nullable = false)
    private String contentHash;

    @Column(name = "size_bytes", nullable = false)
    private long sizeBytes;

    @Embedded
    @AttributeOverride(name = "qualifier", column = @Column(name = "sender_qualifier"))
    @AttributeOverride(name = "interchangeId", column = @Column(name = "sender_id"))
    private EnvelopeParty sender;

    @Embedded
    @AttributeOverride(name = "qualifier", column = @Column(name = "receiver_qualifier"))
    @AttributeOverride(name = "interchangeId", column = @Column(name = "receiver_id"))
    private EnvelopeParty receiver;

    @ManyToOne
    @JoinColumn(name = "sender_partner_id")
    private TradingPartner senderPartner;

    @ManyToOne
    @JoinColumn(name = "receiver_partner_id")
    private TradingPartner receiverPartner;

    /** The partner whose user, system or AS2 identity handed the file in; its ISA sender must be that partner. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "submitted_by_partner_id")
    private TradingPartner submittedBy;

    /** For an outbound TA1/997: the inbound interchange it answers. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "acknowledges_id")
    private Interchange acknowledges;

    /** The transport's message id of an outbound delivery whose receipt comes later (an asynchronous MDN). */
    @Column(name = "delivery_message_id", length = 255)
    private String deliveryMessageId;

    /** ISA13. */
    @Column(name = "control_number", length = 9)
    private String controlNumber;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", length = 20, nullable = false)
    private InterchangeStatus status;

    @Column(name = "status_reason", length = 2000)
    private String statusReason;

    /** Inbound: what our TA1/997 said of the file; null until processed, and for what was never checked. */
    @Enumerated(EnumType.STRING)
    @Column(name = "syntax_outcome", length = 24)
    private SyntaxOutcome syntaxOutcome;

    /** Inbound: what became of its documents; null until processed. */
    @Enumerated(EnumType.STRING)
    @Column(name = "business_outcome", length = 24)
    private BusinessOutcome businessOutcome;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected Interchange() {
        // JPA
    }

    private Interchange(Direction direction, Transport transport, String fileName, byte[] content,
                        InterchangeStatus status, Clock clock) {
        this.direction = Objects.requireNonNull(direction, "direction");
        this.transport = Objects.requireNonNull(transport, "transport");
        this.fileName = storedName(fileName);
        this.contentHash = sha256(Objects.requireNonNull(content, "content"));
        this.sizeBytes = content.length;
        this.status = status;
        this.createdAt = clock.instant();
        this.updatedAt = createdAt;
    }

    /** The widest file name kept (its column); the name as given is kept whole in the reception's audit entry. */
    static final int FILE_NAME_LENGTH = 255;

    /**
     * The name as stored: control characters made visible, and a name longer than its column shortened in the middle so
     * that its beginning and its end (the extension) stay readable. A name never costs the file.
     */
    static String storedName(String name) {
        if (name == null) {
            return null;
        }
        String clean = name.replaceAll("\\p{Cntrl}", "_").strip();
        if (clean.length() <= FILE_NAME_LENGTH) {
            return clean;
        }
        int tail = 40;
        return clean.substring(0, FILE_NAME_LENGTH - tail - 1) + "\u2026" + clean.substring(clean.length() - tail);
    }

    /** A file that has just arrived, before anything has been read from it. */
    public static Interchange received(Transport transport, String fileName, byte[] content, Clock clock) {
        return new Interchange(Direction.INBOUND, transport, fileName, content, InterchangeStatus.RECEIVED, clock);
    }

    /** A file we have written for a partner. */
    public static Interchange written(Transport transport, String fileName, byte[] content, Clock clock) {
        return new Interchange(Direction.OUTBOUND, transport, fileName, content, InterchangeStatus.READY, clock);
    }

    /** Records what the ISA header says and which partners those IDs belong to (null when unknown). */
    public void identify(EnvelopeParty sender, EnvelopeParty receiver, String controlNumber,
                         TradingPartner senderPartner, TradingPartner receiverPartner, Clock clock) {
        this.sender = sender;
        this.receiver = receiver;
        this.controlNumber = controlNumber;
        this.senderPartner = senderPartner;
        this.receiverPartner = receiverPartner;
        this.updatedAt = clock.instant();
    }

    /** Records which partner handed the file in (known before its envelope is read). */
    public void submittedBy(TradingPartner partner) {
        this.submittedBy = partner;
    }

    public Optional<TradingPartner> submittedBy() {
        return Optional.ofNullable(submittedBy);
    }

    /** Marks this outbound interchange as the acknowledgment (TA1/997) of an inbound one. */
    public void acknowledge(Interchange inbound) {
        if (direction != Direction.OUTBOUND || inbound.direction != Direction.INBOUND) {
            throw new IllegalStateException("Only an outbound interchange acknowledges an inbound one");
        }
        this.acknowledges = inbound;
    }

    public Optional<Interchange> acknowledges() {
        return Optional.ofNullable(acknowledges);
    }

    /**
     * A received file's processing came to its end: PROCESSED (applied, in whole or in part), REJECTED (refused; a
     * TA1/997 or the reason says why), DUPLICATE (a resend of one already received) or FAILED (nothing of it could be
     * applied; a person looks).
     */
    public void concludeProcessing(InterchangeStatus outcome, String reason, Clock clock) {
        if (direction != Direction.INBOUND || !EnumSet.of(InterchangeStatus.PROCESSED, InterchangeStatus.REJECTED, InterchangeStatus.DUPLICATE,
                InterchangeStatus.FAILED).contains(outcome)) {
            throw new IllegalStateException("Interchange " + id + " (" + direction + ") cannot conclude its processing as " + outcome);
        }
        move(outcome, reason, clock);
    }

    /**
     * Processing or delivery gave up after its retries (or a transport refused it for good): a person decides. A file
     * already delivered, acknowledged or applied stays so (a late retry's failure does not undo that): only noted.
     */
    public void fail(String reason, Clock clock) {
        moveOrNote(InterchangeStatus.FAILED, reason, clock);
    }

    /** A note on where it stands (an attempt that failed and will be retried, a partner that collects it), no move. */
    public void note(String reason, Clock clock) {
        this.statusReason = Texts.fitting(reason, 2000);
        this.updatedAt = clock.instant();
    }

    /**
     * A person asks for a received file to be processed again: only one that failed, was rejected or still waits, never
     * one applied or a duplicate, and never a document keyed in the portal. What it said and applied is forgotten until
     * the next run says it anew.
     */
    public void queueForProcessingAgain(Clock clock) {
        if (direction != Direction.INBOUND || transport == Transport.WEB_EDI) {
            throw new IllegalStateException("Only a received file can be processed again; interchange " + id + " was "
                    + (direction == Direction.OUTBOUND ? "sent by us" : "entered in the portal"));
        }
        if (!status.mayMoveTo(InterchangeStatus.RECEIVED)) {
            throw new IllegalStateException("Interchange " + id + " is " + status
                    + ": only a failed, rejected or waiting file is processed again, never one already applied");
        }
        syntaxOutcome = null;
        businessOutcome = null;
        move(InterchangeStatus.RECEIVED, "Queued again for processing", clock);
    }

    /** A person asks for a file we sent to be delivered again (same control numbers). */
    public void queueForDeliveryAgain(Clock clock) {
        if (direction != Direction.OUTBOUND) {
            throw new IllegalStateException("Only a file we sent can be sent again; interchange " + id + " was received");
        }
        move(InterchangeStatus.READY, "Queued again for delivery (same control numbers)", clock);
    }

    /**
     * The transport delivered it (a synchronous receipt, or the asynchronous one awaited). A receipt for a file already
     * delivered or acknowledged (a retry, a resend, a receipt twice) changes nothing.
     */
    public void delivered(String detail, Clock clock) {
        if (status != InterchangeStatus.ACKNOWLEDGED && status != InterchangeStatus.SENT) {
            move(InterchangeStatus.SENT, "Delivered: " + detail, clock);
        }
    }

    /** The partner's transport refused it (a negative MDN): a person decides; after its 997 or a receipt only noted. */
    public void refusedByPartner(String reason, Clock clock) {
        moveOrNote(InterchangeStatus.FAILED, "The partner refused it: " + reason, clock);
    }

    /** The partner's 997 answered a group of it; true when that moved it (a failed delivery stays failed). */
    public boolean acknowledged(String reason, Clock clock) {
        if (!status.mayMoveTo(InterchangeStatus.ACKNOWLEDGED)) {
            return false;
        }
        move(InterchangeStatus.ACKNOWLEDGED, reason, clock);
        return true;
    }

    /** A transport's or a job's fact: the move when it is allowed, else a note (facts arrive late and twice). */
    private void moveOrNote(InterchangeStatus next, String reason, Clock clock) {
        if (status.mayMoveTo(next)) {
            move(next, reason, clock);
        } else {
            note(reason, clock);
        }
    }

    private void move(InterchangeStatus next, String reason, Clock clock) {
        if (!status.mayMoveTo(Objects.requireNonNull(next)) || next != InterchangeStatus.FAILED && next.isInbound() != (direction == Direction.INBOUND)) {
            throw new IllegalStateException("Interchange " + id + " is " + status + " and cannot become " + next);
        }
        this.status = next;
        this.statusReason = Texts.fitting(reason, 2000);
        this.updatedAt = clock.instant();
    }

    /** Records, for an inbound file, what its TA1/997 said and what became of its documents, side by side. */
    public void recordOutcomes(SyntaxOutcome syntax, BusinessOutcome business) {
        if (direction != Direction.INBOUND) {
            throw new IllegalStateException("Only a received file has a syntax and a business outcome");
        }
        this.syntaxOutcome = syntax;
        this.businessOutcome = business;
    }

    public Optional<SyntaxOutcome> syntaxOutcome() {
        return Optional.ofNullable(syntaxOutcome);
    }

    public Optional<BusinessOutcome> businessOutcome() {
        return Optional.ofNullable(businessOutcome);
    }

    /** Handed to a transport that confirms receipt later, under this message id. */
    public void awaitReceipt(String messageId, Clock clock) {
        this.deliveryMessageId = messageId;
        moveOrNote(InterchangeStatus.SENDING, "Sent; waiting for the partner's receipt (message " + messageId + ")", clock);
    }

    public String deliveryMessageId() {
        return deliveryMessageId;
    }

    public static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every Java runtime", e);
        }
    }

    public Long id() {
        return id;
    }

    public Direction direction() {
        return direction;
    }

    public Transport transport() {
        return transport;
    }

    public String fileName() {
        return fileName;
    }

    public String contentHash() {
        return contentHash;
    }

    public long sizeBytes() {
        return sizeBytes;
    }

    public EnvelopeParty sender() {
        return sender;
    }

    public EnvelopeParty receiver() {
        return receiver;
    }

    public TradingPartner senderPartner() {
        return senderPartner;
    }

    public TradingPartner receiverPartner() {
        return receiverPartner;
    }

    public String controlNumber() {
        return controlNumber;
    }

    public InterchangeStatus status() {
        return status;
    }

    public String statusReason() {
        return statusReason;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }
}
