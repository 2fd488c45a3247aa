package com.ascendelements.portal.edi.x12;

/**
 * One finding of the validator.
 *
 * @param level     where the issue belongs: {@link IssueLevel#FILE} for content outside any readable interchange,
 *                  otherwise the level of {@code code}
 * @param code      the X12 code written into the acknowledgment (TA105, AK905, AK502, AK304 or AK403)
 * @param location  where it was found
 * @param detail    human readable explanation (may quote the offending data, made printable)
 * @param badData   copy of the bad data element value (AK404), or {@code null}
 * @param tolerated whether the issue is only noted (E) rather than causing rejection (R), e.g. an unknown but well
 *                  formed segment
 */
public record X12Issue(IssueLevel level, X12Code code, X12ErrorLocation location, String detail, String badData,
                       boolean tolerated) {

    /** @return an issue at the level of its code that causes rejection */
    public static X12Issue of(X12Code code, X12ErrorLocation location, String detail) {
        return new X12Issue(code.level(), code, location, detail, null, false);
    }

    @Override
    public String toString() {
        return level + " " + code.code() + " (" + code.description() + ") at " + location
                + (detail == null ? "" : ": " + detail) + (tolerated ? " [tolerated]" : "");
    }
}
