package com.ascendelements.portal.shipping;

import com.ascendelements.portal.common.Quantity;
import com.ascendelements.portal.partners.TradingPartner;
import com.ascendelements.portal.purchasing.PurchaseOrder;
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
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A ship notice (856): the shipment level with its carrier, bill of lading, dates and weights, and below it
 * order > lot > item. The shipment identification (BSN02) is unique per shipper.
 */
@Entity
@Table(name = "ship_notice")
public class ShipNotice {

    @Id
    @SequenceGenerator(name = "ship_notice_seq", sequenceName = "ship_notice_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "ship_notice_seq")
    private Long id;

    @Version
    private long version;

    @Column(name = "shipment_id", length = 40, nullable = false)
    private String shipmentId;

    @ManyToOne(optional = false)
    @JoinColumn(name = "shipper_id")
    private TradingPartner shipper;

    @ManyToOne(optional = false)
    @JoinColumn(name = "receiver_id")
    private TradingPartner receiver;

    @Column(name = "shipped_at", nullable = false)
    private OffsetDateTime shippedAt;

    @Column(name = "expected_delivery_date")
    private LocalDate expectedDeliveryDate;

    @Embedded
    private Carrier carrier;

    @Column(name = "bill_of_lading", length = 40)
    private String billOfLading;

    @Embedded
    private Weights weights;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", length = 30, nullable = false)
    private ShipNoticeStatus status = ShipNoticeStatus.IN_TRANSIT;

    @Embedded
    private Receipt receipt;

    @OneToMany(mappedBy = "shipNotice", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderColumn(name = "list_index")
    private List<ShipmentOrder> orders = new ArrayList<>();

    protected ShipNotice() {
        // JPA
    }

    public ShipNotice(String shipmentId, TradingPartner shipper, TradingPartner receiver, OffsetDateTime shippedAt,
                      LocalDate expectedDeliveryDate, Carrier carrier, String billOfLading, Weights weights) {
        if (shipmentId == null || shipmentId.isBlank()) {
            throw new IllegalArgumentException("A ship notice needs a shipment identification");
        }
        this.shipmentId = shipmentId.strip();
        this.shipper = Objects.requireNonNull(shipper, "shipper");
        this.receiver = Objects.requireNonNull(receiver, "receiver");
        this.shippedAt = Objects.requireNonNull(shippedAt, "ship date");
        if (expectedDeliveryDate != null && expectedDeliveryDate.isBefore(shippedAt.toLocalDate())) {
            throw new IllegalArgumentException("Expected delivery " + expectedDeliveryDate + " is before shipment " + shippedAt);
        }
        this.expectedDeliveryDate = expectedDeliveryDate;
        this.carrier = carrier;
        this.billOfLading = billOfLading;
        this.weights = Objects.requireNonNull(weights, "shipment weights");
    }

    public ShipmentOrder addOrder(String poNumber, PurchaseOrder purchaseOrder) {
        ShipmentOrder order = new ShipmentOrder(this, poNumber, purchaseOrder);
        orders.add(order);
        return order;
    }

    /**
     * Records the arrival at the receiver's dock. A received net weight that differs from the declared one by
     * more than the weight franchise makes it a receipt with a discrepancy, for a person to settle.
     */
    public void receive(LocalDate receivedOn, Quantity receivedNet, String note, String by, Clock clock) {
        if (status != ShipNoticeStatus.IN_TRANSIT) {
            throw new IllegalStateException("Shipment " + shipmentId + " is " + status + ", not in transit");
        }
        Objects.requireNonNull(receivedOn, "receipt date");
        if (receivedOn.isBefore(shippedAt.toLocalDate())) {
            throw new IllegalArgumentException("Received on " + receivedOn + ", before it was shipped (" + shippedAt.toLocalDate() + ")");
        }
        if (receivedOn.isAfter(LocalDate.now(clock))) {
            throw new IllegalArgumentException("A receipt date cannot be in the future: " + receivedOn);
        }
        if (receivedNet == null || !receivedNet.unit().isMass() || !receivedNet.isPositive()) {
            throw new IllegalArgumentException("The received net weight must be a positive mass");
        }
        this.receipt = new Receipt(receivedOn, receivedNet, note, by);
        this.status = receipt.differsFrom(weights.net()) ? ShipNoticeStatus.RECEIVED_WITH_DISCREPANCY : ShipNoticeStatus.RECEIVED;
    }

    public Optional<Receipt> receipt() {
        return Optional.ofNullable(receipt);
    }

    public Long id() {
        return id;
    }

    public String shipmentId() {
        return shipmentId;
    }

    public TradingPartner shipper() {
        return shipper;
    }

    public TradingPartner receiver() {
        return receiver;
    }

    public OffsetDateTime shippedAt() {
        return shippedAt;
    }

    public LocalDate expectedDeliveryDate() {
        return expectedDeliveryDate;
    }

    public Carrier carrier() {
        return carrier;
    }

    public String billOfLading() {
        return billOfLading;
    }

    public Weights weights() {
        return weights;
    }

    public ShipNoticeStatus status() {
        return status;
    }

    public List<ShipmentOrder> orders() {
        return Collections.unmodifiableList(orders);
    }
}
