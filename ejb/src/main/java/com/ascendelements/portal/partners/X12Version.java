package com.ascendelements.portal.partners;

/** The X12 release a partner sends and expects (GS08 without the suffix). */
public enum X12Version {
    V004010("004010"),
    V005010("005010");

    private final String code;

    X12Version(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static X12Version ofCode(String code) {
        for (X12Version v : values()) {
            if (v.code.equals(code)) {
                return v;
            }
        }
        throw new IllegalArgumentException("Unsupported X12 version: " + code);
    }
}
