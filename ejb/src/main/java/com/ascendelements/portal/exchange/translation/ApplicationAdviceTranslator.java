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

    /**
     * A partner's 997 the hub cannot apply, because it answers a group the hub never sent that partner: OTI TR naming the
     * 997 (OTI10) and the group it says it answers (OTI02 TN, OTI03 that GS06).
     */
    public static ApplicationAdvice acknowledgmentRefused(com.ascendelements.portal.edi.x12.FunctionalAcknowledgment ack, String reason,
                                                          LocalDate today) {
        String group = cut(ack.groupControlNumber() == null ? "" : ack.groupControlNumber());
        return new ApplicationAdvice(cut("REJECT-997-" + group), today, List.of(new ApplicationAdvice.Item("TR", "TN", group, "997", null,
                "ZZZ", X12Text.plain(reason, ApplicationAdvice.MESSAGE_LENGTH), null, null)));
    }

    /**
     * One of the hub's own groups that the partner's 997 rejected (wholly, or some of its sets): OTI TR naming the hub's
     * document (OTI03 what it was, OTI08 its GS06, OTI10 its set) and what the 997 said, so that both sides read the same
     * business outcome: the document is not in effect and the hub's staff correct it and send it again.
     *
     * @param setId the set the group carried (855, 856, 810, ...)
     */
    public static ApplicationAdvice groupRejected(String setId, String groupControlNumber, String documentSummary,
                                                  com.ascendelements.portal.edi.x12.FunctionalAcknowledgment ack, LocalDate today) {
        String text = "Rejected by your 997 (AK9 " + ack.code() + ", " + ack.summary() + "): not in effect; we correct it and send it again";
        return new ApplicationAdvice(cut("REJECTED-" + groupControlNumber), today, List.of(new ApplicationAdvice.Item("TR", "TN",
                cut(documentSummary), setId, null, "ZZZ", X12Text.plain(text, ApplicationAdvice.MESSAGE_LENGTH), groupControlNumber, null)));
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
