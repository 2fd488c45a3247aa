package com.ascendelements.portal.exchange.translation;

import static com.ascendelements.portal.DomainFixtures.CLOCK;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.ascendelements.portal.DomainFixtures;
import com.ascendelements.portal.common.Money;
import com.ascendelements.portal.common.Quantity;
import com.ascendelements.portal.common.UnitOfMeasure;
import com.ascendelements.portal.edi.message.PurchaseOrderAcknowledgmentMessage;
import com.ascendelements.portal.edi.x12.InterchangeValidator;
import com.ascendelements.portal.purchasing.LineAnswer;
import com.ascendelements.portal.purchasing.LineStatus;
import com.ascendelements.portal.purchasing.PurchaseOrder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A supplier's 855, as its system writes it, read by the server's reader and translated into answers to the lines of
 * the hub's order: per ACK01 code, split lines (several ACKs), quantities in other units, a whole-order BAK02, and
 * what does not fit the order.
 */
class InboundAcknowledgmentTranslationTest {

    private PurchaseOrder order;

    @BeforeEach
    void placeOrder() {
        LocalDate day = LocalDate.of(2026, 11, 20);
        order = PurchaseOrder.place("AE-PO-1", DomainFixtures.hub(), DomainFixtures.supplier(), null, day, "USD", "buyer", CLOCK);
        order.addLine("1", DomainFixtures.scrap(), Quantity.kilograms("20000"), Money.of("3.10", "USD"), UnitOfMeasure.KILOGRAM, null, null);
        order.addLine("2", DomainFixtures.scrap(), Quantity.kilograms("10000"), Money.of("3.10", "USD"), UnitOfMeasure.KILOGRAM, null, null);
        order.addLine("3", DomainFixtures.scrap(), Quantity.kilograms("5000"), Money.of("3.10", "USD"), UnitOfMeasure.KILOGRAM, null, null);
    }

    private static PurchaseOrderAcknowledgmentMessage read(String bak02, String lines) {
        String x12 = "ISA*00*          *00*          *01*080231617      *ZZ*ASCENDELEMENTS *261120*1000*^*00501*000000777*0*P*>~"
                + "GS*PR*SKBA*ASCENDEL*20261120*1000*777*X*005010~ST*855*0001~BAK*00*" + bak02 + "*AE-PO-1*20261120~"
                + lines + "CTT*1~SE*99*0001~GE*1*777~IEA*1*000000777~";
        String counted = x12.replace("SE*99*", "SE*" + (x12.split("~").length - 4) + "*");  // ST..SE
        byte[] file = counted.getBytes(StandardCharsets.US_ASCII);
        assertThat(new InterchangeValidator().validate(file).isClean()).as(new InterchangeValidator().validate(file).allIssues().toString()).isTrue();
        return TranslatedMessages.read(file, PurchaseOrderAcknowledgmentMessage.class).get(0);
    }

    @Test
    void readsEachLinesAck01AsItsAnswer() {
        List<LineAnswer> answers = PurchaseOrderAcknowledgmentTranslator.toAnswers(read("AC",
                "PO1*1*20000*KG*3.1**VP*ES-NMC-AL~ACK*IA*20000*KG~"
                        + "PO1*2*10000*KG*3.1**VP*ES-NMC-AL~ACK*IQ*8*MT~"
                        + "PO1*3*5000*KG*3.1**VP*ES-NMC-AL~ACK*IR*5000*KG~"), order);
        assertThat(answers).containsExactly(LineAnswer.of("1", LineStatus.ACCEPTED),
                LineAnswer.changedTo("2", Quantity.kilograms("8000")), LineAnswer.of("3", LineStatus.REJECTED));
    }

    @Test
    void addsUpTheAcksOfASplitLineAndLeavesOutWhatIsRejected() {
        List<LineAnswer> answers = PurchaseOrderAcknowledgmentTranslator.toAnswers(read("AC",
                "PO1*1*20000*KG*3.1**VP*ES-NMC-AL~ACK*IA*12000*KG*068*20261201~ACK*IB*8000*KG*068*20270105~"
                        + "PO1*2*10000*KG*3.1**VP*ES-NMC-AL~ACK*IA*6000*KG~ACK*IR*4000*KG~"
                        + "PO1*3*5000*KG*3.1**VP*ES-NMC-AL~ACK*DR*5000*KG*068*20270301~"), order);
        assertThat(answers).containsExactly(LineAnswer.of("1", LineStatus.ACCEPTED),
                LineAnswer.changedTo("2", Quantity.kilograms("6000")), LineAnswer.of("3", LineStatus.CHANGED));
    }

    @Test
    void answersEveryLineFromBak02WhenThe855HasNoLines() {
        assertThat(PurchaseOrderAcknowledgmentTranslator.toAnswers(read("AT", ""), order)).extracting(LineAnswer::status)
                .containsExactly(LineStatus.ACCEPTED, LineStatus.ACCEPTED, LineStatus.ACCEPTED);
        assertThat(PurchaseOrderAcknowledgmentTranslator.toAnswers(read("RJ", ""), order)).extracting(LineAnswer::status)
                .containsExactly(LineStatus.REJECTED, LineStatus.REJECTED, LineStatus.REJECTED);
        // a line without ACK: BAK02 says (rejected with detail), else PO102 against what was ordered
        assertThat(PurchaseOrderAcknowledgmentTranslator.toAnswers(read("RD", "PO1*1*20000*KG*3.1**VP*ES-NMC-AL~"), order))
                .containsExactly(LineAnswer.of("1", LineStatus.REJECTED));
        assertThat(PurchaseOrderAcknowledgmentTranslator.toAnswers(read("AC", "PO1*1*18000*KG*3.1**VP*ES-NMC-AL~"), order))
                .containsExactly(LineAnswer.changedTo("1", Quantity.kilograms("18000")));
    }

    @Test
    void refusesWhatDoesNotFitTheOrder() {
        assertThatThrownBy(() -> PurchaseOrderAcknowledgmentTranslator.toAnswers(read("AC",
                "PO1*7*20000*KG*3.1**VP*ES-NMC-AL~ACK*IA*20000*KG~"), order)).hasMessageContaining("has no such line");
        assertThatThrownBy(() -> PurchaseOrderAcknowledgmentTranslator.toAnswers(read("AC",
                "PO1*1*20000*KG*3.1**VP*ES-NMC-AL~ACK*IA*20*TO~"), order)).hasMessageContaining("unit TO");
        assertThatThrownBy(() -> PurchaseOrderAcknowledgmentTranslator.toAnswers(read("AC",
                "PO1*1*20000*KG*3.1**VP*ES-NMC-AL~ACK*IA*20*EA~"), order)).hasMessageContaining("855 line 1");
    }
}
