package com.ascendelements.portal.purchasing;

import com.ascendelements.portal.catalog.Material;
import com.ascendelements.portal.common.Money;
import com.ascendelements.portal.common.Quantity;
import com.ascendelements.portal.common.UnitOfMeasure;
import jakarta.persistence.AttributeOverride;
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
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import com.ascendelements.portal.contracts.Contract;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.Objects;

/** One line of a purchase order: a material, how much, at what price, by when. */
@Entity
@Table(name = "purchase_order_line")
public class PurchaseOrderLine {

    @Id
    @SequenceGenerator(name = "purchase_order_line_seq", sequenceName = "purchase_order_line_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "purchase_order_line_seq")
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "purchase_order_id")
    private PurchaseOrder purchaseOrder;

    /** The buyer's line number (PO101), unique within the order. */
    @Column(name = "line_number", length = 20, nullable = false)
    private String lineNumber;

    @ManyToOne(optional = false)
    @JoinColumn(name = "material_id")
    private Material material;

    @Embedded
    private Quantity quantity;

    @Embedded
    @AttributeOverride(name = "amount", column = @Column(name = "unit_price"))
    @AttributeOverride(name = "currency", column = @Column(name = "currency"))
    private Money unitPrice;

    /** The unit the price is per (USD per kg while the quantity is in t is normal). */
    @Enumerated(EnumType.STRING)
    @Column(name = "price_unit", length = 16, nullable = false)
    private UnitOfMeasure priceUnit;

    @Column(name = "requested_ship_date")
    private LocalDate requestedShipDate;

    @Column(name = "requested_delivery_date")
    private LocalDate requestedDeliveryDate;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", length = 20, nullable = false)
    private LineStatus status = LineStatus.OPEN;

    protected PurchaseOrderLine() {
        // JPA
    }

    PurchaseOrderLine(PurchaseOrder order, String lineNumber, Material material, Quantity quantity, Money unitPrice,
                      UnitOfMeasure priceUnit, LocalDate requestedShipDate, LocalDate requestedDeliveryDate) {
        this.purchaseOrder = order;
        if (lineNumber == null || lineNumber.isBlank()) {
            throw new IllegalArgumentException("A PO line needs a line number");
        }
        this.lineNumber = lineNumber.strip();
        this.material = Objects.requireNonNull(material, "material");
        this.quantity = Objects.requireNonNull(quantity, "quantity");
        if (!quantity.isPositive()) {
            throw new IllegalArgumentException("Line " + lineNumber + ": quantity must be positive, was " + quantity);
        }
        this.unitPrice = Objects.requireNonNull(unitPrice, "unit price");
        if (unitPrice.amount().signum() < 0) {
            throw new IllegalArgumentException("Line " + lineNumber + ": unit price cannot be negative");
        }
        this.priceUnit = Objects.requireNonNull(priceUnit, "price unit");
        quantity.in(priceUnit);
        if (requestedShipDate != null && requestedDeliveryDate != null && requestedDeliveryDate.isBefore(requestedShipDate)) {
            throw new IllegalArgumentException("Line " + lineNumber + ": delivery date is before ship date");
        }
        this.requestedShipDate = requestedShipDate;
        this.requestedDeliveryDate = requestedDeliveryDate;
    }

    /** Quantity (in the price unit) times unit price, in the order's currency. */
    public Money extendedAmount() {
        return unitPrice.times(quantity.in(priceUnit).amount());
    }

    void answer(LineStatus answer) {
        this.status = Objects.requireNonNull(answer);
    }

    /** The seller confirms another quantity than ordered (ACK IC); returns the quantity it replaces. */
    Quantity change(Quantity confirmed) {
        Quantity ordered = quantity;
        this.quantity = checkChange(confirmed);
        this.status = LineStatus.CHANGED;
        return ordered;
    }

    /** @return the confirmed quantity in the line's unit, if the line may be changed to it; else refuses it */
    Quantity checkChange(Quantity confirmed) {
        Objects.requireNonNull(confirmed, "confirmed quantity");
        if (!confirmed.isPositive()) {
            throw new IllegalArgumentException("Line " + lineNumber + ": the confirmed quantity must be more than zero");
        }
        Quantity inLineUnit = confirmed.in(quantity.unit());  // refuses a unit of another kind (t for pieces)
        if (inLineUnit.compareTo(quantity) == 0) {
            throw new IllegalArgumentException("Line " + lineNumber + ": " + confirmed + " is what was ordered; accept the line instead");
        }
        return inLineUnit;
    }

    /**
     * Why the buyer's change breaks a rule, if it does: the line as it would be after the change obeys the rules of a
     * new order's line ({@link OrderLineRules}), and a new quantity is in a unit that converts to the line's.
     */
    Optional<String> problemWith(LineChange change, LocalDate orderDate, Contract contract) {
        if (change.quantity() != null && !change.quantity().convertsTo(quantity.unit())) {
            return Optional.of("a quantity in " + change.quantity().unit().symbol() + " does not convert to the line's "
                    + quantity.unit().symbol());
        }
        Quantity after;
        try {
            after = change.quantity() == null ? quantity : change.quantity().in(quantity.unit());
        } catch (IllegalArgumentException tooLarge) {   // beyond what can be recorded once in the line's unit
            return Optional.of(tooLarge.getMessage());
        }
        OrderedLine asChanged = new OrderedLine(lineNumber, material.code(), after.amount(), quantity.unit(), null, unitPrice.amount(),
                priceUnit, change.requestedShipDate() == null ? requestedShipDate : change.requestedShipDate(),
                change.requestedDeliveryDate() == null ? requestedDeliveryDate : change.requestedDeliveryDate());
        List<OrderLineRules.Problem> problems = OrderLineRules.check(asChanged, material, orderDate, contract);
        return problems.isEmpty() ? Optional.empty()
                : Optional.of(problems.stream().map(OrderLineRules.Problem::message).collect(Collectors.joining("; ")));
    }

    /** Makes the buyer's change, checked before ({@link #problemWith}); returns what changed, in words. */
    String change(LineChange change) {
        List<String> what = new ArrayList<>();
        if (change.quantity() != null) {
            Quantity after = change.quantity().in(quantity.unit());
            what.add(quantity + ", now " + after);
            quantity = after;
        }
        if (change.requestedShipDate() != null) {
            what.add("ship " + (requestedShipDate == null ? "" : requestedShipDate + ", now ") + change.requestedShipDate());
            requestedShipDate = change.requestedShipDate();
        }
        if (change.requestedDeliveryDate() != null) {
            what.add("delivery " + (requestedDeliveryDate == null ? "" : requestedDeliveryDate + ", now ") + change.requestedDeliveryDate());
            requestedDeliveryDate = change.requestedDeliveryDate();
        }
        return "line " + lineNumber + ": " + String.join(", ", what);
    }

    public Long id() {
        return id;
    }

    public String lineNumber() {
        return lineNumber;
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

    public LocalDate requestedShipDate() {
        return requestedShipDate;
    }

    public LocalDate requestedDeliveryDate() {
        return requestedDeliveryDate;
    }

    public LineStatus status() {
        return status;
    }
}
