package com.ascendelements.portal.exchange.translation;

import com.ascendelements.portal.edi.x12.out.ApplicationAdvice;
import com.ascendelements.portal.invoicing.Invoice;
import java.time.LocalDate;
import java.util.List;

/**
 * The anti-corruption layer for outbound 824s: a refused document of the domain as the message. An invoice the hub
 * disputes is one OTI (TR: rejected; IV and the invoice number; 810) with its date and finance's reason in TED02
 * (mutually defined code ZZZ; plain text, its first 60 characters there and the whole in NTE segments).
 */
public final class ApplicationAdviceTranslator {

    private ApplicationAdviceTranslator() {
    }

    public static ApplicationAdvice invoiceRejected(Invoice invoice, String reason, LocalDate today) {
        String text = X12Text.plain("Disputed: " + reason, ApplicationAdvice.MESSAGE_LENGTH);
        return new ApplicationAdvice(reference(invoice), today, List.of(new ApplicationAdvice.Item("TR", "IV", invoice.invoiceNumber(), "810",
                invoice.invoiceDate(), "ZZZ", text)));
    }

    /**
     * An inbound document refused on business grounds (an 855 for an order never placed, a ship notice or invoice that
     * exists already or cannot be read into the domain, a receiving advice for another's shipment): OTI TR with the
     * document's own reference and its group and set control numbers, and the reason in TED02.
     *
     * @param qualifier OTI02: PO, SI, IV, RV
     */
    public static ApplicationAdvice documentRejected(String setId, String qualifier, String documentReference,
                                                     com.ascendelements.portal.edi.message.X12Message message, String reason,
                                                     LocalDate today) {
        String reference = cut(documentReference == null || documentReference.isBlank() ? "ST02 " + message.getControlNumber()
                : documentReference.strip());
        String group = message.getGroup() == null ? null : message.getGroup().getControlNumber();
        return new ApplicationAdvice(cut("REJECT-" + setId + "-" + reference), today, List.of(new ApplicationAdvice.Item("TR", qualifier,
                reference, setId, null, "ZZZ", X12Text.plain(reason, ApplicationAdvice.MESSAGE_LENGTH), group, message.getControlNumber())));
    }

    private static String cut(String text) {
        return text.length() > 30 ? text.substring(0, 30) : text;
    }

    /** BGN02: at most 30 characters in 004010. */
    private static String reference(Invoice invoice) {
        String reference = "DISPUTE-" + invoice.invoiceNumber();
        return reference.length() > 30 ? reference.substring(0, 30) : reference;
    }
}
