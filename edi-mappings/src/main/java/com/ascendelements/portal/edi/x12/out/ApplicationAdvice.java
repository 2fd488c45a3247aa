package com.ascendelements.portal.edi.x12.out;

import java.time.LocalDate;
import java.util.List;

/**
 * An 824 to write: the hub tells a partner that documents it sent were refused on business grounds.
 *
 * @param reference BGN02, this advice's own reference
 * @param items     one OTI loop per refused document
 */
public record ApplicationAdvice(String reference, LocalDate date, List<Item> items) {

    /** The longest reason carried: TED02 holds its first 60 characters, NTE segments of 80 the whole of it. */
    public static final int MESSAGE_LENGTH = 400;

    /**
     * One refused document.
     *
     * @param acknowledgment     OTI01: TR transaction set rejected, TA accepted, TE accepted with errors
     * @param qualifier          OTI02, what {@code documentReference} is (IV invoice number, PO purchase order number, SI
     *                           shipment id, RV receiving number)
     * @param setId              OTI10, the refused document's transaction set (810)
     * @param documentDate       DTM 003 (invoice date) when known
     * @param errorCode          TED01 (ZZZ: mutually defined)
     * @param message            the reason a person reads (no delimiters, at most {@link #MESSAGE_LENGTH}): TED02 its
     *                           first 60 characters, and when it is longer, the whole of it in NTE segments of the TED loop
     * @param groupControlNumber OTI08, the GS06 of the group the document came in, when it came by EDI
     * @param setControlNumber   OTI09, its ST02
     */
    public record Item(String acknowledgment, String qualifier, String documentReference, String setId, LocalDate documentDate,
                       String errorCode, String message, String groupControlNumber, String setControlNumber) {

        public Item(String acknowledgment, String qualifier, String documentReference, String setId, LocalDate documentDate,
                    String errorCode, String message) {
            this(acknowledgment, qualifier, documentReference, setId, documentDate, errorCode, message, null, null);
        }
    }

    public ApplicationAdvice {
        items = List.copyOf(items);
        if (items.isEmpty()) {
            throw new IllegalArgumentException("An 824 answers at least one document");
        }
    }
}
