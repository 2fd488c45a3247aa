package com.ascendelements.portal.reconciliation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;

/**
 * The running totals of one PO line: what shipped, arrived, was invoiced and approved of it, in the line's unit, and
 * the invoiced and approved money in the order's currency. Written only by {@link RunningTotals}, which works them out
 * from the documents ({@link LineTotals}) whenever one of them changes; the reconciliation reads them.
 */
@Entity
@Table(name = "line_figures")
public class LineFigures {

    @Id
    @Column(name = "purchase_order_line_id")
    private Long lineId;

    @Column(name = "purchase_order_id", nullable = false)
    private Long orderId;

    @Column(name = "shipped", precision = 19, scale = 4, nullable = false)
    private BigDecimal shipped;

    @Column(name = "received", precision = 19, scale = 4, nullable = false)
    private BigDecimal received;

    @Column(name = "invoiced", precision = 19, scale = 4, nullable = false)
    private BigDecimal invoiced;

    @Column(name = "approved", precision = 19, scale = 4, nullable = false)
    private BigDecimal approved;

    @Column(name = "invoiced_amount", precision = 19, scale = 4, nullable = false)
    private BigDecimal invoicedAmount;

    @Column(name = "approved_amount", precision = 19, scale = 4, nullable = false)
    private BigDecimal approvedAmount;

    protected LineFigures() {
        // JPA
    }

    LineFigures(long lineId, long orderId) {
        this.lineId = lineId;
        this.orderId = orderId;
    }

    /** Takes the totals worked out now; quantities are in the line's unit, money in the order's currency. */
    void update(LineTotals.Totals totals) {
        shipped = totals.shipped().amount();
        received = totals.received().amount();
        invoiced = totals.invoiced().amount();
        approved = totals.approved().amount();
        invoicedAmount = totals.invoicedAmount().amount();
        approvedAmount = totals.approvedAmount().amount();
    }

    Long lineId() {
        return lineId;
    }

    /** Whether these figures already say what the totals say (nothing to write). */
    boolean agreeWith(LineTotals.Totals totals) {
        return shipped != null && shipped.compareTo(totals.shipped().amount()) == 0 && received.compareTo(totals.received().amount()) == 0
                && invoiced.compareTo(totals.invoiced().amount()) == 0 && approved.compareTo(totals.approved().amount()) == 0
                && invoicedAmount.compareTo(totals.invoicedAmount().amount()) == 0
                && approvedAmount.compareTo(totals.approvedAmount().amount()) == 0;
    }

    @Override
    public String toString() {
        return "line " + lineId + ": shipped " + shipped + ", received " + received + ", invoiced " + invoiced + " (" + invoicedAmount
                + "), approved " + approved + " (" + approvedAmount + ")";
    }
}
