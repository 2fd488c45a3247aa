package com.ascendelements.portal.common;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;
import java.util.Objects;

/**
 * An amount of money in one ISO 4217 currency. Unit prices carry four decimals (prices per kilogram
 * of cathode material go below a cent); totals are rounded to the currency's minor unit by {@link #rounded()}.
 */
@Embeddable
public class Money {

    public static final int SCALE = 4;

    @Column(name = "amount", precision = 19, scale = SCALE)
    private BigDecimal amount;

    @Column(name = "currency", length = 3)
    private String currency;

    protected Money() {
        // JPA
    }

    private Money(BigDecimal amount, Currency currency) {
        this.amount = Limits.recordable(Objects.requireNonNull(amount, "amount").setScale(SCALE, RoundingMode.HALF_UP), "An amount");
        this.currency = Objects.requireNonNull(currency, "currency").getCurrencyCode();
    }

    public static Money of(BigDecimal amount, String currencyCode) {
        return new Money(amount, currencyOf(currencyCode));
    }

    public static Money of(String amount, String currencyCode) {
        return of(new BigDecimal(amount), currencyCode);
    }

    public static Money zero(String currencyCode) {
        return of(BigDecimal.ZERO, currencyCode);
    }

    private static Currency currencyOf(String code) {
        Currency currency;
        try {
            currency = Currency.getInstance(Objects.requireNonNull(code, "currency"));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("Unknown currency code: " + code, e);
        }
        if (currency.getDefaultFractionDigits() < 0) {   // XXX (no currency), XTS (testing), XAU (gold), XDR ...
            throw new IllegalArgumentException(code + " is not a currency anybody pays an invoice in");
        }
        return currency;
    }

    public BigDecimal amount() {
        return amount;
    }

    public String currency() {
        return currency;
    }

    public Money plus(Money other) {
        requireSameCurrency(other);
        return new Money(amount.add(other.amount), Currency.getInstance(currency));
    }

    public Money times(BigDecimal factor) {
        return new Money(amount.multiply(factor), Currency.getInstance(currency));
    }

    /** Rounded half-up to the currency's minor unit (cents for USD). */
    public Money rounded() {
        Currency c = Currency.getInstance(currency);
        return new Money(amount.setScale(Math.max(c.getDefaultFractionDigits(), 0), RoundingMode.HALF_UP), c);
    }

    private void requireSameCurrency(Money other) {
        if (!currency.equals(other.currency)) {
            throw new IllegalArgumentException("Cannot add " + other.currency + " to " + currency);
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Money other && currency.equals(other.currency) && amount.compareTo(other.amount) == 0;
    }

    @Override
    public int hashCode() {
        return Objects.hash(amount.stripTrailingZeros(), currency);
    }

    @Override
    public String toString() {
        return amount.stripTrailingZeros().toPlainString() + " " + currency;
    }
}
