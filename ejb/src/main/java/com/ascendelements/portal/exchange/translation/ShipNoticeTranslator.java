package com.ascendelements.portal.exchange.translation;

import com.ascendelements.portal.catalog.Hazmat;
import com.ascendelements.portal.catalog.Material;
import com.ascendelements.portal.common.Quantity;
import com.ascendelements.portal.common.UnitOfMeasure;
import com.ascendelements.portal.edi.message.CarrierDetail;
import com.ascendelements.portal.edi.message.DateReference;
import com.ascendelements.portal.edi.message.HazardousMaterial;
import com.ascendelements.portal.edi.message.HierarchicalLevel;
import com.ascendelements.portal.edi.message.Measurement;
import com.ascendelements.portal.edi.message.Packaging;
import com.ascendelements.portal.edi.message.ProductId;
import com.ascendelements.portal.edi.message.Reference;
import com.ascendelements.portal.edi.message.ShipNoticeMessage;
import com.ascendelements.portal.partners.TradingPartner;
import com.ascendelements.portal.purchasing.PurchaseOrder;
import com.ascendelements.portal.purchasing.PurchaseOrders;
import com.ascendelements.portal.shipping.Carrier;
import com.ascendelements.portal.shipping.ShipNotice;
import com.ascendelements.portal.shipping.ShipmentItem;
import com.ascendelements.portal.shipping.ShipmentLot;
import com.ascendelements.portal.shipping.ShipmentOrder;
import com.ascendelements.portal.shipping.Weights;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The anti-corruption layer for inbound 856s: the HL tree (shipment > order > pack or tare > item) becomes a
 * ShipNotice with its orders, lots and items. The sender is the shipper, the receiver the buyer whose purchase
 * orders (PRF01) the shipment fills; TD1/MEA weights, TD5 carrier, REF BM bill of lading, REF LT lot numbers, LIN
 * material codes, SN1 quantities and LH1 UN numbers are read; codes we do not trade in are refused, not guessed.
 *
 * <p>The anti-corruption layer for outbound 856s: a ship notice as the message with the HL hierarchy shipment (S) &gt;
 * order (O) &gt; lot (P) &gt; item (I). The shipment carries the carrier (TD5), bill of lading (REF BM), ship and
 * expected delivery dates (DTM 011, 017), ship-from and ship-to (N1 SF, ST) and its weights; each lot its number
 * (REF LT), packages and weights (TD1, MEA gross and net) and the UN number of dangerous goods (LH1); each item the
 * PO line, material and lot (LIN), and the quantity shipped (SN1).
 */
@ApplicationScoped
public class ShipNoticeTranslator {

    private static final String SHIPPED = "011";
    private static final String ESTIMATED_DELIVERY = "017";

    @Inject
    private ProductMaterials productMaterials;
    @Inject
    private PurchaseOrders orders;

    public ShipNotice toDomain(ShipNoticeMessage message, TradingPartner shipper, TradingPartner buyer) {
        String id = message.getShipmentId();
        if (id == null || id.isBlank()) {
            throw new TranslationException("BSN02: the shipment identification is missing");
        }
        HierarchicalLevel shipment = message.getLevels().stream().filter(l -> "S".equals(l.getLevelCode())).findFirst()
                .orElseThrow(() -> new TranslationException("Ship notice " + id + " has no shipment level (HL03 S)"));
        try {
            ShipNotice notice = new ShipNotice(id, shipper, buyer, shippedAt(message), estimatedDelivery(message, shipment),
                    carrier(shipment), reference(shipment.getReferences(), "BM"), weights(shipment, "shipment " + id));
            List<HierarchicalLevel> orderLevels = shipment.children().stream().filter(l -> "O".equals(l.getLevelCode())).toList();
            if (orderLevels.isEmpty()) {
                throw new TranslationException("Ship notice " + id + " names no purchase order (no HL order level)");
            }
            for (HierarchicalLevel orderLevel : orderLevels) {
                addOrder(notice, orderLevel, buyer, shipper);
            }
            return notice;
        } catch (IllegalArgumentException | IllegalStateException e) {
            throw new TranslationException("Ship notice " + id + ": " + e.getMessage());
        }
    }

    private void addOrder(ShipNotice notice, HierarchicalLevel level, TradingPartner buyer, TradingPartner shipper) {
        String poNumber = level.getPurchaseOrderNumber();
        if (poNumber == null) {
            throw new TranslationException("HL " + level.getId() + ": PRF01, the purchase order number, is missing");
        }
        PurchaseOrder order = orders.byNumber(buyer.id(), poNumber)
                .filter(o -> o.seller().id().equals(shipper.id()))
                .orElseThrow(() -> new TranslationException("PRF01: " + buyer.code() + " has no purchase order " + poNumber
                        + " from " + shipper.code()));
        ShipmentOrder shipmentOrder = notice.addOrder(poNumber, order);
        List<HierarchicalLevel> packs = level.children().stream()
                .filter(l -> "P".equals(l.getLevelCode()) || "T".equals(l.getLevelCode())).toList();
        if (packs.isEmpty()) {
            // items straight under the order: one lot for them, weighed by the order level
            addLot(shipmentOrder, level, notice.shipmentId() + "-" + level.getId(), level.children());
        }
        for (HierarchicalLevel pack : packs) {
            String lot = reference(pack.getReferences(), "LT");
            addLot(shipmentOrder, pack, lot == null ? notice.shipmentId() + "-" + pack.getId() : lot, pack.children());
        }
    }

    private void addLot(ShipmentOrder order, HierarchicalLevel pack, String lotNumber, List<HierarchicalLevel> children) {
        List<HierarchicalLevel> items = children.stream().filter(l -> "I".equals(l.getLevelCode())).toList();
        if (items.isEmpty()) {
            throw new TranslationException("Lot " + lotNumber + " has no items (HL03 I)");
        }
        Packaging packaging = pack.getPackaging().isEmpty() ? null : pack.getPackaging().get(0);
        int packages = packaging == null || packaging.getLadingQuantity() == null ? 1 : packaging.getLadingQuantity().intValue();
        String packagingCode = packaging == null || packaging.getPackagingCode() == null ? "PLT"
                : packaging.getPackagingCode().substring(0, Math.min(3, packaging.getPackagingCode().length()));
        ShipmentLot lot = order.addLot(lotNumber, packages, packagingCode, weightsOrItems(pack, items, "lot " + lotNumber),
                hazmat(items, lotNumber).orElse(null));
        for (HierarchicalLevel item : items) {
            lot.addItem(item.getLineNumber() == null ? item.getId() : item.getLineNumber(), material(item),
                    quantity(item.getQuantityShipped(), item.getQuantityUnitCode(), "SN1 of HL " + item.getId()));
        }
    }

    private Material material(HierarchicalLevel item) {
        return productMaterials.of(item.getProductIds(), "LIN of HL " + item.getId());
    }

    /** TD1 or MEA weights of the level, else the sum of its items' shipped masses. */
    private static Weights weightsOrItems(HierarchicalLevel level, List<HierarchicalLevel> items, String what) {
        Optional<Quantity> declared = gross(level, what);
        if (declared.isPresent()) {
            return Weights.ofGrossAndTare(declared.get(), Quantity.zero(declared.get().unit()));
        }
        Quantity sum = Quantity.zero(UnitOfMeasure.KILOGRAM);
        for (HierarchicalLevel item : items) {
            Quantity q = quantity(item.getQuantityShipped(), item.getQuantityUnitCode(), "SN1 of HL " + item.getId());
            if (!q.unit().isMass()) {
                throw new TranslationException("The " + what + " has no weight (TD1 or MEA WT) and its items are not counted in a mass");
            }
            sum = sum.plus(q.in(UnitOfMeasure.KILOGRAM));
        }
        return Weights.ofGrossAndTare(sum, Quantity.zero(UnitOfMeasure.KILOGRAM));
    }

    private static Weights weights(HierarchicalLevel level, String what) {
        Quantity gross = gross(level, what)
                .orElseThrow(() -> new TranslationException("The " + what + " has no gross weight (TD1 06-08 or MEA WT)"));
        return Weights.ofGrossAndTare(gross, Quantity.zero(gross.unit()));
    }

    private static Optional<Quantity> gross(HierarchicalLevel level, String what) {
        for (Packaging p : level.getPackaging()) {
            if (p.getWeight() != null) {
                return Optional.of(quantity(p.getWeight(), p.getWeightUnitCode(), "TD1 of the " + what));
            }
        }
        for (Measurement m : level.getMeasurements()) {
            if ("WT".equals(m.getQualifier()) || "G".equals(m.getQualifier())) {
                return Optional.of(quantity(m.getValue(), m.getUnitCode(), "MEA of the " + what));
            }
        }
        return Optional.empty();
    }

    /**
     * The lot's dangerous-goods data: the catalog's for its material (UN number, class, packing instruction). A UN
     * number in LH1 for a material the catalog has no hazmat data for is refused: we do not guess a hazard class.
     */
    private Optional<Hazmat> hazmat(List<HierarchicalLevel> items, String lotNumber) {
        for (HierarchicalLevel item : items) {
            Optional<Hazmat> known = material(item).hazmat();
            if (known.isPresent()) {
                return known;
            }
            Optional<String> declared = item.getHazardousMaterials().stream().map(HazardousMaterial::getIdentificationNumber)
                    .filter(un -> un != null && !un.isBlank()).findFirst();
            if (declared.isPresent()) {
                throw new TranslationException("LH1 of lot " + lotNumber + " declares " + declared.get()
                        + " for a material the catalog has no dangerous-goods data for");
            }
        }
        return Optional.empty();
    }

    private static Quantity quantity(BigDecimal amount, String unitCode, String where) {
        if (amount == null) {
            throw new TranslationException(where + ": the quantity is missing");
        }
        UnitOfMeasure unit = UnitCodes.toDomain(unitCode)
                .orElseThrow(() -> new TranslationException(where + ": unit code " + unitCode
                        + " is not one we trade in (KG, LB, MT, EA)"));
        return Quantity.of(amount, unit);
    }

    private static Carrier carrier(HierarchicalLevel shipment) {
        return shipment.getCarriers().stream().filter(c -> c.getCarrierCode() != null).findFirst()
                .map(c -> new Carrier(c.getCarrierCode(), c.getRouting(), c.getTransportationMethodCode()))
                .orElse(null);
    }

    private static OffsetDateTime shippedAt(ShipNoticeMessage message) {
        LocalDate date = message.getDates().stream().filter(d -> SHIPPED.equals(d.getQualifier()) && d.getDate() != null)
                .map(DateReference::getDate).findFirst().orElse(message.getShipmentDate());
        if (date == null) {
            throw new TranslationException("BSN03: the shipment date is missing");
        }
        return OffsetDateTime.of(date, time(message.getShipmentTime()), ZoneOffset.UTC);
    }

    private static LocalTime time(String hhmm) {
        return hhmm != null && hhmm.matches("\\d{4}.*")
                ? LocalTime.of(Math.min(Integer.parseInt(hhmm.substring(0, 2)), 23), Math.min(Integer.parseInt(hhmm.substring(2, 4)), 59))
                : LocalTime.MIDNIGHT;
    }

    private static LocalDate estimatedDelivery(ShipNoticeMessage message, HierarchicalLevel shipment) {
        return java.util.stream.Stream.concat(message.getDates().stream(), shipment.getDates().stream())
                .filter(d -> ESTIMATED_DELIVERY.equals(d.getQualifier()) && d.getDate() != null)
                .map(DateReference::getDate).findFirst().orElse(null);
    }

    private static String reference(List<Reference> references, String qualifier) {
        return references.stream().filter(r -> qualifier.equals(r.getQualifier()) && r.getValue() != null)
                .map(Reference::getValue).findFirst().orElse(null);
    }

    // ---- outbound: the domain to the message ----
    private static final DateTimeFormatter HHMM = DateTimeFormatter.ofPattern("HHmm");
    private static final Map<String, String> TRANSPORT_METHODS = Map.of("TRUCK", "M", "RAIL", "R", "OCEAN", "S", "AIR", "A");
    private static final String PACKAGE = "PK";

    public static ShipNoticeMessage toMessage(ShipNotice notice) {
        ShipNoticeMessage message = new ShipNoticeMessage();
        message.setShipmentId(notice.shipmentId());
        message.setShipmentDate(notice.shippedAt().toLocalDate());
        message.setShipmentTime(notice.shippedAt().format(HHMM));
        if (notice.expectedDeliveryDate() != null) {
            message.getDates().add(new DateReference("017", notice.expectedDeliveryDate()));
        }
        List<HierarchicalLevel> levels = message.getLevels();
        HierarchicalLevel shipment = level(levels, null, "S");
        List<ShipmentLot> allLots = notice.orders().stream().flatMap(o -> o.lots().stream()).toList();
        List<String> codes = allLots.stream().map(ShipmentLot::packagingCode).distinct().toList();
        if (codes.size() == 1 && codes.get(0) != null) {
            // the validator cannot read a TD1 without its packaging code: a shipment of mixed packages has none
            shipment.getPackaging().add(packaging(codes.get(0), allLots.stream().mapToInt(ShipmentLot::packageCount).sum(), "G",
                    notice.weights().gross()));
        }
        shipment.getMeasurements().addAll(weights(notice.weights()));
        if (notice.carrier() != null) {
            CarrierDetail carrier = new CarrierDetail();
            carrier.setRoutingSequenceCode("O");
            carrier.setIdQualifier(notice.carrier().scac() == null ? null : "2");
            carrier.setCarrierCode(notice.carrier().scac());
            carrier.setTransportationMethodCode(TRANSPORT_METHODS.get(notice.carrier().transportMode()));
            carrier.setRouting(X12Text.plain(notice.carrier().name()));
            shipment.getCarriers().add(carrier);
        }
        if (notice.billOfLading() != null) {
            shipment.getReferences().add(new Reference("BM", notice.billOfLading()));
        }
        shipment.getDates().add(new DateReference("011", notice.shippedAt().toLocalDate()));
        shipment.getParties().add(X12Text.party("SF", notice.shipper()));
        shipment.getParties().add(X12Text.party("ST", notice.receiver()));
        for (ShipmentOrder order : notice.orders()) {
            HierarchicalLevel orderLevel = level(levels, shipment, "O");
            orderLevel.setPurchaseOrderNumber(order.poNumber());
            order.purchaseOrder().ifPresent(po -> orderLevel.setPurchaseOrderDate(po.orderDate()));
            for (ShipmentLot lot : order.lots()) {
                HierarchicalLevel lotLevel = level(levels, orderLevel, "P");
                lotLevel.getPackaging().add(packaging(lot.packagingCode(), lot.packageCount(), "G", lot.weights().gross()));
                lotLevel.getMeasurements().addAll(weights(lot.weights()));
                lotLevel.getReferences().add(new Reference("LT", lot.lotNumber()));
                lot.hazmat().ifPresent(h -> lotLevel.getHazardousMaterials().add(hazardous(h.unNumber(), lot.packageCount())));
                for (ShipmentItem item : lot.items()) {
                    HierarchicalLevel itemLevel = level(levels, lotLevel, "I");
                    itemLevel.setLineNumber(item.poLineNumber());
                    itemLevel.getProductIds().add(new ProductId("VP", item.material().code()));
                    itemLevel.getProductIds().add(new ProductId("LT", lot.lotNumber()));
                    itemLevel.setQuantityShipped(item.quantity().amount().stripTrailingZeros());
                    itemLevel.setQuantityUnitCode(UnitCodes.toX12(item.quantity().unit()));
                    itemLevel.setDescription(X12Text.plain(item.material().name()));
                }
            }
        }
        return message;
    }

    private static HierarchicalLevel level(List<HierarchicalLevel> levels, HierarchicalLevel parent, String code) {
        HierarchicalLevel level = new HierarchicalLevel();
        level.setId(String.valueOf(levels.size() + 1));
        level.setParentId(parent == null ? null : parent.getId());
        level.setLevelCode(code);
        levels.add(level);
        return level;
    }

    private static Packaging packaging(String code, int count, String weightQualifier, Quantity weight) {
        Packaging packaging = new Packaging();
        packaging.setPackagingCode(code);
        packaging.setLadingQuantity(BigDecimal.valueOf(count));
        packaging.setWeightQualifier(weightQualifier);
        packaging.setWeight(weight.amount().stripTrailingZeros());
        packaging.setWeightUnitCode(UnitCodes.toX12(weight.unit()));
        return packaging;
    }

    /** MEA PD G (gross) and PD N (net); the tare is the difference. */
    private static List<Measurement> weights(Weights weights) {
        return List.of(measurement("G", weights.gross()), measurement("N", weights.net()));
    }

    private static Measurement measurement(String qualifier, Quantity weight) {
        Measurement m = new Measurement();
        m.setReferenceCode("PD");
        m.setQualifier(qualifier);
        m.setValue(weight.amount().stripTrailingZeros());
        m.setUnitCode(UnitCodes.toX12(weight.unit()));
        return m;
    }

    private static HazardousMaterial hazardous(String unNumber, int packages) {
        HazardousMaterial h = new HazardousMaterial();
        h.setUnitCode(PACKAGE);
        h.setLadingQuantity(BigDecimal.valueOf(packages));
        h.setIdentificationNumber(unNumber);
        return h;
    }
}
