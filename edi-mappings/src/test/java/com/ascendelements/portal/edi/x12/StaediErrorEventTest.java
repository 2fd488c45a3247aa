package com.ascendelements.portal.edi.x12;

import com.ascendelements.portal.edi.x12.ack.Acknowledgment;
import com.ascendelements.portal.edi.x12.ack.AcknowledgmentSender;
import com.ascendelements.portal.edi.x12.ack.AcknowledgmentWriter;
import com.ascendelements.portal.edi.x12.ack.ControlNumberSource;
import io.xlate.edi.stream.EDIStreamValidationError;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static io.xlate.edi.stream.EDIStreamValidationError.*;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every validation error StAEDI can raise for the gateway's schemas, each in a file written for it: the first of three
 * transaction sets carries the fault, the 997 names it with the X12 code (AK3/AK4/AK5) and the two sets after it are
 * read and accepted. Before the fix, a syntax-rule error (paired or conditional elements) made StAEDI's getText() fail
 * and the whole interchange "unreadable" with a TA1 rejecting everything.
 */
class StaediErrorEventTest {

    private static final String SET_1 = """
            ST*850*0001~
            BEG*00*SA*PO-1**20241104~
            CUR*BY*USD~
            REF*CT*C-1~
            PER*BD*Buyer*TE*4045550101~
            DTM*002*20241201~
            TD5*B*2*SCAC~
            N1*BY*EcoPro*92*EP-1~
            PO1*1*10*KG*28.50**VP*P-1~
            PID*F****Cathode precursor~
            CTT*1~
            SE*12*0001~
            """;
    private static final String SETS_2_3 = """
            ST*850*0002~
            BEG*00*SA*PO-2**20241104~
            PO1*1*5*KG*14.20**VP*P-2~
            CTT*1~
            SE*5*0002~
            ST*850*0003~
            BEG*00*SA*PO-3**20241104~
            PO1*1*6*KG*14.20**VP*P-3~
            CTT*1~
            SE*5*0003~
            """;

    /**
     * Errors StAEDI 1.26 cannot raise through this validator, and why. Together with the cases below they must be
     * every value of the enum, so that a StAEDI upgrade with a new error fails here until a file is written for it.
     */
    private static final Set<EDIStreamValidationError> NOT_RAISED = EnumSet.of(
            NONE, // never an error event
            UNRECOGNIZED_SEGMENT_ID, SEGMENT_HAS_DATA_ELEMENT_ERRORS, // StAEDI never raises them (malformed tags: see
            // MalformedInterchangeTest, found by the splitter)
            CONDITIONAL_REQUIRED_SEGMENT_MISSING, SEGMENT_EXCLUSION_CONDITION_VIOLATED, // loop-level syntax notes: the
            // schemas have none
            EXCLUSION_CONDITION_VIOLATED, // the current schemas have no exclusion (E) rule; same path as the paired rule
            // (SyntaxValidator, no text), see ErrorRouter.textOf
            IMPLEMENTATION_UNUSED_SEGMENT_PRESENT, IMPLEMENTATION_DEPENDENT_SEGMENT_MISSING,
            IMPLEMENTATION_LOOP_OCCURS_UNDER_MINIMUM_TIMES, IMPLEMENTATION_SEGMENT_BELOW_MINIMUM_USE,
            IMPLEMENTATION_DEPENDENT_UNUSED_SEGMENT_PRESENT, IMPLEMENTATION_DEPENDENT_DATA_ELEMENT_MISSING,
            IMPLEMENTATION_UNUSED_DATA_ELEMENT_PRESENT, IMPLEMENTATION_TOO_FEW_REPETITIONS,
            IMPLEMENTATION_DEPENDENT_UNUSED_DATA_ELEMENT_PRESENT, IMPLEMENTATION_INVALID_CODE_VALUE,
            IMPLEMENTATION_PATTERN_MATCH_FAILURE); // the validator sets no implementation schema

    private final AcknowledgmentWriter writer = new AcknowledgmentWriter(
            new AcknowledgmentSender("ZZ", "ASCENDELEMENTS", "ASCENDEL", X12Delimiters.DEFAULT_004010, false),
            Clock.fixed(Instant.parse("2024-11-04T09:00:00Z"), ZoneOffset.UTC));

    /** One error, the change to the first set that provokes it, and what the 997 must say about that set. */
    record Case(EDIStreamValidationError error, String where, String version, UnaryOperator<String> fault,
                String ak3ak4, String ak5) {
        @Override
        public String toString() {
            return error + " " + where;
        }
    }

    static Stream<Arguments> cases() {
        return Stream.of(
                        c(REQUIRED_DATA_ELEMENT_MISSING, "BEG03 empty", "BEG*00*SA*PO-1**", "BEG*00*SA***",
                                "AK3*BEG*2**8~AK4*3*324*1~", "AK5*R*5~"),
                        c(CONDITIONAL_REQUIRED_DATA_ELEMENT_MISSING, "TD1 paired 01/02: TD101 empty, TD102 present",
                                "TD5*B*2*SCAC~", "TD1**5~\nTD5*B*2*SCAC~", "AK3*TD1*7**8~AK4*1*103*2~", "AK5*R*5~"),
                        c(CONDITIONAL_REQUIRED_DATA_ELEMENT_MISSING, "PER paired 03/04: PER04 empty",
                                "PER*BD*Buyer*TE*4045550101~", "PER*BD*Buyer*TE~", "AK3*PER*5**8~AK4*4*364*2~", "AK5*R*5~"),
                        c(CONDITIONAL_REQUIRED_DATA_ELEMENT_MISSING, "PO1 paired 06/07: PO107 empty",
                                "PO1*1*10*KG*28.50**VP*P-1~", "PO1*1*10*KG*28.50**VP~", "AK3*PO1*9**8~AK4*7*234*2~", "AK5*R*5~"),
                        c(CONDITIONAL_REQUIRED_DATA_ELEMENT_MISSING, "REF required 02/03: neither",
                                "REF*CT*C-1~", "REF*CT~", "AK3*REF*4**8~AK4*2*127*2~AK4*3*352*2~", "AK5*R*5~"),
                        c(TOO_MANY_DATA_ELEMENTS, "CTT08", "CTT*1~", "CTT*1*******9~", "AK3*CTT*11**8~AK4*8**3*9~", "AK5*R*5~"),
                        c(DATA_ELEMENT_TOO_SHORT, "CUR02", "CUR*BY*USD~", "CUR*BY*US~", "AK3*CUR*3**8~AK4*2*100*4*US~", "AK5*R*5~"),
                        c(DATA_ELEMENT_TOO_LONG, "REF02", "REF*CT*C-1~", "REF*CT*" + "9".repeat(81) + "~",
                                "AK3*REF*4**8~AK4*2*127*5*" + "9".repeat(81) + "~", "AK5*R*5~"),
                        c(INVALID_CHARACTER_DATA, "CTT01", "CTT*1~", "CTT*1X~", "AK3*CTT*11**8~AK4*1*354*6*1X~", "AK5*R*5~"),
                        c(INVALID_CODE_VALUE, "BEG01", "BEG*00*", "BEG*ZZ*", "AK3*BEG*2**8~AK4*1*353*7*ZZ~", "AK5*R*5~"),
                        c(INVALID_DATE, "BEG05", "**20241104~\nCUR", "**20241399~\nCUR", "AK3*BEG*2**8~AK4*5*373*8*20241399~", "AK5*R*5~"),
                        c(INVALID_TIME, "DTM03", "DTM*002*20241201~", "DTM*002*20241201*2599~",
                                "AK3*DTM*6**8~AK4*3*337*9*2599~", "AK5*R*5~"),
                        c(TOO_MANY_COMPONENTS, "BEG03", "BEG*00*SA*PO-1*", "BEG*00*SA*PO>1*", "AK3*BEG*2**8~AK4*3>1*324*13*PO~AK4*3>2*324*13*1~", "AK5*R*5~"),
                        new Case(TOO_MANY_REPETITIONS, "PID05 in 005010", "005010",
                                f -> f.replace("Cathode precursor", "Cathode^precursor"),
                                "AK3*PID*10**8~AK4*5*352*12*precursor~", "AK5*R*5~"),
                        c(MANDATORY_SEGMENT_MISSING, "BEG", "BEG*00*SA*PO-1**20241104~\n", "", "AK3*BEG*2**3~", "AK5*R*5~"),
                        c(SEGMENT_EXCEEDS_MAXIMUM_USE, "CUR twice", "CUR*BY*USD~", "CUR*BY*USD~\nCUR*BY*EUR~", "AK3*CUR*4**5~", "AK5*R*5~"),
                        c(LOOP_OCCURS_OVER_MAXIMUM_TIMES, "CTT loop twice", "CTT*1~", "CTT*1~\nCTT*1~", "AK3*CTT*12**4~", "AK5*R*5~"),
                        c(SEGMENT_NOT_IN_PROPER_SEQUENCE, "TD1 after TD5", "TD5*B*2*SCAC~", "TD5*B*2*SCAC~\nTD1*CTN25*5~",
                                "AK3*TD1*8**7~", "AK5*R*5~"),
                        c(UNEXPECTED_SEGMENT, "BSN (an 856 segment) in an 850", "CUR*BY*USD~", "CUR*BY*USD~\nBSN*00*1*20241104*1200~",
                                "AK3*BSN*4**2~", "AK5*R*5~"),
                        c(SEGMENT_NOT_IN_DEFINED_TRANSACTION_SET, "ZZX", "CUR*BY*USD~", "CUR*BY*USD~\nZZX*1~",
                                "AK3*ZZX*4**6~", "AK5*E*5~"),
                        new Case(CONTROL_COUNT_DOES_NOT_MATCH_ACTUAL_COUNT, "SE01", "004010",
                                f -> f.replace("SE*12*0001~", "SE*13*0001~"), "", "AK5*R*4~"),
                        new Case(CONTROL_REFERENCE_MISMATCH, "SE02", "004010",
                                f -> f.replace("SE*12*0001~", "SE*12*0009~"), "", "AK5*R*3~"))
                .map(Arguments::of);
    }

    /** A change to the 004010 file whose SE01 is then counted again. */
    private static Case c(EDIStreamValidationError error, String where, String from, String to, String ak3ak4, String ak5) {
        return new Case(error, where, "004010", f -> {
            if (!f.contains(from)) {
                throw new IllegalArgumentException(from);
            }
            return recountFirstSet(f.replaceFirst(java.util.regex.Pattern.quote(from), java.util.regex.Matcher.quoteReplacement(to)));
        }, ak3ak4, ak5);
    }

    static String file(String version) {
        boolean v5 = version.equals("005010");
        return "ISA*00*          *00*          *ZZ*ECOPROBM       *ZZ*ASCENDELEMENTS *241104*0815*" + (v5 ? "^*00501" : "U*00401")
                + "*000004711*0*P*>~\nGS*PO*ECOPROBM*ASCENDEL*20241104*0815*4711*X*" + version + "~\n"
                + SET_1 + SETS_2_3 + "GE*3*4711~\nIEA*1*000004711~\n";
    }

    private static String recountFirstSet(String file) {
        int st = file.indexOf("ST*850*0001~");
        int se = file.indexOf("SE*12*0001~");
        long segments = file.substring(st, se).chars().filter(ch -> ch == '~').count() + 1;
        return file.replace("SE*12*0001~", "SE*" + segments + "*0001~");
    }

    private String acknowledgments(X12ValidationReport report) {
        List<Acknowledgment> acks = writer.acknowledgeAll(report, ControlNumberSource.startingAt(900, 90, 1));
        return acks.stream().map(Acknowledgment::text).collect(Collectors.joining());
    }

    @Test
    void theBaseFileIsClean() {
        assertThat(new InterchangeValidator().validate(X12Samples.of(file("004010"))).allIssues()).isEmpty();
        assertThat(new InterchangeValidator().validate(X12Samples.of(file("005010"))).allIssues()).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void eachErrorIsAcknowledgedAndTheSetsAfterItAreRead(Case c) {
        X12ValidationReport report = new InterchangeValidator().validate(X12Samples.of(c.fault().apply(file(c.version()))));

        InterchangeReport interchange = report.interchanges().get(0);
        assertThat(report.fileIssues()).isEmpty();
        assertThat(interchange.issues()).as("no interchange-level fault (no TA1, nothing unreadable)").isEmpty();
        FunctionalGroupReport group = interchange.groups().get(0);
        assertThat(group.issues()).isEmpty();
        assertThat(group.transactionSets()).extracting(TransactionSetReport::controlNumber).containsExactly("0001", "0002", "0003");
        assertThat(group.transactionSets().get(0).issues()).as("the error itself")
                .anySatisfy(i -> assertThat(i.detail()).startsWith(c.error().name().toLowerCase().replace('_', ' ')));
        String ack = acknowledgments(report);
        assertThat(ack).doesNotContain("TA1*")
                .contains("AK1*PO*4711" + (c.version().equals("005010") ? "*005010" : "") + "~AK2*850*0001~" + c.ak3ak4() + c.ak5() + "AK2*850*0002~AK5*A~AK2*850*0003~AK5*A~");
        String ak9 = c.ak5().startsWith("AK5*E") ? "AK9*E*3*3*3~" : "AK9*P*3*3*2~";
        assertThat(ack).contains(ak9);
    }

    @Test
    void everyStaediErrorIsCoveredByAFileOrExplained() {
        Set<EDIStreamValidationError> covered = cases().map(a -> ((Case) a.get()[0]).error())
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(EDIStreamValidationError.class)));
        assertThat(covered).doesNotContainAnyElementsOf(NOT_RAISED);
        EnumSet<EDIStreamValidationError> all = EnumSet.allOf(EDIStreamValidationError.class);
        all.removeAll(covered);
        all.removeAll(NOT_RAISED);
        assertThat(all).as("StAEDI errors with neither a file nor a reason").isEmpty();
        assertThat(EnumSet.copyOf(NOT_RAISED)).contains(EXCLUSION_CONDITION_VIOLATED);
    }

    /** The group and interchange control errors: the sets are still read and acknowledged one by one. */
    @Test
    void groupAndInterchangeControlErrors() {
        X12ValidationReport groupCount = new InterchangeValidator().validate(X12Samples.of(file("004010").replace("GE*3*4711~", "GE*4*4711~")));
        assertThat(acknowledgments(groupCount)).contains("AK2*850*0001~AK5*A~AK2*850*0002~AK5*A~AK2*850*0003~AK5*A~AK9*R*4*3*3*5~");

        X12ValidationReport groupReference = new InterchangeValidator().validate(X12Samples.of(file("004010").replace("GE*3*4711~", "GE*3*4712~")));
        assertThat(acknowledgments(groupReference)).contains("AK2*850*0003~AK5*A~AK9*R*3*3*3*4~");

        X12ValidationReport interchangeCount = new InterchangeValidator().validate(X12Samples.of(file("004010").replace("IEA*1*", "IEA*2*")));
        assertThat(interchangeCount.interchanges().get(0).noteCode()).isEqualTo(InterchangeNoteCode.INVALID_GROUP_COUNT);
        assertThat(interchangeCount.interchanges().get(0).groups().get(0).transactionSets()).hasSize(3);

        X12ValidationReport interchangeReference = new InterchangeValidator().validate(X12Samples.of(file("004010").replace("IEA*1*000004711", "IEA*1*000004712")));
        assertThat(interchangeReference.interchanges().get(0).noteCode()).isEqualTo(InterchangeNoteCode.CONTROL_NUMBER_MISMATCH);
        assertThat(interchangeReference.interchanges().get(0).groups().get(0).transactionSets()).hasSize(3);
    }
}
