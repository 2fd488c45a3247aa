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
        if (text == null || text.isBlank()) {
            return null;
        }
        String cleaned = text.replaceAll("[^A-Za-z0-9 .,&()'/-]", " ").replaceAll(" +", " ").strip();
        return cleaned.length() > 60 ? cleaned.substring(0, 60).strip() : cleaned;
    }

    static Party party(String entityCode, TradingPartner partner) {
        return new Party(entityCode, plain(partner.name()), ASSIGNED_BY_BUYER, partner.code());
    }
}
