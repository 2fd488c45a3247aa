package com.ascendelements.portal.edi.message;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * An 850 Purchase Order as received: EcoPro ordering cathode material from Ascend, or Ascend ordering scrap
 * from a supplier. Field names follow the business meaning; the javadoc names the X12 element.
 */
public class PurchaseOrderMessage extends X12Message {

    private String purposeCode;
    private String orderTypeCode;
    private String purchaseOrderNumber;
    private String releaseNumber;
    private LocalDate orderDate;
    private String currencyCode;
    private List<Reference> references = new ArrayList<>();
    private List<DateReference> dates = new ArrayList<>();
    private List<Party> parties = new ArrayList<>();
    private List<PurchaseOrderLine> lines = new ArrayList<>();
    private Integer lineItemCount;
    private BigDecimal hashTotal;

    /** BEG01 transaction set purpose: 00 original, 01 cancellation, 05 replace, 07 duplicate. */
    public String getPurposeCode() {
        return purposeCode;
    }

    public void setPurposeCode(String purposeCode) {
        this.purposeCode = purposeCode;
    }

    /** BEG02 purchase order type: SA stand-alone, BK blanket, RL release, KN purchase order. */
    public String getOrderTypeCode() {
        return orderTypeCode;
    }

    public void setOrderTypeCode(String orderTypeCode) {
        this.orderTypeCode = orderTypeCode;
    }

    /** BEG03. */
    public String getPurchaseOrderNumber() {
        return purchaseOrderNumber;
    }

    public void setPurchaseOrderNumber(String purchaseOrderNumber) {
        this.purchaseOrderNumber = purchaseOrderNumber;
    }

    /** BEG04 release number (blanket orders). */
    public String getReleaseNumber() {
        return releaseNumber;
    }

    public void setReleaseNumber(String releaseNumber) {
        this.releaseNumber = releaseNumber;
    }

    /** BEG05. */
    public LocalDate getOrderDate() {
        return orderDate;
    }

    public void setOrderDate(LocalDate orderDate) {
        this.orderDate = orderDate;
    }

    /** CUR02 (with CUR01 = BY, the buyer's currency). */
    public String getCurrencyCode() {
        return currencyCode;
    }

    public void setCurrencyCode(String currencyCode) {
        this.currencyCode = currencyCode;
    }

    /** Header REF segments, e.g. CT contract number. */
    public List<Reference> getReferences() {
        return references;
    }

    public void setReferences(List<Reference> references) {
        this.references = references;
    }

    /** Header DTM segments. */
    public List<DateReference> getDates() {
        return dates;
    }

    public void setDates(List<DateReference> dates) {
        this.dates = dates;
    }

    /** Header N1 loops. */
    public List<Party> getParties() {
        return parties;
    }

    public void setParties(List<Party> parties) {
        this.parties = parties;
    }

    /** PO1 loops. */
    public List<PurchaseOrderLine> getLines() {
        return lines;
    }

    public void setLines(List<PurchaseOrderLine> lines) {
        this.lines = lines;
    }

    /** CTT01 number of line items as the sender counted them. */
    public Integer getLineItemCount() {
        return lineItemCount;
    }

    public void setLineItemCount(Integer lineItemCount) {
        this.lineItemCount = lineItemCount;
    }

    /** CTT02 hash total (usually the sum of PO102 quantities). */
    public BigDecimal getHashTotal() {
        return hashTotal;
    }

    public void setHashTotal(BigDecimal hashTotal) {
        this.hashTotal = hashTotal;
    }

    /** The party with N101 = BY, or {@code null}. */
    public Party buyer() {
        return party("BY");
    }

    /** The party with N101 = SE (seller), else SU (supplier), or {@code null}. */
    public Party seller() {
        Party seller = party("SE");
        return seller != null ? seller : party("SU");
    }

    /** The first party with this N101 entity code, or {@code null}. */
    public Party party(String entityCode) {
        return parties.stream().filter(p -> entityCode.equals(p.getEntityCode())).findFirst().orElse(null);
    }
}
