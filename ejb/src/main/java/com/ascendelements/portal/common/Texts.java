package com.ascendelements.portal.common;

/** Text kept in bounded columns (reasons, details, errors). */
public final class Texts {

    private Texts() {
    }

    /** The text, cut to {@code max} characters with "..." when longer; null stays null. */
    public static String fitting(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max - 3) + "...";
    }
}
