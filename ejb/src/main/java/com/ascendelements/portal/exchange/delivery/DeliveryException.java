package com.ascendelements.portal.exchange.delivery;

/** A delivery that did not succeed, with the reason a person can act on. */
public class DeliveryException extends Exception {

    private final boolean retryable;

    public DeliveryException(String reason, boolean retryable, Throwable cause) {
        super(reason, cause);
        this.retryable = retryable;
    }

    public DeliveryException(String reason, boolean retryable) {
        this(reason, retryable, null);
    }

    /** False when trying again cannot help (e.g. the partner's MDN refused the document). */
    public boolean retryable() {
        return retryable;
    }
}
