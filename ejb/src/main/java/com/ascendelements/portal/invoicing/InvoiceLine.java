package com.ascendelements.portal.invoicing;

import com.ascendelements.portal.catalog.Material;
import com.ascendelements.portal.common.Money;
import com.ascendelements.portal.common.Quantity;
import com.ascendelements.portal.common.UnitOfMeasure;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import com.ascendelements.portal.shipping.LotReceipt;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * One invoiced line (IT1): the PO line it bills, the material, quantity and unit price; and, once matched, the outcome
 * of its three-way match with the figures compared (in the PO line's unit and price unit) and the receipts it billed.
 */
@Entity
@Table(name = "invoice_line")
public class InvoiceLine {

    @Id
    @SequenceGenerator(name = "invoice_line_seq", sequenceName = "invoice_line_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "invoice_line_seq")
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "invoice_id")
    private Invoice invoice;

    @Column(name = "line_number", length = 20, nullable = false)
    private String lineNumber;

    @Column(name = "po_line_number", length = 20)
    private String poLineNumber;

    @ManyToOne(optional = false)
    @JoinColumn(name = "material_id")
    private Material material;

    @Embedded
    private Quantity quantity;

    @Embedded
    @AttributeOverride(name = "amount", column = @Column(name = "unit_price"))
    @AttributeOverride(name = "currency", column = @Column(name = "currency"))
    private Money unitPrice;

    @Enumerated(EnumType.STRING)
    @Column(name = "price_unit", length = 16, nullable = false)
    private UnitOfMeasure priceUnit;

    @Enumerated(EnumType.STRING)
    @Column(name = "match_status", length = 20)
    private MatchStatus matchStatus;

    @Column(name = "match_reasons", length = 300)
    private String matchReasons;

    @Enumerated(EnumType.STRING)
    @Column(name = "match_unit", length = 16)
    private UnitOfMeasure matchUnit;

    @Column(name = "ordered_quantity", precision = 19, scale = 4)
    private BigDecimal ordered;

    @Column(name = "shipped_quantity", precision = 19, scale = 4)
    private BigDecimal shipped;

    @Column(name = "received_quantity", precision = 19, scale = 4)
    private BigDecimal received;

    @Column(name = "invoiced_before_quantity", precision = 19, scale = 4)
    private BigDecimal invoicedBefore;

    @Column(name = "matched_quantity", precision = 19, scale = 4)
    private BigDecimal matched;

    @Column(name = "contract_price", precision = 19, scale = 4)
    private BigDecimal contractPrice;

    @Column(name = "invoice_price", precision = 19, scale = 4)
    private BigDecimal invoicePrice;

    @Column(name = "amount_difference", precision = 19, scale = 4)
    private BigDecimal difference;

    @OneToMany(mappedBy = "invoiceLine", cascade = CascadeType.ALL, orphanRemoval = true)
    private List<ReceiptAllocation> allocations = new ArrayList<>();

    protected InvoiceLine() {
        // JPA
    }

    InvoiceLine(Invoice invoice, String lineNumber, String poLineNumber, Material material, Quantity quantity, Money unitPrice,
                UnitOfMeasure priceUnit) {
        this.invoice = invoice;
        if (lineNumber == null || lineNumber.isBlank()) {
            throw new IllegalArgumentException("An invoice line needs a line number");
        }
        this.lineNumber = lineNumber.strip();
        this.poLineNumber = poLineNumber;
        this.material = Objects.requireNonNull(material, "material");
        this.quantity = Objects.requireNonNull(quantity, "quantity");
        if (!quantity.isPositive()) {
            throw new IllegalArgumentException("Invoice line " + lineNumber + " bills " + quantity + "; a line bills more than zero");
        }
        this.unitPrice = Objects.requireNonNull(unitPrice, "unit price");
        this.priceUnit = Objects.requireNonNull(priceUnit, "price unit");
        quantity.in(priceUnit);
    }

    public Money amount() {
        return unitPrice.times(quantity.in(priceUnit).amount());
    }

    public String lineNumber() {
        return lineNumber;
    }

    public String poLineNumber() {
        return poLineNumber;
    }

    public Material material() {
        return material;
    }

    public Quantity quantity() {
        return quantity;
    }

    public Money unitPrice() {
        return unitPrice;
    }

    public UnitOfMeasure priceUnit() {
        return priceUnit;
    }

    /** Keeps the outcome of a match, replacing an earlier one; the receipts are those the match allocated, by id. */
    void recordMatch(ThreeWayMatch.LineMatch match, java.util.function.Function<Long, LotReceipt> receipts) {
        matchStatus = match.status();
        matchReasons = match.reasons().stream().map(Enum::name).collect(Collectors.joining(","));
        matchUnit = match.ordered().unit();
        ordered = match.ordered().amount();
        shipped = match.shipped().in(matchUnit).amount();
        received = match.received().in(matchUnit).amount();
        invoicedBefore = match.invoicedBefore().in(matchUnit).amount();
        matched = match.matched().in(matchUnit).amount();
        contractPrice = match.contractPrice() == null ? null : match.contractPrice().amount();
        invoicePrice = match.invoicePrice().amount();
        difference = match.difference().amount();
        allocations.clear();
        for (ThreeWayMatch.Allocation a : match.allocations()) {
            allocations.add(new ReceiptAllocation(this, receipts.apply(a.receiptId()), a.quantity()));
        }
    }

    /** The outcome of the last match; empty until the line has been matched. */
    public Optional<MatchStatus> matchStatus() {
        return Optional.ofNullable(matchStatus);
    }

    public Set<MatchReason> matchReasons() {
        if (matchReasons == null || matchReasons.isBlank()) {
            return Set.of();
        }
        return Collections.unmodifiableSet(Arrays.stream(matchReasons.split(",")).map(MatchReason::valueOf)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(MatchReason.class))));
    }

    public Quantity ordered() {
        return figure(ordered);
    }

    public Quantity shipped() {
        return figure(shipped);
    }

    public Quantity received() {
        return figure(received);
    }

    public Quantity invoicedBefore() {
        return figure(invoicedBefore);
    }

    /** What the receipts covered of this line's quantity. */
    public Quantity matched() {
        return figure(matched);
    }

    /** The order's price per the PO line's price unit; empty when the line matched no PO line. */
    public Optional<Money> contractPrice() {
        return contractPrice == null ? Optional.empty() : Optional.of(Money.of(contractPrice, unitPrice.currency()));
    }

    /** This line's price per the PO line's price unit. */
    public Money invoicePrice() {
        return Money.of(invoicePrice == null ? unitPrice.amount() : invoicePrice, unitPrice.currency());
    }

    /** What the line bills beyond what was received at the order's price. */
    public Money difference() {
        return Money.of(difference == null ? BigDecimal.ZERO : difference, unitPrice.currency());
    }

    public List<ReceiptAllocation> allocations() {
        return Collections.unmodifiableList(allocations);
    }

    private Quantity figure(BigDecimal amount) {
        UnitOfMeasure unit = matchUnit == null ? quantity.unit() : matchUnit;
        return Quantity.of(amount == null ? BigDecimal.ZERO : amount, unit);
    }
}
