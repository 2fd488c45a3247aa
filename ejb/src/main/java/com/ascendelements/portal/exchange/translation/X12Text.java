package com.ascendelements.portal.exchange.translation;

import com.ascendelements.portal.partners.TradingPartner;
import com.ascendelements.portal.edi.message.Party;

/** Free text and parties as outbound documents carry them. */
final class X12Text {

    /** Partners are named by the code the hub assigned them (N103 = 92). */
    private static final String ASSIGNED_BY_BUYER = "92";

    private X12Text() {
    }

    /**
     * Names and descriptions cut down to characters no partner uses as a delimiter (X12 has no escape), at most 60
     * long (N102, PID05).
     */
    static String plain(String text) {
        return plain(text, 60);
    }

    /** As {@link #plain(String)}, at most {@code max} long (a reason carried over several NTE segments). */
    static String plain(String text, int max) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String cleaned = text.replaceAll("[^A-Za-z0-9 .,&()'/-]", " ").replaceAll(" +", " ").strip();
        return cleaned.length() > max ? cleaned.substring(0, max).strip() : cleaned;
    }

    static Party party(String entityCode, TradingPartner partner) {
        return new Party(entityCode, plain(partner.name()), ASSIGNED_BY_BUYER, partner.code());
    }
}
