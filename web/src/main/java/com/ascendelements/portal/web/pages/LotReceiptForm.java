package com.ascendelements.portal.web.pages;

import com.ascendelements.portal.common.Quantity;
import com.ascendelements.portal.common.UnitOfMeasure;
import com.ascendelements.portal.shipping.ReceiptEntry;
import com.ascendelements.portal.shipping.ShipNotice;
import com.ascendelements.portal.shipping.ShipmentItem;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * The receiving dock's form on a ship notice: what arrived of one lot and PO line on one delivery. The ship notice
 * checks the rest (the lot on the notice, rejected needs a reason, dry weight not above wet).
 */
public class LotReceiptForm implements Serializable {

    private static final long serialVersionUID = 1L;

    /** One lot and PO line to choose, with what has arrived of it so far. */
    public record Choice(long itemId, String label) {
    }

    @NotNull(message = "Choose the lot and PO line that arrived")
    private Long itemId;
    @NotNull(message = "Enter the date it arrived")
    @PastOrPresent(message = "The receipt date cannot be in the future")
    private LocalDate receivedOn;
    @Size(max = 40, message = "At most 40 characters")
    private String deliveryReference;
    @NotNull(message = "Enter what was received (0 if everything was rejected)")
    @DecimalMin(value = "0", message = "The received quantity cannot be negative")
    private BigDecimal received;
    @DecimalMin(value = "0", message = "The rejected quantity cannot be negative")
    private BigDecimal rejected;
    @Size(max = 500, message = "At most 500 characters")
    private String rejectionReason;
    @DecimalMin(value = "0.0001", message = "The wet weight must be more than zero")
    private BigDecimal wetWeight;
    private UnitOfMeasure weightUnit = UnitOfMeasure.KILOGRAM;
    @DecimalMin(value = "0", message = "Moisture is 0 % or more")
    @DecimalMax(value = "100", inclusive = false, message = "Moisture is below 100 %")
    private BigDecimal moisturePercent;
    private boolean deliveryCompleted;

    static List<Choice> choicesOf(ShipNotice notice) {
        return notice.orders().stream().flatMap(o -> o.lots().stream()).flatMap(l -> l.items().stream())
                .map(i -> new Choice(i.id(), "Lot " + i.lot().lotNumber() + " · PO line " + i.poLineNumber() + " · "
                        + i.material().code() + " · shipped " + i.quantity() + ", received " + notice.receivedOf(i)))
                .toList();
    }

    /** The entry for the ship notice; the received and rejected quantities are in the chosen item's unit. */
    ReceiptEntry toEntry(ShipNotice notice) {
        ShipmentItem item = notice.orders().stream().flatMap(o -> o.lots().stream()).flatMap(l -> l.items().stream())
                .filter(i -> i.id().equals(itemId)).findFirst()
                .orElseThrow(() -> new com.ascendelements.portal.common.InvalidRequestException("Choose the lot and PO line that arrived"));
        UnitOfMeasure unit = item.quantity().unit();
        return new ReceiptEntry(item.lot().lotNumber(), item.poLineNumber(), receivedOn, deliveryReference,
                Quantity.of(received, unit), rejected == null ? null : Quantity.of(rejected, unit), rejectionReason,
                wetWeight == null ? null : Quantity.of(wetWeight, weightUnit), moisturePercent, null, deliveryCompleted);
    }

    public Long getItemId() { return itemId; }
    public void setItemId(Long v) { this.itemId = v; }
    public LocalDate getReceivedOn() { return receivedOn; }
    public void setReceivedOn(LocalDate v) { this.receivedOn = v; }
    public String getDeliveryReference() { return deliveryReference; }
    public void setDeliveryReference(String v) { this.deliveryReference = v; }
    public BigDecimal getReceived() { return received; }
    public void setReceived(BigDecimal v) { this.received = v; }
    public BigDecimal getRejected() { return rejected; }
    public void setRejected(BigDecimal v) { this.rejected = v; }
    public String getRejectionReason() { return rejectionReason; }
    public void setRejectionReason(String v) { this.rejectionReason = v; }
    public BigDecimal getWetWeight() { return wetWeight; }
    public void setWetWeight(BigDecimal v) { this.wetWeight = v; }
    public UnitOfMeasure getWeightUnit() { return weightUnit; }
    public void setWeightUnit(UnitOfMeasure v) { this.weightUnit = v; }
    public BigDecimal getMoisturePercent() { return moisturePercent; }
    public void setMoisturePercent(BigDecimal v) { this.moisturePercent = v; }
    public boolean isDeliveryCompleted() { return deliveryCompleted; }
    public void setDeliveryCompleted(boolean v) { this.deliveryCompleted = v; }
}
