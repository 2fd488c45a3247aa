package com.ascendelements.portal.exchange;

import static com.ascendelements.portal.DomainFixtures.CLOCK;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** An interchange's life: the moves its methods allow, and the ones they refuse with the reason. */
class InterchangeLifeTest {

    private static final byte[] FILE = "ISA*...~".getBytes(StandardCharsets.US_ASCII);

    private static Interchange received() {
        return Interchange.received(Transport.AS2, "in.x12", FILE, CLOCK);
    }

    private static Interchange written() {
        return Interchange.written(Transport.AS2, "out.x12", FILE, CLOCK);
    }

    @Test
    void aReceivedFileIsProcessedOnceAndOnlyAFailedRejectedOrWaitingOneIsQueuedAgain() {
        Interchange file = received();
        file.note("Attempt 1 failed (database down); next attempt after 10:00", CLOCK);
        assertThat(file.status()).isEqualTo(InterchangeStatus.RECEIVED);
        file.concludeProcessing(InterchangeStatus.REJECTED, "Rejected: IEA01 count", CLOCK);
        file.recordOutcomes(SyntaxOutcome.REJECTED, BusinessOutcome.NOT_APPLIED);
        file.queueForProcessingAgain(CLOCK);
        assertThat(file.status()).isEqualTo(InterchangeStatus.RECEIVED);
        assertThat(file.syntaxOutcome()).as("forgotten until the next run says it anew").isEmpty();
        file.concludeProcessing(InterchangeStatus.PROCESSED, "Purchase order created", CLOCK);

        assertThatThrownBy(() -> file.queueForProcessingAgain(CLOCK)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("is PROCESSED: only a failed, rejected or waiting file is processed again");
        assertThatThrownBy(() -> file.concludeProcessing(InterchangeStatus.REJECTED, "again", CLOCK))
                .hasMessageContaining("is PROCESSED and cannot become REJECTED");
        assertThatThrownBy(() -> file.queueForDeliveryAgain(CLOCK)).hasMessageContaining("Only a file we sent can be sent again");
        assertThatThrownBy(() -> file.delivered("MDN", CLOCK)).hasMessageContaining("cannot become SENT");

        file.fail("a job that failed after the file was applied", CLOCK);
        assertThat(file.status()).as("applied stays applied").isEqualTo(InterchangeStatus.PROCESSED);

        Interchange duplicate = received();
        duplicate.concludeProcessing(InterchangeStatus.DUPLICATE, "Resend of interchange 7", CLOCK);
        assertThatThrownBy(() -> duplicate.queueForProcessingAgain(CLOCK)).isInstanceOf(IllegalStateException.class);

        Interchange failed = received();
        failed.fail("Gave up after 5 attempts", CLOCK);
        failed.queueForProcessingAgain(CLOCK);
        assertThat(failed.status()).isEqualTo(InterchangeStatus.RECEIVED);

        Interchange keyed = Interchange.received(Transport.WEB_EDI, "855.x12", FILE, CLOCK);
        keyed.concludeProcessing(InterchangeStatus.PROCESSED, "entered in the portal", CLOCK);
        assertThatThrownBy(() -> keyed.queueForProcessingAgain(CLOCK)).hasMessageContaining("entered in the portal");
    }

    @Test
    void aFileWeSendIsDeliveredAcknowledgedAndMayBeSentAgainButNeverProcessed() {
        Interchange file = written();
        file.awaitReceipt("<m1@hub>", CLOCK);
        assertThat(file.status()).isEqualTo(InterchangeStatus.SENDING);
        file.delivered("signed MDN, MIC matches", CLOCK);
        assertThat(file.status()).isEqualTo(InterchangeStatus.SENT);
        assertThat(file.acknowledged("997 A", CLOCK)).isTrue();
        file.delivered("a late receipt", CLOCK);
        assertThat(file.status()).as("a late receipt does not undo the 997").isEqualTo(InterchangeStatus.ACKNOWLEDGED);
        assertThat(file.acknowledged("997 A again", CLOCK)).isFalse();
        // late facts about a file the partner acknowledged change nothing but the note: a retry's async receipt awaited,
        // the retry's job given up, a negative MDN for a second copy
        file.awaitReceipt("<m2@hub>", CLOCK);
        file.fail("Gave up after 5 attempts: connection refused", CLOCK);
        file.refusedByPartner("duplicate", CLOCK);
        assertThat(file.status()).isEqualTo(InterchangeStatus.ACKNOWLEDGED);
        assertThat(file.statusReason()).isEqualTo("The partner refused it: duplicate");
        file.queueForDeliveryAgain(CLOCK);
        assertThat(file.status()).isEqualTo(InterchangeStatus.READY);

        Interchange refused = written();
        refused.refusedByPartner("authentication-failed", CLOCK);
        assertThat(refused.status()).isEqualTo(InterchangeStatus.FAILED);
        assertThat(refused.statusReason()).isEqualTo("The partner refused it: authentication-failed");
        assertThat(refused.acknowledged("997 A", CLOCK)).as("a refused delivery is not acknowledged").isFalse();
        assertThatThrownBy(() -> refused.queueForProcessingAgain(CLOCK)).hasMessageContaining("was sent by us");
        assertThatThrownBy(() -> refused.concludeProcessing(InterchangeStatus.PROCESSED, "x", CLOCK))
                .hasMessageContaining("cannot conclude its processing as PROCESSED");
        refused.delivered("resent and delivered", CLOCK);
        assertThat(refused.status()).isEqualTo(InterchangeStatus.SENT);
    }

    @Test
    void everyStateSaysWhereItMayGo() {
        assertThat(InterchangeStatus.PROCESSED.mayMoveTo(InterchangeStatus.RECEIVED)).isFalse();
        assertThat(InterchangeStatus.DUPLICATE.mayMoveTo(InterchangeStatus.RECEIVED)).isFalse();
        assertThat(InterchangeStatus.REJECTED.mayMoveTo(InterchangeStatus.RECEIVED)).isTrue();
        assertThat(InterchangeStatus.SENT.mayMoveTo(InterchangeStatus.FAILED)).isFalse();
        assertThat(InterchangeStatus.SENDING.mayMoveTo(InterchangeStatus.FAILED)).isTrue();
        for (InterchangeStatus from : InterchangeStatus.values()) {
            assertThat(from.mayMoveTo(from)).as(from.name()).isEqualTo(from == InterchangeStatus.RECEIVED || from == InterchangeStatus.READY
                    || from == InterchangeStatus.FAILED || from == InterchangeStatus.SENDING);
        }
    }
}
