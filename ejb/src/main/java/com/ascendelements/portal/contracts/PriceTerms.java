package com.ascendelements.portal.contracts;

import com.ascendelements.portal.common.Money;
import com.ascendelements.portal.common.UnitOfMeasure;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Embedded;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.util.Objects;

/**
 * The price agreed in a contract: a basis, a unit price per pricing unit (for assay-indexed material the
 * provisional price), and the terms in words (payables, reference index, quotation period, penalties).
 */
@Embeddable
public class PriceTerms {

    @Enumerated(EnumType.STRING)
    @Column(name = "pricing_basis", length = 20, nullable = false)
    private PricingBasis basis;

    @Embedded
    @AttributeOverride(name = "amount", column = @Column(name = "unit_price"))
    @AttributeOverride(name = "currency", column = @Column(name = "currency"))
    private Money unitPrice;

    @Enumerated(EnumType.STRING)
    @Column(name = "price_unit", length = 16, nullable = false)
    private UnitOfMeasure priceUnit;

    @Column(name = "price_terms", length = 2000)
    private String description;

    protected PriceTerms() {
        // JPA
    }

    public PriceTerms(PricingBasis basis, Money unitPrice, UnitOfMeasure priceUnit, String description) {
        this.basis = Objects.requireNonNull(basis, "pricing basis");
        this.unitPrice = Objects.requireNonNull(unitPrice, "unit price");
        if (unitPrice.amount().signum() < 0) {
            throw new IllegalArgumentException("A unit price cannot be negative");
        }
        this.priceUnit = Objects.requireNonNull(priceUnit, "price unit");
        this.description = description;
    }

    public PricingBasis basis() {
        return basis;
    }

    public Money unitPrice() {
        return unitPrice;
    }

    public UnitOfMeasure priceUnit() {
        return priceUnit;
    }

    public String description() {
        return description;
    }
}
