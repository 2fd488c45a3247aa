package com.ascendelements.portal.shipping;

import com.ascendelements.portal.common.Quantity;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Embedded;
import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;

/**
 * A shipment received as a whole, before receipts were recorded per lot and line ({@link LotReceipt}): when it
 * arrived, the net weight on our scale, and any remark. Kept for the shipments recorded that way; new receipts are
 * recorded per lot.
 */
@Embeddable
public class Receipt {

    /** Weight franchise: a difference up to 0.25 % of the declared net weight is not a discrepancy. */
    public static final BigDecimal WEIGHT_FRANCHISE = new BigDecimal("0.0025");

    @Column(name = "received_on")
    private LocalDate receivedOn;

    @Embedded
    @AttributeOverride(name = "amount", column = @Column(name = "received_net_weight"))
    @AttributeOverride(name = "unit", column = @Column(name = "received_net_weight_unit"))
    private Quantity receivedNet;

    @Column(name = "receipt_note", length = 1000)
    private String note;

    @Column(name = "received_by", length = 100)
    private String receivedBy;

    protected Receipt() {
        // JPA
    }

    /** Whether a received quantity differs from the declared one by more than the weight franchise. */
    static boolean differs(Quantity received, Quantity declared) {
        BigDecimal expected = declared.amount();
        if (expected.signum() == 0) {
            return received.isPositive();
        }
        BigDecimal difference = received.in(declared.unit()).amount().subtract(expected).abs();
        return difference.divide(expected, MathContext.DECIMAL64).compareTo(WEIGHT_FRANCHISE) > 0;
    }

    /** Received minus declared net weight, in the unit of the declaration. */
    public Quantity differenceTo(Quantity declaredNet) {
        return receivedNet.in(declaredNet.unit()).minus(declaredNet);
    }

    public LocalDate receivedOn() {
        return receivedOn;
    }

    public Quantity receivedNet() {
        return receivedNet;
    }

    public String note() {
        return note;
    }

    public String receivedBy() {
        return receivedBy;
    }
}
