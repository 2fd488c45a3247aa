package com.ascendelements.portal.exchange;

import jakarta.ejb.ApplicationException;

/**
 * The X12 translation is not there: it has not finished loading within its wait, or it could not start (the server log
 * says why). Not the caller's fault and not the document's: what needed it is rolled back whole, a job is tried again
 * later, a request is answered 503.
 */
@ApplicationException(rollback = true)
public class TranslationUnavailableException extends RuntimeException {

    public TranslationUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
