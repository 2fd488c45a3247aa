package com.ascendelements.portal.exchange;

import com.ascendelements.portal.purchasing.PurchaseOrder;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.util.Objects;

/**
 * One business document carried by an interchange: an 850 or 855 for a purchase order number, and the order it
 * created or answers when there is one.
 */
@Entity
@Table(name = "interchange_document")
public class InterchangeDocument {

    @Id
    @SequenceGenerator(name = "interchange_document_seq", sequenceName = "interchange_document_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "interchange_document_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "interchange_id")
    private Interchange interchange;

    /** ST01, e.g. 850. */
    @Column(name = "transaction_set", length = 6, nullable = false)
    private String transactionSet;

    /** ST02. */
    @Column(name = "set_control_number", length = 9)
    private String setControlNumber;

    /** The PO number (850, 855), shipment id (856) or invoice number (810). */
    @Column(name = "document_number", length = 50, nullable = false)
    private String documentNumber;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "purchase_order_id")
    private PurchaseOrder purchaseOrder;

    protected InterchangeDocument() {
        // JPA
    }

    public InterchangeDocument(Interchange interchange, String transactionSet, String setControlNumber, String documentNumber,
                               PurchaseOrder purchaseOrder) {
        this.interchange = Objects.requireNonNull(interchange);
        this.transactionSet = Objects.requireNonNull(transactionSet);
        this.setControlNumber = setControlNumber;
        this.documentNumber = documentNumber == null || documentNumber.isBlank() ? "(none)"
                : documentNumber.length() > 50 ? documentNumber.substring(0, 50) : documentNumber;
        this.purchaseOrder = purchaseOrder;
    }

    public Long id() {
        return id;
    }

    public Interchange interchange() {
        return interchange;
    }

    public String transactionSet() {
        return transactionSet;
    }

    public String setControlNumber() {
        return setControlNumber;
    }

    public String documentNumber() {
        return documentNumber;
    }

    public PurchaseOrder purchaseOrder() {
        return purchaseOrder;
    }
}
