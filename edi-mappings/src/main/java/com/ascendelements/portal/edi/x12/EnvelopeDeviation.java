package com.ascendelements.portal.edi.x12;

/**
 * A named envelope deviation a partner's system is known to make, which the partner profile may allow. Strict is the
 * default: an allowed deviation is still reported, as a tolerated issue with its X12 code (TA104 E with the TA105 note
 * code, AK501 E with the AK502 code) and in the reason people read, but no longer rejects the interchange or set.
 */
public enum EnvelopeDeviation {
    /** ISA11 = U (the 004010 standards identifier) in 00402 and later, where ISA11 is the repetition separator. */
    ISA11_U_AS_REPETITION_SEPARATOR("ISA11 = U in version 00402 or later (no repetition separator)"),
    /** GS04 as YYMMDD (6 digits) where the version asks for CCYYMMDD. */
    GS04_SIX_DIGIT_DATE("GS04 date with 6 digits (YYMMDD)"),
    /** IEA02 without its leading zeros (the same number as ISA13). */
    IEA02_UNPADDED("IEA02 without leading zeros"),
    /** ISA12 that is not a supported control version (e.g. 00040); the groups are validated by their GS08. */
    ISA12_UNSUPPORTED_VERSION("ISA12 control version not supported (e.g. 00040)"),
    /** A transaction set in a group of another functional identifier (e.g. an 850 under GS01 = IN). */
    SET_IN_OTHER_FUNCTIONAL_GROUP("a transaction set in a functional group of another GS01");

    private final String description;

    EnvelopeDeviation(String description) {
        this.description = description;
    }

    /** @return what the deviation is, for people */
    public String description() {
        return description;
    }
}
