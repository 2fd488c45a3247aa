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
import jakarta.persistence.OrderBy;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
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

    @OneToMany(mappedBy = "shipNotice", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("id")
    private List<LotReceipt> lotReceipts = new ArrayList<>();

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
     * Records what arrived of one lot's item on one delivery; a lot may arrive in parts, on several trucks. Refuses a
     * lot or line that is not on this notice, a date before the shipment or in the future, and a cancelled or
     * weighed-as-a-whole shipment. Once every item has arrived (received and rejected together reach the shipped
     * quantity, within the weight franchise) the shipment is received, with a discrepancy when anything was
     * rejected or the received quantity differs from the shipped one by more than the franchise. A receipt marked
     * "delivery completed" closes its item whatever arrived.
     */
    public LotReceipt receiveLot(ReceiptEntry entry, String by, Clock clock) {
        return receiveLots(List.of(entry), by, clock).get(0);
    }

    /**
     * Records several receipts at once (the items of one receiving advice): every entry is checked before any is
     * recorded, so a refused entry leaves the shipment as it was.
     */
    public List<LotReceipt> receiveLots(List<ReceiptEntry> entries, String by, Clock clock) {
        return receiveLots(entries, by, null, clock);
    }

    /**
     * As {@link #receiveLots(List, String, Clock)}, for the receipts of one receiving advice (861 BRA01): an advice
     * already recorded on this shipment is refused, so that a second file with the same advice counts nothing twice.
     */
    /** Whether receipts of this receiving advice (861 BRA01) are recorded on the shipment. */
    public boolean hasAdvice(String adviceReference) {
        return adviceReference != null && lotReceipts.stream().anyMatch(r -> r.adviceReference().filter(adviceReference::equals).isPresent());
    }

    public List<LotReceipt> receiveLots(List<ReceiptEntry> entries, String by, String adviceReference, Clock clock) {
        if (adviceReference != null) {
            lotReceipts.stream().filter(r -> r.adviceReference().filter(adviceReference::equals).isPresent()).findFirst().ifPresent(r -> {
                throw new IllegalStateException("Receiving advice " + adviceReference + " was recorded on shipment " + shipmentId
                        + " already (" + r.recordedAt() + ", by " + r.receivedBy() + "); a correction needs a new advice");
            });
        }
        if (status == ShipNoticeStatus.CANCELLED || receipt != null) {
            throw new IllegalStateException("Shipment " + shipmentId + " is " + status + (receipt != null ? " as a whole" : "")
                    + "; it takes no receipts per lot");
        }
        if (entries.isEmpty()) {
            throw new IllegalArgumentException("Nothing received on shipment " + shipmentId);
        }
        List<LotReceipt> recorded = new ArrayList<>();
        for (ReceiptEntry entry : entries) {
            checkReceiptDate(entry.receivedOn(), clock);
            ShipmentItem item = item(entry.lotNumber(), entry.poLineNumber());
            LotReceipt lotReceipt = new LotReceipt(this, item, entry, by, clock.instant());
            lotReceipt.reportedBy(adviceReference);
            recorded.add(lotReceipt);
        }
        lotReceipts.addAll(recorded);
        status = itemsStream().allMatch(this::arrived)
                ? (itemsStream().anyMatch(this::differs) ? ShipNoticeStatus.RECEIVED_WITH_DISCREPANCY : ShipNoticeStatus.RECEIVED)
                : ShipNoticeStatus.PARTIALLY_RECEIVED;
        return recorded;
    }

    private void checkReceiptDate(LocalDate receivedOn, Clock clock) {
        if (receivedOn == null) {
            throw new IllegalArgumentException("Enter the day it arrived");
        }
        if (receivedOn.isBefore(shippedAt.toLocalDate())) {
            throw new IllegalArgumentException("Received on " + receivedOn + ", before it was shipped (" + shippedAt.toLocalDate() + ")");
        }
        if (receivedOn.isAfter(LocalDate.now(clock))) {
            throw new IllegalArgumentException("A receipt date cannot be in the future: " + receivedOn);
        }
    }

    private ShipmentItem item(String lotNumber, String poLineNumber) {
        ShipmentLot lot = orders.stream().flatMap(o -> o.lots().stream())
                .filter(l -> l.lotNumber() != null && l.lotNumber().equals(lotNumber == null ? null : lotNumber.strip())).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Lot " + lotNumber + " is not on ship notice " + shipmentId));
        if (poLineNumber == null || poLineNumber.isBlank()) {
            if (lot.items().size() != 1) {
                throw new IllegalArgumentException("Lot " + lotNumber + " carries " + lot.items().size() + " PO lines; say which one arrived");
            }
            return lot.items().get(0);
        }
        return lot.items().stream().filter(i -> poLineNumber.strip().equals(i.poLineNumber())).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Lot " + lotNumber + " has no item for PO line " + poLineNumber));
    }

    private java.util.stream.Stream<ShipmentItem> itemsStream() {
        return orders.stream().flatMap(o -> o.lots().stream()).flatMap(l -> l.items().stream());
    }

    /** What has arrived of an item so far, accepted, over all its receipts (in the item's unit). */
    public Quantity receivedOf(ShipmentItem item) {
        return lotReceipts.stream().filter(r -> r.item() == item).map(LotReceipt::received)
                .reduce(Quantity.zero(item.quantity().unit()), Quantity::plus);
    }

    /** What was refused at the dock of an item so far (in the item's unit). */
    public Quantity rejectedOf(ShipmentItem item) {
        return lotReceipts.stream().filter(r -> r.item() == item).map(LotReceipt::rejected)
                .reduce(Quantity.zero(item.quantity().unit()), Quantity::plus);
    }

    private boolean arrived(ShipmentItem item) {
        if (lotReceipts.stream().anyMatch(r -> r.item() == item && r.deliveryCompleted())) {
            return true;
        }
        Quantity arrived = receivedOf(item).plus(rejectedOf(item));
        return arrived.amount().compareTo(item.quantity().amount().multiply(BigDecimal.ONE.subtract(Receipt.WEIGHT_FRANCHISE))) >= 0;
    }

    private boolean differs(ShipmentItem item) {
        return rejectedOf(item).isPositive() || Receipt.differs(receivedOf(item), item.quantity());
    }

    /** Every receipt per lot and line, in the order they were recorded. */
    public List<LotReceipt> lotReceipts() {
        return Collections.unmodifiableList(lotReceipts);
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
