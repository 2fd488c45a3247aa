package com.ascendelements.portal.edi.message;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * An 810 Invoice: Ascend invoicing EcoPro for material shipped, or a supplier invoicing Ascend. Finance
 * matches its lines against receipts and PO lines (three-way match); provisional and final invoices are told
 * apart by the transaction type and purpose codes and by references.
 */
public class InvoiceMessage extends X12Message {

    private LocalDate invoiceDate;
    private String invoiceNumber;
    private LocalDate purchaseOrderDate;
    private String purchaseOrderNumber;
    private String releaseNumber;
    private String transactionTypeCode;
    private String purposeCode;
    private String currencyCode;
    private List<Reference> references = new ArrayList<>();
    private List<DateReference> dates = new ArrayList<>();
    private List<Party> parties = new ArrayList<>();
    private List<InvoiceLine> lines = new ArrayList<>();
    private BigDecimal totalAmount;
    private List<Charge> charges = new ArrayList<>();
    private Integer lineItemCount;

    /** BIG01. */
    public LocalDate getInvoiceDate() {
        return invoiceDate;
    }

    public void setInvoiceDate(LocalDate invoiceDate) {
        this.invoiceDate = invoiceDate;
    }

    /** BIG02. */
    public String getInvoiceNumber() {
        return invoiceNumber;
    }

    public void setInvoiceNumber(String invoiceNumber) {
        this.invoiceNumber = invoiceNumber;
    }

    /** BIG03. */
    public LocalDate getPurchaseOrderDate() {
        return purchaseOrderDate;
    }

    public void setPurchaseOrderDate(LocalDate purchaseOrderDate) {
        this.purchaseOrderDate = purchaseOrderDate;
    }

    /** BIG04 the purchase order this invoice bills. */
    public String getPurchaseOrderNumber() {
        return purchaseOrderNumber;
    }

    public void setPurchaseOrderNumber(String purchaseOrderNumber) {
        this.purchaseOrderNumber = purchaseOrderNumber;
    }

    /** BIG05. */
    public String getReleaseNumber() {
        return releaseNumber;
    }

    public void setReleaseNumber(String releaseNumber) {
        this.releaseNumber = releaseNumber;
    }

    /** BIG07 transaction type: DI debit invoice, CR credit memo, DR debit memo, ... */
    public String getTransactionTypeCode() {
        return transactionTypeCode;
    }

    public void setTransactionTypeCode(String transactionTypeCode) {
        this.transactionTypeCode = transactionTypeCode;
    }

    /** BIG08 transaction set purpose: 00 original, 05 replace, ... */
    public String getPurposeCode() {
        return purposeCode;
    }

    public void setPurposeCode(String purposeCode) {
        this.purposeCode = purposeCode;
    }

    /** CUR02. */
    public String getCurrencyCode() {
        return currencyCode;
    }

    public void setCurrencyCode(String currencyCode) {
        this.currencyCode = currencyCode;
    }

    /** Header REF segments (e.g. BM bill of lading, PK packing list, CT contract). */
    public List<Reference> getReferences() {
        return references;
    }

    public void setReferences(List<Reference> references) {
        this.references = references;
    }

    /** Header DTM segments (e.g. 011 shipped). */
    public List<DateReference> getDates() {
        return dates;
    }

    public void setDates(List<DateReference> dates) {
        this.dates = dates;
    }

    /** N1 loops (RE remit-to, BT bill-to, SE seller, ...). */
    public List<Party> getParties() {
        return parties;
    }

    public void setParties(List<Party> parties) {
        this.parties = parties;
    }

    /** IT1 loops. */
    public List<InvoiceLine> getLines() {
        return lines;
    }

    public void setLines(List<InvoiceLine> lines) {
        this.lines = lines;
    }

    /** TDS01 total invoice amount (X12 sends it with two implied decimals; this is the amount itself). */
    public BigDecimal getTotalAmount() {
        return totalAmount;
    }

    public void setTotalAmount(BigDecimal totalAmount) {
        this.totalAmount = totalAmount;
    }

    /** SAC segments of the summary: charges and allowances on the whole invoice. */
    public List<Charge> getCharges() {
        return charges;
    }

    public void setCharges(List<Charge> charges) {
        this.charges = charges;
    }

    /** CTT01. */
    public Integer getLineItemCount() {
        return lineItemCount;
    }

    public void setLineItemCount(Integer lineItemCount) {
        this.lineItemCount = lineItemCount;
    }
}
