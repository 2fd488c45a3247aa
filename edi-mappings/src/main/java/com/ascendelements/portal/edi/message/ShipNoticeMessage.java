package com.ascendelements.portal.edi.message;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * An 856 Ship Notice/Manifest: what left on which truck, for which order, in which packs and lots.
 * Ascend sends it to EcoPro for each shipment of cathode material; scrap suppliers send it to Ascend
 * (with LH1 hazmat for batteries). The HL levels are kept flat in message order; {@link #shipment()} gives
 * the tree Shipment &gt; Order &gt; Pack &gt; Item.
 */
public class ShipNoticeMessage extends X12Message {

    private String purposeCode = "00";
    private String shipmentId;
    private LocalDate shipmentDate;
    private String shipmentTime;
    private String hierarchicalStructureCode = "0001";
    private List<DateReference> dates = new ArrayList<>();
    private List<HierarchicalLevel> levels = new ArrayList<>();
    private Integer lineItemCount;

    /** BSN01 transaction set purpose: 00 original, 01 cancellation, 05 replace. */
    public String getPurposeCode() {
        return purposeCode;
    }

    public void setPurposeCode(String purposeCode) {
        this.purposeCode = purposeCode;
    }

    /** BSN02 the shipper's shipment identification. */
    public String getShipmentId() {
        return shipmentId;
    }

    public void setShipmentId(String shipmentId) {
        this.shipmentId = shipmentId;
    }

    /** BSN03. */
    public LocalDate getShipmentDate() {
        return shipmentDate;
    }

    public void setShipmentDate(LocalDate shipmentDate) {
        this.shipmentDate = shipmentDate;
    }

    /** BSN04 HHMM. */
    public String getShipmentTime() {
        return shipmentTime;
    }

    public void setShipmentTime(String shipmentTime) {
        this.shipmentTime = shipmentTime;
    }

    /** BSN05 hierarchical structure code, 0001 = shipment, order, packaging, item. */
    public String getHierarchicalStructureCode() {
        return hierarchicalStructureCode;
    }

    public void setHierarchicalStructureCode(String hierarchicalStructureCode) {
        this.hierarchicalStructureCode = hierarchicalStructureCode;
    }

    /** DTM segments before the first HL (e.g. 017 estimated delivery). */
    public List<DateReference> getDates() {
        return dates;
    }

    public void setDates(List<DateReference> dates) {
        this.dates = dates;
    }

    /** All HL levels in message order. */
    public List<HierarchicalLevel> getLevels() {
        return levels;
    }

    public void setLevels(List<HierarchicalLevel> levels) {
        this.levels = levels;
    }

    /** CTT01 as read (number of HL segments); computed when writing. */
    public Integer getLineItemCount() {
        return lineItemCount;
    }

    public void setLineItemCount(Integer lineItemCount) {
        this.lineItemCount = lineItemCount;
    }

    /** The shipment level (HL03 = S, or the first level without a parent), or {@code null}. */
    public HierarchicalLevel shipment() {
        return levels.stream().filter(l -> "S".equals(l.getLevelCode())).findFirst()
                .orElse(levels.stream().filter(l -> l.getParentId() == null).findFirst().orElse(null));
    }

    /** The levels with this HL03 code, in message order. */
    public List<HierarchicalLevel> levels(String levelCode) {
        return levels.stream().filter(l -> levelCode.equals(l.getLevelCode())).toList();
    }
}
