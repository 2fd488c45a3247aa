package com.ascendelements.portal.invoicing;

import com.ascendelements.portal.catalog.Material;
import com.ascendelements.portal.common.Money;
import com.ascendelements.portal.common.Quantity;
import com.ascendelements.portal.common.UnitOfMeasure;
import com.ascendelements.portal.partners.TradingPartner;
import com.ascendelements.portal.purchasing.PurchaseOrder;
import com.ascendelements.portal.shipping.LotReceipt;
import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.function.Function;
import java.util.Set;
import java.util.Objects;
import java.util.Optional;

/**
 * An invoice (810) from a seller to a buyer against one purchase order. Lines are in the invoice currency;
 * the invoice number is unique per seller. It names the shipments it bills by their references (bill of lading,
 * shipment id, lot, delivery) where the seller gives them.
 *
 * <p>Its life: OPEN until matched; the three-way match approves it when every line matched or is within tolerance and
 * makes it an EXCEPTION otherwise (a later receipt matches it again); finance approves, holds or disputes an exception
 * with a reason; a held invoice may be approved or disputed.
 */
@Entity
@Table(name = "invoice")
public class Invoice {

    @Id
    @SequenceGenerator(name = "invoice_seq", sequenceName = "invoice_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "invoice_seq")
    private Long id;

    @Version
    private long version;

    @Column(name = "invoice_number", length = 40, nullable = false)
    private String invoiceNumber;

    @ManyToOne(optional = false)
    @JoinColumn(name = "seller_id")
    private TradingPartner seller;

    @ManyToOne(optional = false)
    @JoinColumn(name = "buyer_id")
    private TradingPartner buyer;

    @Column(name = "po_number", length = 40, nullable = false)
    private String poNumber;

    @ManyToOne
    @JoinColumn(name = "purchase_order_id")
    private PurchaseOrder purchaseOrder;

    @Column(name = "invoice_date", nullable = false)
    private LocalDate invoiceDate;

    @Enumerated(EnumType.STRING)
    @Column(name = "invoice_type", length = 20, nullable = false)
    private InvoiceType type;

    @Column(name = "currency", length = 3, nullable = false)
    private String currency;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", length = 20, nullable = false)
    private InvoiceStatus status = InvoiceStatus.OPEN;

    @OneToMany(mappedBy = "invoice", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("lineNumber")
    private List<InvoiceLine> lines = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "invoice_shipment_reference", joinColumns = @JoinColumn(name = "invoice_id"))
    @Column(name = "reference", length = 40, nullable = false)
    private Set<String> shipmentReferences = new LinkedHashSet<>();

    @Enumerated(EnumType.STRING)
    @Column(name = "match_status", length = 20)
    private MatchStatus matchStatus;

    @Column(name = "matched_at")
    private Instant matchedAt;

    @Column(name = "decision_reason", length = 500)
    private String decisionReason;

    @Column(name = "decided_by", length = 100)
    private String decidedBy;

    @Column(name = "decided_at")
    private Instant decidedAt;

    protected Invoice() {
        // JPA
    }

    public Invoice(String invoiceNumber, TradingPartner seller, TradingPartner buyer, String poNumber,
                   PurchaseOrder purchaseOrder, LocalDate invoiceDate, InvoiceType type, String currency) {
        if (invoiceNumber == null || invoiceNumber.isBlank()) {
            throw new IllegalArgumentException("An invoice needs an invoice number");
        }
        if (poNumber == null || poNumber.isBlank()) {
            throw new IllegalArgumentException("Invoice " + invoiceNumber + " needs the PO number it bills");
        }
        this.invoiceNumber = invoiceNumber.strip();
        this.seller = Objects.requireNonNull(seller, "seller");
        this.buyer = Objects.requireNonNull(buyer, "buyer");
        this.poNumber = poNumber.strip();
        if (purchaseOrder != null && (!purchaseOrder.poNumber().equals(this.poNumber)
                || !purchaseOrder.seller().code().equals(seller.code()))) {
            throw new IllegalArgumentException("Invoice " + invoiceNumber + " does not belong to order " + purchaseOrder.poNumber());
        }
        this.purchaseOrder = purchaseOrder;
        this.invoiceDate = Objects.requireNonNull(invoiceDate, "invoice date");
        this.type = Objects.requireNonNull(type, "invoice type");
        this.currency = Money.zero(currency).currency();
    }

    public InvoiceLine addLine(String lineNumber, String poLineNumber, Material material, Quantity quantity, Money unitPrice,
                               UnitOfMeasure priceUnit) {
        if (!unitPrice.currency().equals(currency)) {
            throw new IllegalArgumentException("Invoice line " + lineNumber + " is in " + unitPrice.currency()
                    + ", the invoice in " + currency);
        }
        if (lines.stream().anyMatch(l -> l.lineNumber().equals(lineNumber))) {
            throw new IllegalArgumentException("Invoice " + invoiceNumber + " already has a line " + lineNumber);
        }
        InvoiceLine line = new InvoiceLine(this, lineNumber, poLineNumber, material, quantity, unitPrice, priceUnit);
        lines.add(line);
        return line;
    }

    /** Names a shipment this invoice bills: its bill of lading, shipment id, lot number or delivery reference. */
    public void referToShipment(String reference) {
        if (reference != null && !reference.isBlank()) {
            if (reference.strip().length() > 40) {
                throw new IllegalArgumentException("A shipment reference has at most 40 characters: " + reference.strip());
            }
            shipmentReferences.add(reference.strip());
        }
    }

    public Set<String> shipmentReferences() {
        return Collections.unmodifiableSet(shipmentReferences);
    }

    /** Whether the three-way match may (again) decide this invoice: before anyone approved, held or disputed it. */
    public boolean awaitsMatch() {
        return status == InvoiceStatus.OPEN || status == InvoiceStatus.EXCEPTION;
    }

    /**
     * Keeps the outcome of a three-way match, one per line: approved without a person when no line is an exception,
     * an exception for finance otherwise.
     */
    public void recordMatch(List<ThreeWayMatch.LineMatch> matches, Function<Long, LotReceipt> receipts, Instant at) {
        if (!awaitsMatch()) {
            throw new IllegalStateException("Invoice " + invoiceNumber + " is " + status + "; it is not matched again");
        }
        MatchStatus worst = MatchStatus.MATCHED;
        for (ThreeWayMatch.LineMatch match : matches) {
            line(match.lineNumber()).recordMatch(match, receipts);
            worst = worst.worse(match.status());
        }
        matchStatus = worst;
        matchedAt = at;
        if (worst == MatchStatus.EXCEPTION) {
            status = InvoiceStatus.EXCEPTION;
        } else {
            decide(InvoiceStatus.APPROVED, "three-way match: " + worst.name().toLowerCase().replace('_', ' '), "three-way match", at);
        }
    }

    /** Finance approves an exception, a held invoice or one the match does not decide (a note), with its reason. */
    public void approve(String reason, String by, Instant at) {
        requireStatus("approved", InvoiceStatus.OPEN, InvoiceStatus.EXCEPTION, InvoiceStatus.HELD);
        decide(InvoiceStatus.APPROVED, requireReason(reason), by, at);
    }

    /** Finance holds an exception while it finds out more. */
    public void hold(String reason, String by, Instant at) {
        requireStatus("held", InvoiceStatus.OPEN, InvoiceStatus.EXCEPTION);
        decide(InvoiceStatus.HELD, requireReason(reason), by, at);
    }

    /** Finance disputes an exception (or a held invoice); the seller is told why. */
    public void dispute(String reason, String by, Instant at) {
        requireStatus("disputed", InvoiceStatus.OPEN, InvoiceStatus.EXCEPTION, InvoiceStatus.HELD);
        decide(InvoiceStatus.DISPUTED, requireReason(reason), by, at);
    }

    private void requireStatus(String action, InvoiceStatus... allowed) {
        if (!List.of(allowed).contains(status)) {
            throw new IllegalStateException("Invoice " + invoiceNumber + " is " + status + " and cannot be " + action);
        }
    }

    private static String requireReason(String reason) {
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("Give the reason");
        }
        if (reason.strip().length() > 500) {
            throw new IllegalArgumentException("At most 500 characters for the reason");
        }
        return reason.strip();
    }

    private void decide(InvoiceStatus next, String reason, String by, Instant at) {
        status = next;
        decisionReason = reason;
        decidedBy = Objects.requireNonNull(by, "by");
        decidedAt = Objects.requireNonNull(at, "at");
    }

    private InvoiceLine line(String lineNumber) {
        return lines.stream().filter(l -> l.lineNumber().equals(lineNumber)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Invoice " + invoiceNumber + " has no line " + lineNumber));
    }

    public Optional<MatchStatus> matchStatus() {
        return Optional.ofNullable(matchStatus);
    }

    public Optional<Instant> matchedAt() {
        return Optional.ofNullable(matchedAt);
    }

    public Optional<String> decisionReason() {
        return Optional.ofNullable(decisionReason);
    }

    public Optional<String> decidedBy() {
        return Optional.ofNullable(decidedBy);
    }

    public Optional<Instant> decidedAt() {
        return Optional.ofNullable(decidedAt);
    }

    /** Total of the lines, rounded to the currency's minor unit. */
    public Money total() {
        return lines.stream().map(InvoiceLine::amount).reduce(Money.zero(currency), Money::plus).rounded();
    }

    public Long id() {
        return id;
    }

    public String invoiceNumber() {
        return invoiceNumber;
    }

    public TradingPartner seller() {
        return seller;
    }

    public TradingPartner buyer() {
        return buyer;
    }

    public String poNumber() {
        return poNumber;
    }

    public Optional<PurchaseOrder> purchaseOrder() {
        return Optional.ofNullable(purchaseOrder);
    }

    public LocalDate invoiceDate() {
        return invoiceDate;
    }

    public InvoiceType type() {
        return type;
    }

    public String currency() {
        return currency;
    }

    public InvoiceStatus status() {
        return status;
    }

    public List<InvoiceLine> lines() {
        return Collections.unmodifiableList(lines);
    }
}
