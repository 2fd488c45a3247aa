package com.ascendelements.portal.edi.smooks;

/** An X12 interchange could not be read or a message could not be written. */
public class X12TranslationException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** With a message. */
    public X12TranslationException(String message) {
        super(message);
    }

    /** With a message and the underlying cause (Smooks / Daffodil diagnostics). */
    public X12TranslationException(String message, Throwable cause) {
        super(message, cause);
    }
}
