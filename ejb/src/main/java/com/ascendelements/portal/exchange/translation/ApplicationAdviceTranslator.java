package com.ascendelements.portal.exchange.translation;

import com.ascendelements.portal.edi.x12.out.ApplicationAdvice;
import com.ascendelements.portal.invoicing.Invoice;
import java.time.LocalDate;
import java.util.List;

/**
 * The anti-corruption layer for outbound 824s: a refused document of the domain as the message. An invoice the hub
 * disputes is one OTI (TR: rejected; IV and the invoice number; 810) with its date and finance's reason in TED02
 * (mutually defined code ZZZ, the text cut to X12's 60 characters of plain text).
 */
public final class ApplicationAdviceTranslator {

    private ApplicationAdviceTranslator() {
    }

    public static ApplicationAdvice invoiceRejected(Invoice invoice, String reason, LocalDate today) {
        String text = X12Text.plain("Disputed: " + reason);
        return new ApplicationAdvice(reference(invoice), today, List.of(new ApplicationAdvice.Item("TR", "IV", invoice.invoiceNumber(), "810",
                invoice.invoiceDate(), "ZZZ", text)));
    }

    /** BGN02: at most 30 characters in 004010. */
    private static String reference(Invoice invoice) {
        String reference = "DISPUTE-" + invoice.invoiceNumber();
        return reference.length() > 30 ? reference.substring(0, 30) : reference;
    }
}
