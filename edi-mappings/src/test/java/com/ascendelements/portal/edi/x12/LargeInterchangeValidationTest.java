package com.ascendelements.portal.edi.x12;

import com.ascendelements.portal.edi.x12.ack.Acknowledgment;
import com.ascendelements.portal.edi.x12.ack.AcknowledgmentSender;
import com.ascendelements.portal.edi.x12.ack.AcknowledgmentWriter;
import com.ascendelements.portal.edi.x12.ack.ControlNumberSource;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openjdk.jol.info.GraphLayout;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A 30 MB interchange of 856s, generated while it is read, validated in a JVM of its own with -Xmx64m (surefire
 * execution "large-files"): the file cannot be held, so this passes only when validation streams. The report keeps
 * every set for the 997, packed: its retained size is measured with JOL.
 */
@Tag("large-file")
class LargeInterchangeValidationTest {

    private static final int TARGET_BYTES = 30 * 1024 * 1024;

    @Test
    void validatesAnInterchangeLargerThanTheHeapAndKeepsEverySetCompactly() {
        String sample = X12Samples.text("856/ascend-856-to-ecopro-004010.edi");
        String head = sample.substring(0, sample.indexOf("ST*856"));
        String set = sample.substring(sample.indexOf("ST*856"), sample.indexOf("GE*"));
        int sets = TARGET_BYTES / set.length();
        int bad = sets / 2;
        InputStream file = new GeneratedInterchange(head, set, sets, bad);

        X12ValidationReport report = new InterchangeValidator().validate(file);

        assertThat(report.fileIssues()).isEmpty();
        assertThat(report.interchanges()).singleElement().satisfies(i -> assertThat(i.issues()).isEmpty());
        FunctionalGroupReport group = report.interchanges().get(0).groups().get(0);
        assertThat(group.issues()).isEmpty();
        assertThat(group.transactionSets()).hasSize(sets);
        assertThat(group.acceptedCount()).isEqualTo(sets - 1);
        assertThat(group.ackCode()).isEqualTo(AcknowledgmentCode.P);
        assertThat(group.transactionSets().get(0))
                .isEqualTo(new TransactionSetReport("856", "000000001", null, 21, 21, List.of()));
        assertThat(group.transactionSets().get(sets - 1).controlNumber()).isEqualTo(String.format("%09d", sets));
        TransactionSetReport rejected = group.transactionSets().get(bad);
        assertThat(rejected.controlNumber()).isEqualTo(String.format("%09d", bad + 1));
        assertThat(rejected.ackCode()).isEqualTo(AcknowledgmentCode.R);
        assertThat(rejected.errorCodes()).containsExactly(TransactionSetErrorCode.SEGMENT_COUNT_MISMATCH);
        assertThat(((TransactionSetList) group.transactionSets()).unpackedCount()).isEqualTo(1);

        long retained = GraphLayout.parseInstance(report).totalSize();
        long asObjects = GraphLayout.parseInstance(new java.util.ArrayList<>(group.transactionSets())).totalSize();
        System.out.printf("LargeInterchangeValidationTest: %,d sets in %.1f MB, report retains %,d bytes (%.1f per set; "
                        + "%.1f per set as one report object each), heap max %,d MB%n", sets, (double) sets * set.length() / 1048576,
                retained, (double) retained / sets, (double) asObjects / sets, Runtime.getRuntime().maxMemory() / 1048576);
        assertThat(retained).isLessThan(sets * 32L + 64 * 1024);

        List<Acknowledgment> acks = new AcknowledgmentWriter(new AcknowledgmentSender("ZZ", "ASCENDELEMENTS", "ASCENDEL",
                X12Delimiters.DEFAULT_004010, true)).acknowledgeAll(report, ControlNumberSource.startingAt(1, 1, 1));
        String ack = new String(acks.get(0).x12(), StandardCharsets.ISO_8859_1).replace("\r", "").replace("\n", "");
        assertThat(ack.split("AK2\\*", -1).length - 1).as("AK2 segments").isEqualTo(sets);
        assertThat(ack.split("AK5\\*A~", -1).length - 1).as("accepted sets").isEqualTo(sets - 1);
        assertThat(ack.contains("AK2*856*" + String.format("%09d", bad + 1) + "~AK5*R*4~")).as("the rejected set").isTrue();
        assertThat(ack.contains("AK9*P*" + sets + "*" + sets + "*" + (sets - 1) + "~")).as("AK9").isTrue();
        assertThat(new InterchangeValidator().validate(acks.get(0).x12()).isAccepted()).isTrue();
    }
}
