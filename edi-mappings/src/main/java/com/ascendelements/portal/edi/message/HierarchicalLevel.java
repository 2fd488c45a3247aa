package com.ascendelements.portal.edi.message;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * One HL of an 856 with the segments under it. Levels: S shipment, O order, P pack/lot (tare), I item. Reading
 * keeps them flat in message order (getLevels of ShipNoticeMessage) and links each to its parent via HL02;
 * children() gives the tree. Writing uses the flat list: id may be left null (numbered 1, 2, ... in order),
 * parentId must name an earlier level, HL04 is computed.
 */
public class HierarchicalLevel {

    private String id;
    private String parentId;
    private String levelCode;
    private String childCode;
    private String purchaseOrderNumber;
    private LocalDate purchaseOrderDate;
    private String lineNumber;
    private List<ProductId> productIds = new ArrayList<>();
    private BigDecimal quantityShipped;
    private String quantityUnitCode;
    private String description;
    private List<Packaging> packaging = new ArrayList<>();
    private List<CarrierDetail> carriers = new ArrayList<>();
    private List<Reference> references = new ArrayList<>();
    private List<DateReference> dates = new ArrayList<>();
    private List<Measurement> measurements = new ArrayList<>();
    private List<HazardousMaterial> hazardousMaterials = new ArrayList<>();
    private List<Party> parties = new ArrayList<>();
    private final List<HierarchicalLevel> children = new ArrayList<>();

    /** HL01 hierarchical id. */
    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    /** HL02 id of the parent level; null for the shipment. */
    public String getParentId() {
        return parentId;
    }

    public void setParentId(String parentId) {
        this.parentId = parentId;
    }

    /** HL03: S, O, P (or T tare), I. */
    public String getLevelCode() {
        return levelCode;
    }

    public void setLevelCode(String levelCode) {
        this.levelCode = levelCode;
    }

    /** HL04 as read: 1 has children, 0 has none. */
    public String getChildCode() {
        return childCode;
    }

    public void setChildCode(String childCode) {
        this.childCode = childCode;
    }

    /** PRF01 (order level). */
    public String getPurchaseOrderNumber() {
        return purchaseOrderNumber;
    }

    public void setPurchaseOrderNumber(String purchaseOrderNumber) {
        this.purchaseOrderNumber = purchaseOrderNumber;
    }

    /** PRF04 (order level). */
    public LocalDate getPurchaseOrderDate() {
        return purchaseOrderDate;
    }

    public void setPurchaseOrderDate(LocalDate purchaseOrderDate) {
        this.purchaseOrderDate = purchaseOrderDate;
    }

    /** LIN01 (item level), usually the PO line number. */
    public String getLineNumber() {
        return lineNumber;
    }

    public void setLineNumber(String lineNumber) {
        this.lineNumber = lineNumber;
    }

    /** LIN02/LIN03, ... pairs (VP vendor part, LT lot number, ...). */
    public List<ProductId> getProductIds() {
        return productIds;
    }

    public void setProductIds(List<ProductId> productIds) {
        this.productIds = productIds;
    }

    /** SN102 (item level). */
    public BigDecimal getQuantityShipped() {
        return quantityShipped;
    }

    public void setQuantityShipped(BigDecimal quantityShipped) {
        this.quantityShipped = quantityShipped;
    }

    /** SN103. */
    public String getQuantityUnitCode() {
        return quantityUnitCode;
    }

    public void setQuantityUnitCode(String quantityUnitCode) {
        this.quantityUnitCode = quantityUnitCode;
    }

    /** PID05. */
    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    /** TD1 segments. */
    public List<Packaging> getPackaging() {
        return packaging;
    }

    public void setPackaging(List<Packaging> packaging) {
        this.packaging = packaging;
    }

    /** TD5 segments. */
    public List<CarrierDetail> getCarriers() {
        return carriers;
    }

    public void setCarriers(List<CarrierDetail> carriers) {
        this.carriers = carriers;
    }

    /** REF segments (BM bill of lading, LT lot, CN carrier reference, ...). */
    public List<Reference> getReferences() {
        return references;
    }

    public void setReferences(List<Reference> references) {
        this.references = references;
    }

    /** DTM segments (011 shipped, 017 estimated delivery). */
    public List<DateReference> getDates() {
        return dates;
    }

    public void setDates(List<DateReference> dates) {
        this.dates = dates;
    }

    /** MEA segments (weights, assay values). */
    public List<Measurement> getMeasurements() {
        return measurements;
    }

    public void setMeasurements(List<Measurement> measurements) {
        this.measurements = measurements;
    }

    /** LH1 segments. */
    public List<HazardousMaterial> getHazardousMaterials() {
        return hazardousMaterials;
    }

    public void setHazardousMaterials(List<HazardousMaterial> hazardousMaterials) {
        this.hazardousMaterials = hazardousMaterials;
    }

    /** N1 segments (SF ship-from, ST ship-to); N3/N4 under an HL are not bound. */
    public List<Party> getParties() {
        return parties;
    }

    public void setParties(List<Party> parties) {
        this.parties = parties;
    }

    /** The levels whose parent is this level (built from HL02 after reading; empty until then). */
    public List<HierarchicalLevel> children() {
        return children;
    }
}
