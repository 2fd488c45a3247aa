package com.ascendelements.portal.edi.x12;

import com.ascendelements.portal.edi.message.CarrierDetail;
import com.ascendelements.portal.edi.message.HazardousMaterial;
import com.ascendelements.portal.edi.message.HierarchicalLevel;
import com.ascendelements.portal.edi.message.Packaging;
import com.ascendelements.portal.edi.message.ShipNoticeMessage;
import java.util.HashMap;
import java.util.Map;

/**
 * Reads the 856 ship notices of a file into {@link ShipNoticeMessage}s with StAEDI's streaming reader (004010 and
 * 005010, any delimiters), binding what the Smooks translation binds: BSN, header DTM, every HL level with TD1, TD5,
 * REF, DTM, PRF, LIN, SN1, MEA, LH1, PID and N1, and CTT. Levels keep message order and are linked to their parent
 * (HL02). Validity is the {@link InterchangeValidator}'s business, so call it first.
 *
 * <p>Thread-safe: no state between calls.
 */
public final class ShipNoticeReader extends TransactionSetReader<ShipNoticeMessage> {

    public ShipNoticeReader() {
        super("856", ShipNoticeMapper::new);
    }

    private static final class ShipNoticeMapper extends SegmentMapping.SetMapper<ShipNoticeMessage> {
        private HierarchicalLevel level;
        private boolean summary;

        ShipNoticeMapper() {
            super(new ShipNoticeMessage());
        }

        @Override
        void segment(SegmentMapping.Segment s) {
            if (summary) {
                return;  // nothing after CTT is bound
            }
            switch (s.tag()) {
                case "BSN" -> {
                    message.setPurposeCode(s.e(1));
                    message.setShipmentId(s.e(2));
                    message.setShipmentDate(s.date(3));
                    message.setShipmentTime(s.e(4));
                    message.setHierarchicalStructureCode(s.e(5));
                }
                case "HL" -> {
                    level = new HierarchicalLevel();
                    level.setId(s.e(1));
                    level.setParentId(s.e(2));
                    level.setLevelCode(s.e(3));
                    level.setChildCode(s.e(4));
                    message.getLevels().add(level);
                }
                case "CTT" -> {
                    summary = true;
                    message.setLineItemCount(s.integer(1));
                }
                case "DTM" -> (level == null ? message.getDates() : level.getDates()).add(s.dateReference());
                default -> {
                    if (level != null) {
                        levelSegment(s, level);
                    }
                }
            }
        }

        private static void levelSegment(SegmentMapping.Segment s, HierarchicalLevel level) {
            switch (s.tag()) {
                case "TD1" -> level.getPackaging().add(packaging(s));
                case "TD5" -> level.getCarriers().add(carrier(s));
                case "REF" -> level.getReferences().add(s.reference());
                case "PRF" -> {
                    SegmentMapping.set(s.e(1), level::setPurchaseOrderNumber);
                    SegmentMapping.set(s.date(4), level::setPurchaseOrderDate);
                }
                case "LIN" -> {
                    SegmentMapping.set(s.e(1), level::setLineNumber);
                    s.productIds(2, 5, level.getProductIds());
                }
                case "SN1" -> {
                    SegmentMapping.set(s.number(2), level::setQuantityShipped);
                    SegmentMapping.set(s.e(3), level::setQuantityUnitCode);
                }
                case "MEA" -> level.getMeasurements().add(s.measurement());
                case "LH1" -> level.getHazardousMaterials().add(hazardousMaterial(s));
                case "PID" -> SegmentMapping.set(s.e(5), level::setDescription);
                case "N1" -> level.getParties().add(s.party());
                default -> {
                    // N3/N4 under a level and other segments are read and not bound (as in the Smooks translation)
                }
            }
        }

        /** Links each level to its parent, as the Smooks translation does after binding. */
        @Override
        void end() {
            Map<String, HierarchicalLevel> byId = new HashMap<>();
            for (HierarchicalLevel l : message.getLevels()) {
                HierarchicalLevel parent = l.getParentId() == null ? null : byId.get(l.getParentId());
                if (parent != null) {
                    parent.children().add(l);
                }
                if (l.getId() != null) {
                    byId.put(l.getId(), l);
                }
            }
        }

        private static Packaging packaging(SegmentMapping.Segment s) {
            Packaging packaging = new Packaging();
            packaging.setPackagingCode(s.e(1));
            packaging.setLadingQuantity(s.number(2));
            packaging.setCommodityCodeQualifier(s.e(3));
            packaging.setCommodityCode(s.e(4));
            packaging.setLadingDescription(s.e(5));
            packaging.setWeightQualifier(s.e(6));
            packaging.setWeight(s.number(7));
            packaging.setWeightUnitCode(s.e(8));
            return packaging;
        }

        private static CarrierDetail carrier(SegmentMapping.Segment s) {
            CarrierDetail carrier = new CarrierDetail();
            carrier.setRoutingSequenceCode(s.e(1));
            carrier.setIdQualifier(s.e(2));
            carrier.setCarrierCode(s.e(3));
            carrier.setTransportationMethodCode(s.e(4));
            carrier.setRouting(s.e(5));
            return carrier;
        }

        private static HazardousMaterial hazardousMaterial(SegmentMapping.Segment s) {
            HazardousMaterial hazmat = new HazardousMaterial();
            hazmat.setUnitCode(s.e(1));
            hazmat.setLadingQuantity(s.number(2));
            hazmat.setIdentificationNumber(s.e(3));
            hazmat.setPage(s.e(4));
            hazmat.setCommodityCode(s.e(5));
            return hazmat;
        }
    }
}
