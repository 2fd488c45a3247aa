package com.ascendelements.portal.common;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * What is wrong with a form a service was handed, field by field (the key names the field, e.g. {@code lots:2:quantity}
 * for the third lot's quantity), so that a page can show each message beside its field. Messages without a field
 * (about the document as a whole) use the key {@link #DOCUMENT}.
 */
public final class FieldErrors {

    public static final String DOCUMENT = "";

    /** Identifiers that travel in X12 elements: no delimiter may appear in them. */
    private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z0-9][A-Za-z0-9 ._/-]*");

    private final Map<String, String> errors = new LinkedHashMap<>();

    /** Records the first problem of a field; later ones for the same field are dropped. */
    public FieldErrors add(String field, String message) {
        errors.putIfAbsent(field, message);
        return this;
    }

    /** Whether the field has a problem already. */
    public boolean has(String field) {
        return errors.containsKey(field);
    }

    /** Checks a required identifier: present, not too long, made of characters that are safe in X12. */
    public FieldErrors identifier(String field, String value, String what, int maxLength, boolean required) {
        if (value == null || value.isBlank()) {
            if (required) {
                add(field, "Enter the " + what);
            }
        } else if (value.strip().length() > maxLength) {
            add(field, "The " + what + " has at most " + maxLength + " characters");
        } else if (!IDENTIFIER.matcher(value.strip()).matches()) {
            add(field, "The " + what + " may contain letters, digits, spaces and . _ / - only");
        }
        return this;
    }

    public boolean isEmpty() {
        return errors.isEmpty();
    }

    public Map<String, String> asMap() {
        return Collections.unmodifiableMap(errors);
    }

    /** Refuses the request when anything was found. */
    public void throwIfAny() {
        if (!errors.isEmpty()) {
            throw new InvalidFormException(this);
        }
    }
}
