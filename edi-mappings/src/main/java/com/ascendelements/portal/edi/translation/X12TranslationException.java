package com.ascendelements.portal.edi.translation;

/** An X12 interchange could not be read or a message could not be written. */
public class X12TranslationException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** With a message. */
    public X12TranslationException(String message) {
        this(message, null);
    }

    private final String transactionSetCode;
    private final String groupControlNumber;
    private final String setControlNumber;

    /** With a message and the underlying cause (Smooks / Daffodil diagnostics). */
    public X12TranslationException(String message, Throwable cause) {
        this(message, cause, null, null, null);
    }

    /** A transaction set that cannot be translated, named by its code (ST01), GS06 and ST02. */
    public X12TranslationException(String message, Throwable cause, String transactionSetCode, String groupControlNumber,
                                   String setControlNumber) {
        super(message, cause);
        this.transactionSetCode = transactionSetCode;
        this.groupControlNumber = groupControlNumber;
        this.setControlNumber = setControlNumber;
    }

    /** ST01 of the set that cannot be translated, or {@code null} when the failure is not one set's. */
    public String transactionSetCode() {
        return transactionSetCode;
    }

    /** GS06 of the group of the set that cannot be translated, or {@code null}. */
    public String groupControlNumber() {
        return groupControlNumber;
    }

    /** ST02 of the set that cannot be translated, or {@code null}. */
    public String setControlNumber() {
        return setControlNumber;
    }
}
