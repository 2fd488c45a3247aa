package com.ascendelements.portal.web.pages;

import com.ascendelements.portal.common.Money;
import com.ascendelements.portal.common.Quantity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Currency;
import java.util.Locale;

/** Money and quantities as finance reads them on screen: 1,140,000.00 USD and 59,500 kg. */
@Named("fmt")
@ApplicationScoped
public class Formats {

    public String money(Money money) {
        if (money == null) {
            return "";
        }
        DecimalFormat format = new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.US));
        int digits = Math.max(Currency.getInstance(money.currency()).getDefaultFractionDigits(), 0);
        format.setMinimumFractionDigits(digits);
        format.setMaximumFractionDigits(Math.max(digits, money.amount().stripTrailingZeros().scale()));
        return format.format(money.amount()) + " " + money.currency();
    }

    public String quantity(Quantity quantity) {
        if (quantity == null) {
            return "";
        }
        DecimalFormat format = new DecimalFormat("#,##0.####", DecimalFormatSymbols.getInstance(Locale.US));
        return format.format(quantity.amount()) + " " + quantity.unit().symbol();
    }
}
