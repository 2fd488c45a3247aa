package com.ascendelements.portal.edi.x12.out;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.ascendelements.portal.edi.message.HierarchicalLevel;
import com.ascendelements.portal.edi.message.InvoiceMessage;
import com.ascendelements.portal.edi.message.PurchaseOrderAcknowledgmentMessage;
import com.ascendelements.portal.edi.message.PurchaseOrderMessage;
import com.ascendelements.portal.edi.message.ShipNoticeMessage;
import com.ascendelements.portal.edi.message.X12Message;
import com.ascendelements.portal.edi.smooks.X12Translator;
import com.ascendelements.portal.edi.x12.InterchangeValidator;
import com.ascendelements.portal.edi.x12.X12Delimiters;
import com.ascendelements.portal.edi.x12.X12ValidationReport;
import com.ascendelements.portal.edi.x12.ack.ControlNumberSource;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * 850, 855, 856 and 810 written the way the portal writes them (an {@link OutboundEnvelope} around the message, the
 * Smooks mapping of the set) from the DTOs of every sample file: in 004010 and 005010 and in two delimiter sets the
 * validator accepts the output without a single issue, and the Smooks reading gives back DTOs equal to the input.
 */
class OutboundRoundTripTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-28T10:15:00Z"), ZoneOffset.UTC);
    private static final EnvelopeParty HUB = new EnvelopeParty("ZZ", "ASCENDELEMENTS", "ASCENDEL");
    private static final EnvelopeParty PARTNER = new EnvelopeParty("ZZ", "SKBA", "SKBA");
    private static final Path SAMPLES = Paths.get("src/test/resources/x12");
    private static final X12Translator SMOOKS = new X12Translator();
    private static final List<X12Delimiters> DELIMITERS = List.of(new X12Delimiters('*', '>', '^', '~'),
            new X12Delimiters('|', ':', '^', '\n'));

    static Stream<Arguments> cases() throws IOException {
        List<Arguments> cases = new ArrayList<>();
        for (String set : List.of("850", "855", "856", "810")) {
            try (Stream<Path> files = Files.list(SAMPLES.resolve(set))) {
                for (Path file : files.filter(f -> f.toString().endsWith(".edi")).sorted().toList()) {
                    for (String version : List.of("004010", "005010")) {
                        for (X12Delimiters delimiters : DELIMITERS) {
                            cases.add(Arguments.of(set, file.getFileName().toString(), version, delimiters));
                        }
                    }
                }
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0} {1} as {2} {3}")
    @MethodSource("cases")
    void writesWhatTheValidatorAcceptsAndTheReadersReadBack(String set, String file, String version, X12Delimiters delimiters)
            throws IOException {
        byte[] sample = Files.readAllBytes(SAMPLES.resolve(set).resolve(file));
        for (X12Message input : read(set, sample)) {
            OutboundInterchange written = write(input, version, delimiters, ControlNumberSource.startingAt(42, 7, 3));

            assertThat(written.controlNumber()).isEqualTo("000000042");
            X12ValidationReport report = new InterchangeValidator().validate(written.x12());
            assertThat(report.allIssues()).as(written.text()).isEmpty();

            X12Message readBack = read(set, written.x12()).get(0);
            assertThat(readBack.getControlNumber()).isEqualTo("0003");
            assertThat(readBack.getGroup().getVersion()).isEqualTo(version);
            assertThat(readBack.getGroup().getControlNumber()).isEqualTo("7");
            assertThat(readBack.getGroup().getFunctionalIdentifier()).isEqualTo(
                    com.ascendelements.portal.edi.x12.TransactionSchemas.FUNCTIONAL_IDENTIFIERS.get(set));
            assertThat(readBack.getInterchange().getControlNumber()).isEqualTo("000000042");
            assertThat(readBack.getInterchange().getSenderId()).isEqualTo("ASCENDELEMENTS");
            assertSameContent(readBack, input, written.text());
        }
    }

    @Test
    void writesTheHierarchyWithComputedHl04AndRefusesAChildBeforeItsParent() {
        ShipNoticeMessage notice = new ShipNoticeMessage();
        notice.setShipmentId("AE-SHP-1");
        notice.setShipmentDate(java.time.LocalDate.of(2026, 12, 1));
        notice.setShipmentTime("0800");
        notice.getLevels().add(level(null, null, "S"));
        notice.getLevels().add(level(null, "1", "O"));
        notice.getLevels().add(level(null, "2", "P"));
        notice.getLevels().add(level(null, "3", "I"));
        notice.getLevels().add(level(null, "2", "P"));
        String text = envelope("004010", DELIMITERS.get(0), false, ControlNumberSource.startingAt(1, 1, 1))
                .write(SMOOKS, "856", notice, CLOCK).text();
        assertThat(text).contains("HL*1**S*1~HL*2*1*O*1~HL*3*2*P*1~HL*4*3*I*0~HL*5*2*P*0~CTT*5~SE*9*0001~");

        notice.getLevels().add(level("9", "12", "I"));
        assertThatThrownBy(() -> envelope("004010", DELIMITERS.get(0), false, ControlNumberSource.startingAt(1, 1, 1))
                .write(SMOOKS, "856", notice, CLOCK)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("parent 12");
    }

    @Test
    void refusesValuesThatContainADelimiterOrALineBreakAndAmountsFinerThanCents() throws IOException {
        InvoiceMessage invoice = SMOOKS.read(Files.readAllBytes(SAMPLES.resolve("810/ascend-810-to-ecopro-004010.edi")), InvoiceMessage.class).get(0);
        invoice.setInvoiceNumber("AE*1");
        assertThatThrownBy(() -> write(invoice, "004010", DELIMITERS.get(0), ControlNumberSource.startingAt(1, 1, 1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("BIG02");
        invoice.setInvoiceNumber("AE-1");
        invoice.getParties().get(0).setName("ASCEND ELEMENTS\r\nCOVINGTON");
        assertThatThrownBy(() -> write(invoice, "004010", DELIMITERS.get(0), ControlNumberSource.startingAt(1, 1, 1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("N102 contains a line break");
        invoice.getParties().get(0).setName("ASCEND ELEMENTS");
        invoice.setTotalAmount(new BigDecimal("10.005"));
        assertThatThrownBy(() -> write(invoice, "004010", DELIMITERS.get(0), ControlNumberSource.startingAt(1, 1, 1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("two decimals");
    }

    private static HierarchicalLevel level(String id, String parent, String code) {
        HierarchicalLevel level = new HierarchicalLevel();
        level.setId(id);
        level.setParentId(parent);
        level.setLevelCode(code);
        return level;
    }

    private static void assertSameContent(X12Message actual, X12Message expected, String x12) {
        assertThat(actual).as(x12).usingRecursiveComparison()
                .withComparatorForType(Comparator.naturalOrder(), BigDecimal.class)
                .ignoringFields("interchange", "group", "controlNumber", "segmentCount", "lineItemCount", "levels.childCode",
                        "levels.children")
                .isEqualTo(expected);
        if (expected instanceof ShipNoticeMessage notice) {
            assertThat(((ShipNoticeMessage) actual).getLineItemCount()).isEqualTo(notice.getLevels().size());
        }
    }

    private static List<? extends X12Message> read(String set, byte[] x12) {
        Class<? extends X12Message> type = switch (set) {
            case "850" -> PurchaseOrderMessage.class;
            case "855" -> PurchaseOrderAcknowledgmentMessage.class;
            case "856" -> ShipNoticeMessage.class;
            default -> InvoiceMessage.class;
        };
        return SMOOKS.read(x12).stream().filter(type::isInstance).toList();
    }

    private static OutboundInterchange write(X12Message message, String version, X12Delimiters delimiters, ControlNumberSource numbers) {
        return envelope(version, delimiters, true, numbers).write(SMOOKS, message.getTransactionSetCode(), message, CLOCK);
    }

    private static OutboundEnvelope envelope(String version, X12Delimiters delimiters, boolean lineBreaks, ControlNumberSource numbers) {
        return new OutboundEnvelope(HUB, PARTNER, version, delimiters, lineBreaks, numbers);
    }
}
