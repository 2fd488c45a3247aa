package com.ascendelements.portal.exchange.as2;

import static org.assertj.core.api.Assertions.assertThat;

import com.ascendelements.portal.MutableClock;
import com.ascendelements.portal.platform.MigratedH2;
import java.time.Duration;
import java.time.Instant;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The allowance for senders that are no partner: so many a minute per address, each address its own, a new minute anew. */
class AnonymousSendersTest {

    @Test
    void eachAddressMaySendSoManyAMinuteAndTheNextMinuteStartsAfresh() {
        MutableClock clock = new MutableClock(Instant.parse("2026-12-07T10:00:00Z"));
        AnonymousSenders senders = new AnonymousSenders();
        MigratedH2.inject(senders, "perMinute", 3);
        MigratedH2.inject(senders, "clock", clock);

        assertThat(IntStream.range(0, 5).mapToObj(i -> senders.admit("203.0.113.7"))).containsExactly(true, true, true, false, false);
        assertThat(senders.admit("198.51.100.1")).as("another address").isTrue();
        clock.advance(Duration.ofSeconds(59));
        assertThat(senders.admit("203.0.113.7")).isFalse();
        clock.advance(Duration.ofSeconds(1));
        assertThat(senders.admit("203.0.113.7")).as("a minute after its first").isTrue();
        assertThat(senders.taken()).isEqualTo(5);
        assertThat(senders.turnedAway()).isEqualTo(3);
    }
}
