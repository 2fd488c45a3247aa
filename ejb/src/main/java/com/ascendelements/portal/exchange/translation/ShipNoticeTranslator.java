package com.ascendelements.portal.exchange.translation;

import com.ascendelements.portal.common.Quantity;
import com.ascendelements.portal.edi.message.CarrierDetail;
import com.ascendelements.portal.edi.message.DateReference;
import com.ascendelements.portal.edi.message.HazardousMaterial;
import com.ascendelements.portal.edi.message.HierarchicalLevel;
import com.ascendelements.portal.edi.message.Measurement;
import com.ascendelements.portal.edi.message.Packaging;
import com.ascendelements.portal.edi.message.ProductId;
import com.ascendelements.portal.edi.message.Reference;
import com.ascendelements.portal.edi.message.ShipNoticeMessage;
import com.ascendelements.portal.shipping.ShipNotice;
import com.ascendelements.portal.shipping.ShipmentItem;
import com.ascendelements.portal.shipping.ShipmentLot;
import com.ascendelements.portal.shipping.ShipmentOrder;
import com.ascendelements.portal.shipping.Weights;
import java.math.BigDecimal;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;

/**
 * The anti-corruption layer for outbound 856s: a ship notice as the message with the HL hierarchy shipment (S) &gt;
 * order (O) &gt; lot (P) &gt; item (I). The shipment carries the carrier (TD5), bill of lading (REF BM), ship and
 * expected delivery dates (DTM 011, 017), ship-from and ship-to (N1 SF, ST) and its weights; each lot its number
 * (REF LT), packages and weights (TD1, MEA gross and net) and the UN number of dangerous goods (LH1); each item the
 * PO line, material and lot (LIN), and the quantity shipped (SN1).
 */
public final class ShipNoticeTranslator {

    private static final DateTimeFormatter HHMM = DateTimeFormatter.ofPattern("HHmm");
    private static final Map<String, String> TRANSPORT_METHODS = Map.of("TRUCK", "M", "RAIL", "R", "OCEAN", "S", "AIR", "A");
    private static final String PACKAGE = "PK";

    private ShipNoticeTranslator() {
    }

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
