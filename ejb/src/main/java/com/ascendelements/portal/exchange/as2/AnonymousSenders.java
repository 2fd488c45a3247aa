package com.ascendelements.portal.exchange.as2;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * What the AS2 endpoint takes from a sender it does not know (an AS2-From that is no active partner's, or none): per
 * source address at most {@code portal.as2.anonymous-per-minute} messages a minute (PORTAL_AS2_ANONYMOUS_PER_MINUTE,
 * default 20) are read at all, and of those only their headers and the first {@link #PREFIX_BYTES} bytes are kept, so
 * that nobody can fill the database through the one door that has no login. Counted per node and logged at most once
 * a minute per address; partners' own messages are never limited here.
 */
@ApplicationScoped
public class AnonymousSenders {

    /** How much of an unknown sender's message is kept, after its headers. */
    public static final int PREFIX_BYTES = 64 * 1024;

    private static final Logger LOG = Logger.getLogger(AnonymousSenders.class.getName());
    private static final Duration WINDOW = Duration.ofMinutes(1);

    @Inject
    @ConfigProperty(name = "portal.as2.anonymous-per-minute", defaultValue = "20")
    int perMinute;
    @Inject
    Clock clock;
    @Inject
    As2Directory directory;

    private final Map<String, Window> windows = new ConcurrentHashMap<>();
    private final AtomicLong taken = new AtomicLong();
    private final AtomicLong turnedAway = new AtomicLong();

    /** Whether the sender named by AS2-From (null when missing) is an active partner's AS2 identity. */
    public boolean isKnown(String as2From) {
        String from = As2Receiver.unquote(as2From);
        return from != null && directory.peerByAs2Id(from).isPresent();
    }

    /** Whether one more message of an unknown sender from this address is read now (counted either way). */
    public boolean admit(String address) {
        Instant now = clock.instant();
        if (windows.size() > 10_000) {   // many addresses: forget the ones whose minute is over
            windows.values().removeIf(w -> w.over(now));
        }
        Window window = windows.compute(address, (a, w) -> w == null || w.over(now) ? new Window(now) : w);
        int count = window.count.incrementAndGet();
        if (count <= perMinute) {
            taken.incrementAndGet();
            return true;
        }
        turnedAway.incrementAndGet();
        if (count == perMinute + 1) {
            LOG.warning(() -> "AS2: more than " + perMinute + " messages a minute from " + address + " without a known AS2-From;"
                    + " the rest of this minute's are turned away unread (" + turnedAway.get() + " turned away, " + taken.get()
                    + " refused and kept in part since start)");
        }
        return false;
    }

    public long taken() {
        return taken.get();
    }

    public long turnedAway() {
        return turnedAway.get();
    }

    private static final class Window {
        private final Instant start;
        private final java.util.concurrent.atomic.AtomicInteger count = new java.util.concurrent.atomic.AtomicInteger();

        Window(Instant start) {
            this.start = start;
        }

        boolean over(Instant now) {
            return !now.isBefore(start.plus(WINDOW));
        }
    }
}
