package com.ascendelements.portal.invoicing;

import com.ascendelements.portal.common.Quantity;
import com.ascendelements.portal.shipping.LotReceipt;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.util.Objects;

/** What an invoice line billed of one receipt; what is allocated here cannot be billed by another invoice. */
@Entity
@Table(name = "receipt_allocation")
public class ReceiptAllocation {

    @Id
    @SequenceGenerator(name = "receipt_allocation_seq", sequenceName = "receipt_allocation_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "receipt_allocation_seq")
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "invoice_line_id")
    private InvoiceLine invoiceLine;

    @ManyToOne(optional = false)
    @JoinColumn(name = "lot_receipt_id")
    private LotReceipt receipt;

    @Embedded
    private Quantity quantity;

    protected ReceiptAllocation() {
        // JPA
    }

    ReceiptAllocation(InvoiceLine invoiceLine, LotReceipt receipt, Quantity quantity) {
        this.invoiceLine = invoiceLine;
        this.receipt = Objects.requireNonNull(receipt, "receipt");
        this.quantity = Objects.requireNonNull(quantity, "quantity");
    }

    public LotReceipt receipt() {
        return receipt;
    }

    public Quantity quantity() {
        return quantity;
    }
}
