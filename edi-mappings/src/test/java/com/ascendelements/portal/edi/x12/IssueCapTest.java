package com.ascendelements.portal.edi.x12;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Past the cap on stored issues (a garbage file must not exhaust memory), a set or group in error still keeps the
 * issue its acknowledgment depends on: a broken set is never acknowledged as accepted.
 */
class IssueCapTest {

    @Test
    void aBrokenSetPastTheIssueCapIsStillRejected() {
        int sets = ScanState.MAX_ISSUES + 20;
        StringBuilder x12 = new StringBuilder(
                "ISA*00*          *00*          *ZZ*ECOPROBMUS     *ZZ*ASCENDELEMENTS *261128*1015*U*00401*000000777*0*P*>~\n"
                        + "GS*PO*ECOPRO*ASCENDEL*20261128*1015*777*X*004010~\n");
        for (int i = 1; i <= sets; i++) {
            String st02 = String.format("%04d", i);
            // the first sets fill the cap, then good sets, then the last one broken: SE01 counts one segment too many
            boolean broken = i <= ScanState.MAX_ISSUES + 5 || i == sets;
            x12.append("ST*850*").append(st02).append("~\nBEG*00*SA*PO-").append(i).append("**20261128~\n")
                    .append("PO1*1*1*KG*1**VP*CAM-NMC811~\nCTT*1~\nSE*").append(broken ? 6 : 5).append('*').append(st02).append("~\n");
        }
        x12.append("GE*").append(sets).append("*777~\nIEA*1*000000777~\n");

        X12ValidationReport report = new InterchangeValidator().validate(x12.toString().getBytes(StandardCharsets.US_ASCII));

        List<TransactionSetReport> reports = report.interchanges().get(0).groups().get(0).transactionSets();
        assertThat(reports).hasSize(sets);
        assertThat(reports.get(sets - 1).ackCode()).isEqualTo(AcknowledgmentCode.R);
        assertThat(reports.get(sets - 2).ackCode()).isEqualTo(AcknowledgmentCode.A);
        assertThat(reports.stream().filter(r -> r.ackCode() == AcknowledgmentCode.R)).hasSize(ScanState.MAX_ISSUES + 6);
    }
}
