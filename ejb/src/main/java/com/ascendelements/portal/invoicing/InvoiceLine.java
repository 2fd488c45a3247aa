package com.ascendelements.portal.invoicing;

import com.ascendelements.portal.catalog.Material;
import com.ascendelements.portal.common.Money;
import com.ascendelements.portal.common.Quantity;
import com.ascendelements.portal.common.UnitOfMeasure;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.util.Objects;

/** One invoiced line (IT1): the PO line it bills, the material, quantity and unit price. */
@Entity
@Table(name = "invoice_line")
public class InvoiceLine {

    @Id
    @SequenceGenerator(name = "invoice_line_seq", sequenceName = "invoice_line_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "invoice_line_seq")
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "invoice_id")
    private Invoice invoice;

    @Column(name = "line_number", length = 20, nullable = false)
    private String lineNumber;

    @Column(name = "po_line_number", length = 20)
    private String poLineNumber;

    @ManyToOne(optional = false)
    @JoinColumn(name = "material_id")
    private Material material;

    @Embedded
    private Quantity quantity;

    @Embedded
    @AttributeOverride(name = "amount", column = @Column(name = "unit_price"))
    @AttributeOverride(name = "currency", column = @Column(name = "currency"))
    private Money unitPrice;

    @Enumerated(EnumType.STRING)
    @Column(name = "price_unit", length = 16, nullable = false)
    private UnitOfMeasure priceUnit;

    protected InvoiceLine() {
        // JPA
    }

    InvoiceLine(Invoice invoice, String lineNumber, String poLineNumber, Material material, Quantity quantity, Money unitPrice,
                UnitOfMeasure priceUnit) {
        this.invoice = invoice;
        if (lineNumber == null || lineNumber.isBlank()) {
            throw new IllegalArgumentException("An invoice line needs a line number");
        }
        this.lineNumber = lineNumber.strip();
        this.poLineNumber = poLineNumber;
        this.material = Objects.requireNonNull(material, "material");
        this.quantity = Objects.requireNonNull(quantity, "quantity");
        this.unitPrice = Objects.requireNonNull(unitPrice, "unit price");
        this.priceUnit = Objects.requireNonNull(priceUnit, "price unit");
        quantity.in(priceUnit);
    }

    public Money amount() {
        return unitPrice.times(quantity.in(priceUnit).amount());
    }

    public String lineNumber() {
        return lineNumber;
    }

    public String poLineNumber() {
        return poLineNumber;
    }

    public Material material() {
        return material;
    }

    public Quantity quantity() {
        return quantity;
    }

    public Money unitPrice() {
        return unitPrice;
    }

    public UnitOfMeasure priceUnit() {
        return priceUnit;
    }
}
