package com.ascendelements.portal.common;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** A form refused field by field; the message lists every problem for callers that show only one text (the API). */
public class InvalidFormException extends InvalidRequestException {

    private static final long serialVersionUID = 1L;

    private final transient Map<String, String> fieldErrors;

    public InvalidFormException(FieldErrors errors) {
        super(String.join("; ", errors.asMap().values()));
        this.fieldErrors = Collections.unmodifiableMap(new LinkedHashMap<>(errors.asMap()));
    }

    /** The problems by field ({@link FieldErrors#DOCUMENT} for the document as a whole). */
    public Map<String, String> fieldErrors() {
        return fieldErrors;
    }
}
