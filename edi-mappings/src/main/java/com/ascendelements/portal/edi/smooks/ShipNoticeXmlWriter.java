package com.ascendelements.portal.edi.smooks;

import com.ascendelements.portal.edi.translation.X12TranslationException;

import com.ascendelements.portal.edi.message.CarrierDetail;
import com.ascendelements.portal.edi.message.HazardousMaterial;
import com.ascendelements.portal.edi.message.HierarchicalLevel;
import com.ascendelements.portal.edi.message.Packaging;
import com.ascendelements.portal.edi.message.Party;
import com.ascendelements.portal.edi.message.ProductId;
import com.ascendelements.portal.edi.message.ShipNoticeMessage;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * 856: BSN, header DTMs, then each HL level in the given order with its segments in the usual 856 order
 * (LIN, SN1, PRF, PID, MEA, TD1, TD5, REF, LH1, DTM, N1), then CTT with the number of HL segments.
 * HL01 is numbered when missing; HL04 is computed from the parent ids.
 */
final class ShipNoticeXmlWriter implements TransactionSetXmlWriter<ShipNoticeMessage> {

    @Override
    public Class<ShipNoticeMessage> messageType() {
        return ShipNoticeMessage.class;
    }

    @Override
    public String rootElement() {
        return "ShipNotice";
    }

    @Override
    public void writeBody(ShipNoticeMessage notice, InterchangeXmlBuilder xml) {
        xml.segment("BSN", notice.getPurposeCode(), notice.getShipmentId(), notice.getShipmentDate(),
                notice.getShipmentTime(), notice.getHierarchicalStructureCode());
        xml.dates("HeaderSegment", notice.getDates());
        List<String> ids = new ArrayList<>();
        Set<String> parents = new HashSet<>();
        for (int i = 0; i < notice.getLevels().size(); i++) {
            HierarchicalLevel level = notice.getLevels().get(i);
            String id = level.getId() != null ? level.getId() : String.valueOf(i + 1);
            if (level.getParentId() != null && !ids.contains(level.getParentId())) {
                throw new X12TranslationException("HL " + id + ": parent " + level.getParentId()
                        + " is not an earlier level");
            }
            ids.add(id);
            if (level.getParentId() != null) {
                parents.add(level.getParentId());
            }
        }
        for (int i = 0; i < notice.getLevels().size(); i++) {
            writeLevel(notice.getLevels().get(i), ids.get(i), parents.contains(ids.get(i)), xml);
        }
        xml.start("CTTLoop").segment("CTT", notice.getLevels().size()).end();
    }

    private static void writeLevel(HierarchicalLevel level, String id, boolean hasChildren, InterchangeXmlBuilder xml) {
        xml.start("HLLoop");
        xml.segment("HL", id, level.getParentId(), level.getLevelCode(), hasChildren ? "1" : "0");
        if (level.getLineNumber() != null || !level.getProductIds().isEmpty()) {
            xml.wrapped("HLSegment", "LIN", ProductId.elements(level.getProductIds(), level.getLineNumber()));
        }
        if (level.getQuantityShipped() != null) {
            xml.wrapped("HLSegment", "SN1", null, level.getQuantityShipped(), level.getQuantityUnitCode());
        }
        if (level.getPurchaseOrderNumber() != null) {
            xml.wrapped("HLSegment", "PRF", level.getPurchaseOrderNumber(), null, null,
                    level.getPurchaseOrderDate());
        }
        xml.description("HLSegment", level.getDescription()).measurements("HLSegment", level.getMeasurements());
        for (Packaging packaging : level.getPackaging()) {
            xml.wrapped("HLSegment", "TD1", packaging.getPackagingCode(), packaging.getLadingQuantity(),
                    packaging.getCommodityCodeQualifier(), packaging.getCommodityCode(),
                    packaging.getLadingDescription(), packaging.getWeightQualifier(), packaging.getWeight(),
                    packaging.getWeightUnitCode());
        }
        for (CarrierDetail carrier : level.getCarriers()) {
            xml.wrapped("HLSegment", "TD5", carrier.getRoutingSequenceCode(), carrier.getIdQualifier(),
                    carrier.getCarrierCode(), carrier.getTransportationMethodCode(), carrier.getRouting());
        }
        xml.references("HLSegment", level.getReferences());
        for (HazardousMaterial hazmat : level.getHazardousMaterials()) {
            xml.wrapped("HLSegment", "LH1", hazmat.getUnitCode(), hazmat.getLadingQuantity(),
                    hazmat.getIdentificationNumber(), hazmat.getPage(), hazmat.getCommodityCode());
        }
        xml.dates("HLSegment", level.getDates());
        for (Party party : level.getParties()) {
            xml.wrapped("HLSegment", "N1", party.getEntityCode(), party.getName(), party.getIdQualifier(),
                    party.getId());
        }
        xml.end();
    }
}
