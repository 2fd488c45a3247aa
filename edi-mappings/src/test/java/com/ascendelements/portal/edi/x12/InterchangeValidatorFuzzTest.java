package com.ascendelements.portal.edi.x12;

import com.ascendelements.portal.edi.x12.ack.AcknowledgmentSender;
import com.ascendelements.portal.edi.x12.ack.AcknowledgmentWriter;
import com.ascendelements.portal.edi.x12.ack.ControlNumberSource;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/**
 * Random byte mutations of valid partner files never make the validator (or the acknowledgment writer) throw, and
 * each input is handled quickly.
 */
class InterchangeValidatorFuzzTest {

    /** Number of inputs; raise it locally with -Dfuzz.inputs=50000 (and -Dfuzz.seed=...) to search harder. */
    private static final int INPUTS = Integer.getInteger("fuzz.inputs", 3000);
    private static final long SEED = Long.getLong("fuzz.seed", 20241104L);
    private static final Duration TOTAL_BUDGET = Duration.ofSeconds(Math.max(40, INPUTS / 50));
    private static final long PER_INPUT_NANOS = Duration.ofSeconds(2).toNanos();
    private static final byte[] INTERESTING = "*~>^|:\r\n \u0000ISAIEAGSGESTSE0123456789".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);

    private final InterchangeValidator validator = new InterchangeValidator();
    private final AcknowledgmentWriter writer = new AcknowledgmentWriter(
            new AcknowledgmentSender("ZZ", "ASCENDELEMENTS", "ASCENDEL", X12Delimiters.DEFAULT_004010, false));

    @Test
    void mutatedFilesNeverThrowAndFinishQuickly() {
        List<byte[]> seeds = List.of("850-ecopro-004010.x12", "850-ecopro-newlines.x12", "850-ecopro-005010-bom.x12",
                "856-skba-crlf.x12", "810-ascend-invoice.x12", "multi-interchange.x12").stream()
                .map(name -> X12Samples.bytes("valid/" + name)).toList();
        Random random = new Random(SEED);
        int[] withIssues = {0};

        assertTimeoutPreemptively(TOTAL_BUDGET, () -> {
            for (int i = 0; i < INPUTS; i++) {
                byte[] input = mutate(seeds.get(random.nextInt(seeds.size())), random);
                long start = System.nanoTime();
                try {
                    X12ValidationReport report = validator.validate(input);
                    writer.acknowledgeAll(report, ControlNumberSource.startingAt(1, 1, 1));
                    if (!report.allIssues().isEmpty()) {
                        withIssues[0]++;
                    }
                } catch (RuntimeException | Error e) {
                    fail("input #" + i + " threw " + e + ":\n" + new String(input, java.nio.charset.StandardCharsets.ISO_8859_1), e);
                }
                long elapsed = System.nanoTime() - start;
                assertThat(elapsed).as("input #%d took %d ms", i, elapsed / 1_000_000).isLessThan(PER_INPUT_NANOS);
            }
        });
        assertThat(withIssues[0]).as("mutations are detected").isGreaterThan(INPUTS / 2);
    }

    private static byte[] mutate(byte[] original, Random random) {
        byte[] data = original.clone();
        int mutations = 1 + random.nextInt(4);
        for (int m = 0; m < mutations && data.length > 0; m++) {
            int at = random.nextInt(data.length);
            switch (random.nextInt(7)) {
                case 0 -> data[at] = (byte) random.nextInt(256);
                case 1 -> data[at] = INTERESTING[random.nextInt(INTERESTING.length)];
                case 2 -> data = splice(data, at, Math.min(data.length, at + 1 + random.nextInt(20)), new byte[0]);
                case 3 -> data = splice(data, at, at, new byte[] {INTERESTING[random.nextInt(INTERESTING.length)]});
                case 4 -> {
                    int end = Math.min(data.length, at + 1 + random.nextInt(60));
                    data = splice(data, at, at, Arrays.copyOfRange(data, at, end));
                }
                case 5 -> data = Arrays.copyOf(data, at);
                default -> {
                    byte[] noise = new byte[1 + random.nextInt(8)];
                    random.nextBytes(noise);
                    data = splice(data, at, at, noise);
                }
            }
        }
        return data;
    }

    private static byte[] splice(byte[] data, int from, int to, byte[] insert) {
        byte[] result = new byte[data.length - (to - from) + insert.length];
        System.arraycopy(data, 0, result, 0, from);
        System.arraycopy(insert, 0, result, from, insert.length);
        System.arraycopy(data, to, result, from + insert.length, data.length - to);
        return result;
    }
}
