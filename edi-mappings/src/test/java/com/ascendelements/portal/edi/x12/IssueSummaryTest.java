package com.ascendelements.portal.edi.x12;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The reason a person reads: errors by severity before notes, follow-ons of a broken segment tag folded into it. */
class IssueSummaryTest {

    private static final String FILE = StaediErrorEventTest.file("004010")
            .replace("CUR*BY*USD~", "CUR*BY*USD~\nZZX*1~")                           // set 0001: a tolerated note
            .replace("SE*12*0001~", "SE*13*0001~")
            .replace("BEG*00*SA*PO-2**20241104~", "BEG*ZZ*SA*PO-2**20241399~")        // set 0002: two element errors
            .replace("BEG*00*SA*PO-3**20241104~", "B#G*00*SA*PO-3**20241104~")        // set 0003: a broken tag ...
            .replace("GE*3*4711~", "GE*4*4711~");                                    // and a group error at the end

    @Test
    void errorsBySeverityBeforeNotesAndFollowOnsFolded() {
        X12ValidationReport report = new InterchangeValidator().validate(X12Samples.of(HardWrappedFileTest.wrap(FILE.replace("\n", ""), 80)));

        var ordered = IssueSummary.bySeverity(report.allIssues());
        assertThat(ordered).extracting(X12Issue::code).containsExactly(
                FunctionalGroupErrorCode.TRANSACTION_COUNT_MISMATCH,
                SegmentErrorCode.UNRECOGNIZED_SEGMENT_ID,
                ElementErrorCode.INVALID_CODE_VALUE, ElementErrorCode.INVALID_DATE,
                ReceptionNote.HARD_WRAPPED, SegmentErrorCode.NOT_IN_TRANSACTION_SET);
        assertThat(ordered.subList(0, 4)).noneMatch(X12Issue::tolerated);

        String text = IssueSummary.text(report.allIssues(), 3);
        assertThat(text).startsWith("GROUP 5 ").contains("B#G", "(and 1 follow-on segment error after it in the set)")
                .endsWith(" (and 3 more)").doesNotContain("WRAP", "ZZX");
        assertThat(IssueSummary.text(java.util.List.of(), 5)).isEqualTo("no details");
    }
}
