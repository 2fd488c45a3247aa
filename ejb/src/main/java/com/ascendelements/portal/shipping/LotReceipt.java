package com.ascendelements.portal.shipping;

import com.ascendelements.portal.common.Quantity;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.math.MathContext;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * What the receiving dock found of one ship-notice item (a lot's material against one PO line) on one delivery: a
 * multi-truck lot arrives in parts, so an item may have several receipts. It records the received and the rejected
 * quantity (with the reason), and for material sold by dry weight the wet weight on the scale and the moisture, from
 * which the dry weight follows: dry = wet x (1 - moisture %).
 */
@Entity
@Table(name = "lot_receipt")
public class LotReceipt {

    private static final BigDecimal HUNDRED = new BigDecimal("100");

    @Id
    @SequenceGenerator(name = "lot_receipt_seq", sequenceName = "lot_receipt_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "lot_receipt_seq")
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "ship_notice_id")
    private ShipNotice shipNotice;

    @ManyToOne(optional = false)
    @JoinColumn(name = "item_id")
    private ShipmentItem item;

    @Column(name = "received_on", nullable = false)
    private LocalDate receivedOn;

    /** The delivery it came with: a truck, a delivery note, a bill of lading of one part of the shipment. */
    @Column(name = "delivery_reference", length = 40)
    private String deliveryReference;

    @Embedded
    @AttributeOverride(name = "amount", column = @Column(name = "received_quantity"))
    @AttributeOverride(name = "unit", column = @Column(name = "received_unit"))
    private Quantity received;

    @Embedded
    @AttributeOverride(name = "amount", column = @Column(name = "rejected_quantity"))
    @AttributeOverride(name = "unit", column = @Column(name = "rejected_unit"))
    private Quantity rejected;

    @Column(name = "rejection_reason", length = 500)
    private String rejectionReason;

    @Embedded
    @AttributeOverride(name = "amount", column = @Column(name = "wet_weight"))
    @AttributeOverride(name = "unit", column = @Column(name = "wet_weight_unit"))
    private Quantity wetWeight;

    @Column(name = "moisture_percent", precision = 7, scale = 4)
    private BigDecimal moisturePercent;

    @Embedded
    @AttributeOverride(name = "amount", column = @Column(name = "dry_weight"))
    @AttributeOverride(name = "unit", column = @Column(name = "dry_weight_unit"))
    private Quantity dryWeight;

    @Column(name = "delivery_completed", nullable = false)
    private boolean deliveryCompleted;

    @Column(name = "received_by", length = 100, nullable = false)
    private String receivedBy;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    /** The receiving advice (861 BRA01) that reported it, when it came by EDI. */
    @Column(name = "advice_reference", length = 50)
    private String adviceReference;

    protected LotReceipt() {
        // JPA
    }

    LotReceipt(ShipNotice shipNotice, ShipmentItem item, ReceiptEntry entry, String receivedBy, Instant recordedAt) {
        this.shipNotice = Objects.requireNonNull(shipNotice, "ship notice");
        this.item = Objects.requireNonNull(item, "item");
        this.receivedOn = Objects.requireNonNull(entry.receivedOn(), "receipt date");
        this.deliveryReference = blankToNull(entry.deliveryReference());
        if (deliveryReference != null && deliveryReference.length() > 40) {
            throw new IllegalArgumentException("The delivery reference is at most 40 characters: " + deliveryReference);
        }
        String what = "Lot " + item.lot().lotNumber() + " line " + item.poLineNumber();
        this.received = inItemUnit(entry.received(), what, "received");
        this.rejected = entry.rejected() == null ? null : inItemUnit(entry.rejected(), what, "rejected");
        if (received.isNegative() || (rejected != null && rejected.isNegative())) {
            throw new IllegalArgumentException(what + ": a received or rejected quantity cannot be negative");
        }
        if (!received.isPositive() && (rejected == null || !rejected.isPositive())) {
            throw new IllegalArgumentException(what + ": enter what was received or rejected");
        }
        String reason = blankToNull(entry.rejectionReason());
        this.rejectionReason = reason != null && reason.length() > 500 ? reason.substring(0, 500) : reason;
        if (rejected != null && rejected.isPositive() && rejectionReason == null) {
            throw new IllegalArgumentException(what + ": say why " + rejected + " were rejected");
        }
        weigh(entry, what);
        this.deliveryCompleted = entry.deliveryCompleted();
        this.receivedBy = Objects.requireNonNull(receivedBy, "received by");
        this.recordedAt = Objects.requireNonNull(recordedAt, "recorded at");
    }

    /** Wet weight and moisture (or the dry weight the lab gave): each consistent with the others. */
    private void weigh(ReceiptEntry entry, String what) {
        if (entry.wetWeight() == null) {
            if (entry.moisturePercent() != null || entry.dryWeight() != null) {
                throw new IllegalArgumentException(what + ": moisture and dry weight need the wet weight they come from");
            }
            return;
        }
        if (!entry.wetWeight().unit().isMass() || !entry.wetWeight().isPositive()) {
            throw new IllegalArgumentException(what + ": the wet weight must be a positive mass");
        }
        this.wetWeight = entry.wetWeight();
        if (entry.moisturePercent() != null) {
            BigDecimal moisture = entry.moisturePercent();
            if (moisture.signum() < 0 || moisture.compareTo(HUNDRED) >= 0) {
                throw new IllegalArgumentException(what + ": moisture is 0 % or more and below 100 %, not " + moisture.toPlainString() + " %");
            }
            this.moisturePercent = moisture;
            this.dryWeight = wetWeight.times(BigDecimal.ONE.subtract(moisture.divide(HUNDRED, MathContext.DECIMAL64)));
            if (entry.dryWeight() != null && entry.dryWeight().in(wetWeight.unit()).compareTo(dryWeight) != 0) {
                throw new IllegalArgumentException(what + ": a dry weight of " + entry.dryWeight() + " is not " + wetWeight
                        + " at " + moisture.toPlainString() + " % moisture (" + dryWeight + ")");
            }
        } else if (entry.dryWeight() != null) {
            Quantity dry = entry.dryWeight().in(wetWeight.unit());
            if (dry.isNegative() || dry.compareTo(wetWeight) > 0) {
                throw new IllegalArgumentException(what + ": the dry weight " + entry.dryWeight() + " is above the wet weight " + wetWeight);
            }
            this.dryWeight = dry;
            this.moisturePercent = BigDecimal.ONE.subtract(dry.amount().divide(wetWeight.amount(), MathContext.DECIMAL64))
                    .multiply(HUNDRED).setScale(4, java.math.RoundingMode.HALF_UP);
        }
    }

    private Quantity inItemUnit(Quantity quantity, String what, String kind) {
        if (quantity == null) {
            throw new IllegalArgumentException(what + ": enter the " + kind + " quantity");
        }
        try {
            return quantity.in(item.quantity().unit());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(what + ": the " + kind + " quantity " + quantity + " is not in a unit of "
                    + item.quantity().unit().symbol());
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    public Long id() {
        return id;
    }

    public ShipNotice shipNotice() {
        return shipNotice;
    }

    public ShipmentItem item() {
        return item;
    }

    public LocalDate receivedOn() {
        return receivedOn;
    }

    public Optional<String> deliveryReference() {
        return Optional.ofNullable(deliveryReference);
    }

    /** In the item's unit. */
    public Quantity received() {
        return received;
    }

    /** In the item's unit; zero when nothing was rejected. */
    public Quantity rejected() {
        return rejected == null ? Quantity.zero(received.unit()) : rejected;
    }

    public Optional<String> rejectionReason() {
        return Optional.ofNullable(rejectionReason);
    }

    public Optional<Quantity> wetWeight() {
        return Optional.ofNullable(wetWeight);
    }

    public Optional<BigDecimal> moisturePercent() {
        return Optional.ofNullable(moisturePercent);
    }

    public Optional<Quantity> dryWeight() {
        return Optional.ofNullable(dryWeight);
    }

    /** Whether the dock said nothing more is expected of the item. */
    public boolean deliveryCompleted() {
        return deliveryCompleted;
    }

    public String receivedBy() {
        return receivedBy;
    }

    public Instant recordedAt() {
        return recordedAt;
    }

    public Optional<String> adviceReference() {
        return Optional.ofNullable(adviceReference);
    }

    void reportedBy(String adviceReference) {
        this.adviceReference = adviceReference;
    }
}
