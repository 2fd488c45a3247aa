package com.ascendelements.portal.shipping;

import com.ascendelements.portal.catalog.Hazmat;
import com.ascendelements.portal.common.FieldErrors;
import com.ascendelements.portal.common.Quantity;
import com.ascendelements.portal.common.UnitOfMeasure;
import com.ascendelements.portal.purchasing.LineStatus;
import com.ascendelements.portal.purchasing.PurchaseOrder;
import com.ascendelements.portal.purchasing.PurchaseOrderLine;
import com.ascendelements.portal.purchasing.PurchaseOrderStatus;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A ship notice as the seller fills it in against one purchase order: the shipment (carrier, bill of lading, dates,
 * weights) and its lots, each lot with the PO line it carries and how much of it. {@link #check} says what is wrong,
 * field by field, before anything is recorded.
 */
public class ShipNoticeDraft implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Transport modes a shipment travels by. */
    public static final List<String> TRANSPORT_MODES = List.of("TRUCK", "RAIL", "OCEAN", "AIR");

    private String shipmentId;
    private LocalDateTime shippedAt;
    private LocalDate expectedDelivery;
    private String carrierScac;
    private String carrierName;
    private String transportMode = "TRUCK";
    private String billOfLading;
    private BigDecimal grossWeight;
    private BigDecimal tareWeight;
    private UnitOfMeasure weightUnit = UnitOfMeasure.KILOGRAM;
    private List<Lot> lots = new ArrayList<>();

    /** One lot: packages of one production lot, with the PO line it fills. */
    public static class Lot implements Serializable {

        private static final long serialVersionUID = 1L;

        private String lotNumber;
        private Integer packageCount;
        private String packagingCode = "PLT94";
        private BigDecimal grossWeight;
        private BigDecimal tareWeight;
        private String unNumber;
        private String hazardClass;
        private String packingInstruction;
        private String poLineNumber;
        private BigDecimal quantity;

        public String getLotNumber() { return lotNumber; }
        public void setLotNumber(String lotNumber) { this.lotNumber = lotNumber; }
        public Integer getPackageCount() { return packageCount; }
        public void setPackageCount(Integer packageCount) { this.packageCount = packageCount; }
        public String getPackagingCode() { return packagingCode; }
        public void setPackagingCode(String packagingCode) { this.packagingCode = packagingCode; }
        public BigDecimal getGrossWeight() { return grossWeight; }
        public void setGrossWeight(BigDecimal grossWeight) { this.grossWeight = grossWeight; }
        public BigDecimal getTareWeight() { return tareWeight; }
        public void setTareWeight(BigDecimal tareWeight) { this.tareWeight = tareWeight; }
        public String getUnNumber() { return unNumber; }
        public void setUnNumber(String unNumber) { this.unNumber = unNumber; }
        public String getHazardClass() { return hazardClass; }
        public void setHazardClass(String hazardClass) { this.hazardClass = hazardClass; }
        public String getPackingInstruction() { return packingInstruction; }
        public void setPackingInstruction(String packingInstruction) { this.packingInstruction = packingInstruction; }
        public String getPoLineNumber() { return poLineNumber; }
        public void setPoLineNumber(String poLineNumber) { this.poLineNumber = poLineNumber; }
        public BigDecimal getQuantity() { return quantity; }
        public void setQuantity(BigDecimal quantity) { this.quantity = quantity; }

        Hazmat hazmat() {
            return blank(unNumber) ? null : new Hazmat(unNumber.strip().toUpperCase(), hazardClass.strip(),
                    blank(packingInstruction) ? null : packingInstruction.strip());
        }
    }

    /**
     * A draft prefilled from the order: one lot per line still to ship, with the quantity left to ship and the
     * material's dangerous-goods classification.
     */
    public static ShipNoticeDraft prefilledFrom(PurchaseOrder order, Map<String, Quantity> alreadyShipped, LocalDateTime now) {
        ShipNoticeDraft draft = new ShipNoticeDraft();
        draft.shippedAt = now.withSecond(0).withNano(0);
        for (PurchaseOrderLine line : order.lines()) {
            if (line.status() == LineStatus.REJECTED) {
                continue;
            }
            Quantity left = line.quantity().minus(alreadyShipped.getOrDefault(line.lineNumber(), Quantity.zero(line.quantity().unit())));
            if (!left.isPositive()) {
                continue;
            }
            Lot lot = new Lot();
            lot.poLineNumber = line.lineNumber();
            lot.quantity = left.amount().stripTrailingZeros();
            lot.packageCount = 1;
            line.material().hazmat().ifPresent(h -> {
                lot.unNumber = h.unNumber();
                lot.hazardClass = h.hazardClass();
                lot.packingInstruction = h.packingInstruction();
            });
            if (draft.expectedDelivery == null) {
                draft.expectedDelivery = line.requestedDeliveryDate();
            }
            draft.lots.add(lot);
        }
        return draft;
    }

    public void addLot() {
        lots.add(new Lot());
    }

    public void removeLot(int index) {
        if (index >= 0 && index < lots.size()) {
            lots.remove(index);
        }
    }

    /**
     * Everything that is wrong with the draft for this order, given what has shipped against each PO line before:
     * required fields, positive quantities and weights, dates in order, lines of this order only, and no line shipped
     * beyond its ordered quantity plus the contract's quantity tolerance (none without a contract).
     */
    public FieldErrors check(PurchaseOrder order, Map<String, Quantity> alreadyShipped) {
        FieldErrors errors = new FieldErrors();
        if (!order.isShippable()) {
            errors.add(FieldErrors.DOCUMENT, "Order " + order.poNumber() + " is " + order.status()
                    + (order.status() == PurchaseOrderStatus.OPEN ? ": answer its lines before shipping" : ": nothing can ship against it"));
        }
        errors.identifier("shipmentId", shipmentId, "shipment identification", 40, true);
        if (shippedAt == null) {
            errors.add("shippedAt", "Enter when the shipment left");
        } else if (shippedAt.toLocalDate().isBefore(order.orderDate())) {
            errors.add("shippedAt", "The shipment cannot leave before the order date " + order.orderDate());
        }
        if (expectedDelivery != null && shippedAt != null && expectedDelivery.isBefore(shippedAt.toLocalDate())) {
            errors.add("expectedDelivery", "The expected delivery is before the ship date");
        }
        if (blank(carrierScac)) {
            errors.add("carrierScac", "Enter the carrier's SCAC");
        } else if (!carrierScac.strip().matches("[A-Z]{2,4}")) {
            errors.add("carrierScac", "A SCAC is 2 to 4 capital letters");
        }
        errors.identifier("carrierName", carrierName, "carrier name", 60, false);
        if (!TRANSPORT_MODES.contains(transportMode)) {
            errors.add("transportMode", "Choose how the shipment travels");
        }
        errors.identifier("billOfLading", billOfLading, "bill of lading number", 30, true);
        if (weightUnit == null || !weightUnit.isMass()) {
            errors.add("weightUnit", "Weights are in kg, t or lb");
        }
        checkWeights(errors, "", grossWeight, tareWeight);
        if (lots.isEmpty()) {
            errors.add(FieldErrors.DOCUMENT, "A shipment carries at least one lot");
        }
        Set<String> lotNumbers = new HashSet<>();
        Map<String, BigDecimal> shippedNow = new LinkedHashMap<>();
        Map<String, Integer> lastLotOfLine = new LinkedHashMap<>();
        BigDecimal lotsGross = BigDecimal.ZERO;
        for (int i = 0; i < lots.size(); i++) {
            Lot lot = lots.get(i);
            String at = "lots:" + i + ":";
            errors.identifier(at + "lotNumber", lot.lotNumber, "lot number", 30, true);
            if (!blank(lot.lotNumber) && !lotNumbers.add(lot.lotNumber.strip())) {
                errors.add(at + "lotNumber", "Lot " + lot.lotNumber.strip() + " appears twice");
            }
            if (lot.packageCount == null || lot.packageCount < 1) {
                errors.add(at + "packageCount", "At least one package");
            }
            errors.identifier(at + "packagingCode", lot.packagingCode, "packaging code", 5, false);
            checkWeights(errors, at, lot.grossWeight, lot.tareWeight);
            if (lot.grossWeight != null) {
                lotsGross = lotsGross.add(lot.grossWeight);
            }
            if (!blank(lot.unNumber)) {
                if (!lot.unNumber.strip().toUpperCase().matches("UN\\d{4}")) {
                    errors.add(at + "unNumber", "A UN number looks like UN3480");
                }
                if (blank(lot.hazardClass)) {
                    errors.add(at + "hazardClass", "Enter the hazard class of " + lot.unNumber.strip());
                } else if (lot.hazardClass.strip().length() > 4) {
                    errors.add(at + "hazardClass", "A hazard class has at most 4 characters, e.g. 9");
                }
                if (!blank(lot.packingInstruction) && lot.packingInstruction.strip().length() > 10) {
                    errors.add(at + "packingInstruction", "At most 10 characters, e.g. P903");
                }
            }
            PurchaseOrderLine line = blank(lot.poLineNumber) ? null : order.line(lot.poLineNumber.strip()).orElse(null);
            if (blank(lot.poLineNumber)) {
                errors.add(at + "poLineNumber", "Choose the PO line this lot fills");
            } else if (line == null) {
                errors.add(at + "poLineNumber", "Order " + order.poNumber() + " has no line " + lot.poLineNumber.strip());
            } else if (line.status() == LineStatus.REJECTED) {
                errors.add(at + "poLineNumber", "Line " + line.lineNumber() + " was rejected and cannot ship");
            }
            if (lot.quantity == null) {
                errors.add(at + "quantity", "Enter the quantity shipped");
            } else if (lot.quantity.signum() <= 0) {
                errors.add(at + "quantity", "The quantity shipped must be more than zero");
            } else if (line != null) {
                shippedNow.merge(line.lineNumber(), lot.quantity, BigDecimal::add);
                lastLotOfLine.put(line.lineNumber(), i);
            }
        }
        if (grossWeight != null && lotsGross.compareTo(grossWeight) > 0 && !errors.has("grossWeight")) {
            errors.add("grossWeight", "The lots weigh " + lotsGross.stripTrailingZeros().toPlainString()
                    + " gross together, more than the shipment");
        }
        shippedNow.forEach((lineNumber, amount) -> {
            PurchaseOrderLine line = order.line(lineNumber).orElseThrow();
            UnitOfMeasure unit = line.quantity().unit();
            ShipmentRules.overShipped(order, line, alreadyShipped.getOrDefault(lineNumber, Quantity.zero(unit)), Quantity.of(amount, unit))
                    .ifPresent(message -> errors.add("lots:" + lastLotOfLine.get(lineNumber) + ":quantity", message));
        });
        return errors;
    }

    private static void checkWeights(FieldErrors errors, String at, BigDecimal gross, BigDecimal tare) {
        if (gross == null) {
            errors.add(at + "grossWeight", "Enter the gross weight");
        } else if (gross.signum() <= 0) {
            errors.add(at + "grossWeight", "The gross weight must be more than zero");
        }
        if (tare == null) {
            errors.add(at + "tareWeight", "Enter the tare weight (0 if none)");
        } else if (tare.signum() < 0) {
            errors.add(at + "tareWeight", "The tare weight cannot be negative");
        } else if (gross != null && tare.compareTo(gross) >= 0) {
            errors.add(at + "tareWeight", "The tare must weigh less than the gross weight");
        }
    }

    /** The ship notice the draft describes; call only once {@link #check} found nothing wrong. */
    public ShipNotice toShipNotice(PurchaseOrder order, ZoneId zone) {
        ShipNotice notice = new ShipNotice(shipmentId.strip(), order.seller(), order.buyer(), shippedAt.atZone(zone).toOffsetDateTime(),
                expectedDelivery, new Carrier(carrierScac.strip(), trimmed(carrierName), transportMode), billOfLading.strip(),
                Weights.ofGrossAndTare(Quantity.of(grossWeight, weightUnit), Quantity.of(tareWeight, weightUnit)));
        ShipmentOrder shipmentOrder = notice.addOrder(order.poNumber(), order);
        for (Lot lot : lots) {
            PurchaseOrderLine line = order.line(lot.poLineNumber.strip()).orElseThrow();
            shipmentOrder.addLot(lot.lotNumber.strip(), lot.packageCount, trimmed(lot.packagingCode),
                    Weights.ofGrossAndTare(Quantity.of(lot.grossWeight, weightUnit), Quantity.of(lot.tareWeight, weightUnit)), lot.hazmat())
                    .addItem(line.lineNumber(), line.material(), Quantity.of(lot.quantity, line.quantity().unit()));
        }
        return notice;
    }

    static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    static String trimmed(String value) {
        return blank(value) ? null : value.strip();
    }

    public String getShipmentId() { return shipmentId; }
    public void setShipmentId(String shipmentId) { this.shipmentId = shipmentId; }
    public LocalDateTime getShippedAt() { return shippedAt; }
    public void setShippedAt(LocalDateTime shippedAt) { this.shippedAt = shippedAt; }
    public LocalDate getExpectedDelivery() { return expectedDelivery; }
    public void setExpectedDelivery(LocalDate expectedDelivery) { this.expectedDelivery = expectedDelivery; }
    public String getCarrierScac() { return carrierScac; }
    public void setCarrierScac(String carrierScac) { this.carrierScac = carrierScac; }
    public String getCarrierName() { return carrierName; }
    public void setCarrierName(String carrierName) { this.carrierName = carrierName; }
    public String getTransportMode() { return transportMode; }
    public void setTransportMode(String transportMode) { this.transportMode = transportMode; }
    public String getBillOfLading() { return billOfLading; }
    public void setBillOfLading(String billOfLading) { this.billOfLading = billOfLading; }
    public BigDecimal getGrossWeight() { return grossWeight; }
    public void setGrossWeight(BigDecimal grossWeight) { this.grossWeight = grossWeight; }
    public BigDecimal getTareWeight() { return tareWeight; }
    public void setTareWeight(BigDecimal tareWeight) { this.tareWeight = tareWeight; }
    public UnitOfMeasure getWeightUnit() { return weightUnit; }
    public void setWeightUnit(UnitOfMeasure weightUnit) { this.weightUnit = weightUnit; }
    public List<Lot> getLots() { return lots; }
    public void setLots(List<Lot> lots) { this.lots = lots; }
}
