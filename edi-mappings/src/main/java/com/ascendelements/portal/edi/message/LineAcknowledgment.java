package com.ascendelements.portal.edi.message;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * An ACK segment: line item status (IA accepted, IC accepted with changes, IR rejected, IB back-ordered,
 * IP price changed, IQ quantity changed, ...), the quantity it applies to and a schedule date.
 */
public class LineAcknowledgment {

    private String statusCode;
    private BigDecimal quantity;
    private String unitCode;
    private String dateQualifier;
    private LocalDate date;

    /** Creates an empty acknowledgment (for binding). */
    public LineAcknowledgment() {
    }

    /** Creates an acknowledgment of a quantity with a status. */
    public LineAcknowledgment(String statusCode, BigDecimal quantity, String unitCode) {
        this.statusCode = statusCode;
        this.quantity = quantity;
        this.unitCode = unitCode;
    }

    /** ACK01 line item status code. */
    public String getStatusCode() {
        return statusCode;
    }

    public void setStatusCode(String statusCode) {
        this.statusCode = statusCode;
    }

    /** ACK02 quantity. */
    public BigDecimal getQuantity() {
        return quantity;
    }

    public void setQuantity(BigDecimal quantity) {
        this.quantity = quantity;
    }

    /** ACK03 unit of measure. */
    public String getUnitCode() {
        return unitCode;
    }

    public void setUnitCode(String unitCode) {
        this.unitCode = unitCode;
    }

    /** ACK04 date/time qualifier, e.g. 068 current schedule ship, 067 current schedule delivery. */
    public String getDateQualifier() {
        return dateQualifier;
    }

    public void setDateQualifier(String dateQualifier) {
        this.dateQualifier = dateQualifier;
    }

    /** ACK05 date. */
    public LocalDate getDate() {
        return date;
    }

    public void setDate(LocalDate date) {
        this.date = date;
    }
}
