package com.ascendelements.portal.invoicing;

import com.ascendelements.portal.catalog.Material;
import com.ascendelements.portal.common.Money;
import com.ascendelements.portal.common.Quantity;
import com.ascendelements.portal.common.UnitOfMeasure;
import com.ascendelements.portal.partners.TradingPartner;
import com.ascendelements.portal.purchasing.PurchaseOrder;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An invoice (810) from a seller to a buyer against one purchase order. Lines are in the invoice currency;
 * the invoice number is unique per seller.
 */
@Entity
@Table(name = "invoice")
public class Invoice {

    @Id
    @SequenceGenerator(name = "invoice_seq", sequenceName = "invoice_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "invoice_seq")
    private Long id;

    @Version
    private long version;

    @Column(name = "invoice_number", length = 40, nullable = false)
    private String invoiceNumber;

    @ManyToOne(optional = false)
    @JoinColumn(name = "seller_id")
    private TradingPartner seller;

    @ManyToOne(optional = false)
    @JoinColumn(name = "buyer_id")
    private TradingPartner buyer;

    @Column(name = "po_number", length = 40, nullable = false)
    private String poNumber;

    @ManyToOne
    @JoinColumn(name = "purchase_order_id")
    private PurchaseOrder purchaseOrder;

    @Column(name = "invoice_date", nullable = false)
    private LocalDate invoiceDate;

    @Enumerated(EnumType.STRING)
    @Column(name = "invoice_type", length = 20, nullable = false)
    private InvoiceType type;

    @Column(name = "currency", length = 3, nullable = false)
    private String currency;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", length = 20, nullable = false)
    private InvoiceStatus status = InvoiceStatus.OPEN;

    @OneToMany(mappedBy = "invoice", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("lineNumber")
    private List<InvoiceLine> lines = new ArrayList<>();

    protected Invoice() {
        // JPA
    }

    public Invoice(String invoiceNumber, TradingPartner seller, TradingPartner buyer, String poNumber,
                   PurchaseOrder purchaseOrder, LocalDate invoiceDate, InvoiceType type, String currency) {
        if (invoiceNumber == null || invoiceNumber.isBlank()) {
            throw new IllegalArgumentException("An invoice needs an invoice number");
        }
        if (poNumber == null || poNumber.isBlank()) {
            throw new IllegalArgumentException("Invoice " + invoiceNumber + " needs the PO number it bills");
        }
        this.invoiceNumber = invoiceNumber.strip();
        this.seller = Objects.requireNonNull(seller, "seller");
        this.buyer = Objects.requireNonNull(buyer, "buyer");
        this.poNumber = poNumber.strip();
        if (purchaseOrder != null && (!purchaseOrder.poNumber().equals(this.poNumber)
                || !purchaseOrder.seller().code().equals(seller.code()))) {
            throw new IllegalArgumentException("Invoice " + invoiceNumber + " does not belong to order " + purchaseOrder.poNumber());
        }
        this.purchaseOrder = purchaseOrder;
        this.invoiceDate = Objects.requireNonNull(invoiceDate, "invoice date");
        this.type = Objects.requireNonNull(type, "invoice type");
        this.currency = Money.zero(currency).currency();
    }

    public InvoiceLine addLine(String lineNumber, String poLineNumber, Material material, Quantity quantity, Money unitPrice,
                               UnitOfMeasure priceUnit) {
        if (!unitPrice.currency().equals(currency)) {
            throw new IllegalArgumentException("Invoice line " + lineNumber + " is in " + unitPrice.currency()
                    + ", the invoice in " + currency);
        }
        if (lines.stream().anyMatch(l -> l.lineNumber().equals(lineNumber))) {
            throw new IllegalArgumentException("Invoice " + invoiceNumber + " already has a line " + lineNumber);
        }
        InvoiceLine line = new InvoiceLine(this, lineNumber, poLineNumber, material, quantity, unitPrice, priceUnit);
        lines.add(line);
        return line;
    }

    /** Total of the lines, rounded to the currency's minor unit. */
    public Money total() {
        return lines.stream().map(InvoiceLine::amount).reduce(Money.zero(currency), Money::plus).rounded();
    }

    public Long id() {
        return id;
    }

    public String invoiceNumber() {
        return invoiceNumber;
    }

    public TradingPartner seller() {
        return seller;
    }

    public TradingPartner buyer() {
        return buyer;
    }

    public String poNumber() {
        return poNumber;
    }

    public Optional<PurchaseOrder> purchaseOrder() {
        return Optional.ofNullable(purchaseOrder);
    }

    public LocalDate invoiceDate() {
        return invoiceDate;
    }

    public InvoiceType type() {
        return type;
    }

    public String currency() {
        return currency;
    }

    public InvoiceStatus status() {
        return status;
    }

    public List<InvoiceLine> lines() {
        return Collections.unmodifiableList(lines);
    }
}
