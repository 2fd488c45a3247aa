package com.ascendelements.portal.edi.x12.out;

/** Free text as an MSG01 can carry it: no characters a partner might use as a delimiter, at most 264 long. */
public final class MessageText {

    private static final int MESSAGE_LENGTH = 264;

    private MessageText() {
    }

    public static String of(String note) {
        String cleaned = note == null ? "" : note.replaceAll("[^A-Za-z0-9 .,&()'/-]", " ").replaceAll(" +", " ").strip();
        return cleaned.length() > MESSAGE_LENGTH ? cleaned.substring(0, MESSAGE_LENGTH).strip() : cleaned;
    }
}
