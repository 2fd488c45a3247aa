package com.ascendelements.portal.exchange.translation;

/** A message that is valid X12 but cannot become a domain document (unknown material, unit or party). */
public class TranslationException extends RuntimeException {

    public TranslationException(String message) {
        super(message);
    }
}
