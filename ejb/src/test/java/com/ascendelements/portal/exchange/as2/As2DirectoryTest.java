package com.ascendelements.portal.exchange.as2;

import static org.assertj.core.api.Assertions.assertThat;

import com.ascendelements.portal.exchange.Interchange;
import com.ascendelements.portal.exchange.Transport;
import com.ascendelements.portal.platform.MigratedH2;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.lang.reflect.Field;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;
import java.util.function.Function;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The AS2 Message-ID of an outbound interchange is recorded before its first send and reused on every later send
 * (a retry, a resend after a crash or restart), against the real migrations and JPQL; and the second send of the
 * same interchange over AS2 carries that same Message-ID on the wire.
 */
class As2DirectoryTest {

    private static EntityManagerFactory emf;
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-05T10:00:00Z"), ZoneOffset.UTC);

    @BeforeAll
    static void boot() {
        emf = MigratedH2.entityManagerFactory("as2-directory");
        inTransaction(directory -> field(directory).createNativeQuery("INSERT INTO trading_partner (id, version, code, name, active,"
                + " x12_qualifier, x12_interchange_id, x12_application_code, x12_version, element_separator, component_separator,"
                + " repetition_separator, segment_terminator, line_break_after_segment) VALUES (7, 1, 'BETA', 'Beta', TRUE, 'ZZ', 'BETA',"
                + " 'BETA', '00401', '*', '>', '^', '~', FALSE)").executeUpdate());
    }

    @AfterAll
    static void close() {
        emf.close();
    }

    @Test
    void anOutboundInterchangeKeepsTheMessageIdOfItsFirstAttempt() {
        long interchange = newInterchange();
        long other = newInterchange();

        String first = inTransaction(d -> d.messageIdFor(interchange, 7, "HUB AS2"));
        // the first attempt is sent (asynchronous MDN: recorded with its MIC), then the node crashes and a second
        // attempt after the restart asks again
        inTransaction(d -> {
            d.recordSent(first, interchange, 7, "abc=, sha-256");
            return null;
        });
        inTransaction(d -> {
            d.recordReceipt(first, false, "negative");
            return null;
        });
        String second = inTransaction(d -> d.messageIdFor(interchange, 7, "HUB AS2"));
        inTransaction(d -> {
            d.recordSent(second, interchange, 7, "def=, sha-256");  // an upsert, not a second row
            return null;
        });

        assertThat(first).startsWith("<portal-").endsWith("@HUBAS2>");
        assertThat(second).isEqualTo(first);
        String forOther = inTransaction(d -> d.messageIdFor(other, 7, "HUB AS2"));
        java.util.Optional<As2MdnReceiver.Pending> pending = inTransaction(d -> d.pending(first));
        java.util.Optional<As2OutboundMessage> receipt = inTransaction(d -> d.receipt(first));
        Long rows = inTransaction(d -> field(d).createQuery("SELECT count(m) FROM As2OutboundMessage m WHERE m.interchangeId = :i",
                Long.class).setParameter("i", interchange).getSingleResult());
        assertThat(forOther).isNotEqualTo(first);
        assertThat(pending).hasValueSatisfying(p -> assertThat(p.mic()).isEqualTo("def=, sha-256"));
        assertThat(receipt).as("the earlier attempt's receipt is forgotten").isEmpty();
        assertThat(rows).isEqualTo(1L);
    }

    @Test
    void aSecondSendOfTheSameInterchangeCarriesTheSameMessageIdOnTheWire() throws Exception {
        long interchange = newInterchange();
        try (As2Harness beta = new As2Harness()) {
            beta.alphaAtBeta(As2Harness.settings("ALPHA", null, true, true, false, com.ascendelements.portal.partners.As2Settings.MdnMode.SYNC,
                    true), As2Harness.ALPHA_KEY.certificate());
            As2Peer betaAtAlpha = new As2Peer(7L, "BETA", As2Harness.settings("BETA", beta.url(), true, true, false,
                    com.ascendelements.portal.partners.As2Settings.MdnMode.SYNC, true), As2Harness.BETA_KEY.certificate());

            As2Sender.Result[] results = new As2Sender.Result[2];
            for (int attempt = 0; attempt < 2; attempt++) {  // as As2Transport does on each attempt
                String messageId = inTransaction(d -> d.messageIdFor(interchange, 7, "ALPHA"));
                results[attempt] = As2Harness.alphaSender().send(betaAtAlpha, "997.x12", As2RoundTripTest.X12, messageId, (id, mic) -> { });
            }

            assertThat(results[0].outcome()).as(results[0].detail()).isEqualTo(As2Sender.Outcome.CONFIRMED);
            assertThat(results[1].outcome()).as(results[1].detail()).isEqualTo(As2Sender.Outcome.CONFIRMED);
            assertThat(results[1].messageId()).isEqualTo(results[0].messageId());
            assertThat(beta.requests).hasSize(2).extracting(h -> h.get("message-id"))
                    .containsExactly(results[0].messageId(), results[0].messageId());
        }
    }

    private static long newInterchange() {
        return inTransaction(d -> {
            EntityManager em = field(d);
            Interchange interchange = Interchange.received(Transport.API_UPLOAD, "997.x12",
                    ("ISA " + UUID.randomUUID()).getBytes(StandardCharsets.US_ASCII), CLOCK);
            em.persist(interchange);
            em.flush();
            return interchange.id();
        });
    }

    private static <T> T inTransaction(Function<As2Directory, T> work) {
        return MigratedH2.inTransaction(emf, em -> {
            As2Directory directory = new As2Directory();
            MigratedH2.inject(directory, "em", em);
            MigratedH2.inject(directory, "clock", CLOCK);
            return work.apply(directory);
        });
    }

    private static EntityManager field(As2Directory directory) {
        try {
            Field f = As2Directory.class.getDeclaredField("em");
            f.setAccessible(true);
            return (EntityManager) f.get(directory);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
