package com.ascendelements.portal.web.pages;

import com.ascendelements.portal.common.Money;
import com.ascendelements.portal.common.Quantity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Currency;
import java.util.Locale;

/**
 * Values as people read them on screen: 1,140,000.00 USD, 59,500 kg, "Partially shipped", and moments in the reader's
 * own time zone (which the browser tells in the {@code portal_tz} cookie, set by portal/zone.js; UTC until it has).
 */
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

    /** Words that stay as they are written: WEB_EDI is "Web EDI", AS2 "AS2". */
    private static final java.util.Set<String> ACRONYMS = java.util.Set.of("EDI", "AS2", "REST", "API", "SFTP", "FTP", "X12", "TA1", "MDN", "PO");

    /** A status, type or direction in words: PARTIALLY_SHIPPED as "Partially shipped"; a set of them joined. */
    public String words(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof java.util.Optional<?> optional) {
            return optional.map(this::words).orElse("—");
        }
        if (value instanceof java.util.Collection<?> values) {
            return values.stream().map(this::words).sorted().collect(java.util.stream.Collectors.joining(", "));
        }
        String name = value instanceof Enum<?> constant ? constant.name() : value.toString();
        String spaced = java.util.Arrays.stream(name.split("_")).map(word -> ACRONYMS.contains(word) ? word : word.toLowerCase(Locale.ROOT))
                .collect(java.util.stream.Collectors.joining(" "));
        return spaced.isEmpty() ? spaced : Character.toUpperCase(spaced.charAt(0)) + spaced.substring(1);
    }

    /** A moment as "7 Dec 2026, 18:20 CET" in the reader's time zone. */
    public String time(Object moment) {
        java.time.Instant instant = moment instanceof java.time.Instant i ? i
                : moment instanceof java.time.OffsetDateTime o ? o.toInstant()
                : moment instanceof java.time.ZonedDateTime z ? z.toInstant() : null;
        if (instant == null) {
            return moment == null ? "" : moment.toString();
        }
        return TIME.format(instant.atZone(readersZone()));
    }

    private static final java.time.format.DateTimeFormatter TIME = java.time.format.DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm z",
            Locale.UK);

    /** The zone the browser reported, or UTC; read once per request (a list calls this for every row). */
    private static java.time.ZoneId readersZone() {
        jakarta.faces.context.FacesContext faces = jakarta.faces.context.FacesContext.getCurrentInstance();
        if (faces == null) {
            return java.time.ZoneOffset.UTC;
        }
        return (java.time.ZoneId) faces.getExternalContext().getRequestMap().computeIfAbsent("portal.readersZone", key -> zoneOf(faces));
    }

    private static java.time.ZoneId zoneOf(jakarta.faces.context.FacesContext faces) {
        Object cookie = faces.getExternalContext().getRequestCookieMap().get("portal_tz");
        if (cookie instanceof jakarta.servlet.http.Cookie c && c.getValue() != null) {
            try {
                return java.time.ZoneId.of(java.net.URLDecoder.decode(c.getValue(), java.nio.charset.StandardCharsets.UTF_8));
            } catch (java.time.DateTimeException unknown) {
                return java.time.ZoneOffset.UTC;
            }
        }
        return java.time.ZoneOffset.UTC;
    }

    public String quantity(Quantity quantity) {
        if (quantity == null) {
            return "";
        }
        DecimalFormat format = new DecimalFormat("#,##0.####", DecimalFormatSymbols.getInstance(Locale.US));
        return format.format(quantity.amount()) + " " + quantity.unit().symbol();
    }
}
