package com.ascendelements.portal.exchange.queue;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * How the exchange engine works its queue on this node (MicroProfile Config, e.g. PORTAL_EXCHANGE_WORKERS).
 */
@ApplicationScoped
public class WorkerSettings {

    @Inject
    @ConfigProperty(name = "portal.exchange.workers", defaultValue = "4")
    int workers;

    @Inject
    @ConfigProperty(name = "portal.exchange.poll-millis", defaultValue = "1000")
    long pollMillis;

    @Inject
    @ConfigProperty(name = "portal.exchange.lease-seconds", defaultValue = "300")
    long leaseSeconds;

    @Inject
    @ConfigProperty(name = "portal.exchange.max-attempts", defaultValue = "5")
    int maxAttempts;

    @Inject
    @ConfigProperty(name = "portal.exchange.retry-delay-seconds", defaultValue = "30")
    long retryDelaySeconds;

    /** Names this node in the claims it makes: host and process id, unique per running instance. */
    private final String node = ManagementFactory.getRuntimeMXBean().getName();

    public int workers() {
        return Math.max(0, workers);
    }

    public Duration pollInterval() {
        return Duration.ofMillis(Math.max(50, pollMillis));
    }

    /** How long a claim holds; a node that crashed mid-job loses it after this long. */
    public Duration lease() {
        return Duration.ofSeconds(Math.max(5, leaseSeconds));
    }

    public int maxAttempts() {
        return Math.max(1, maxAttempts);
    }

    /** The wait after the first failed attempt; it doubles with each further one. */
    public Duration firstRetryDelay() {
        return Duration.ofSeconds(Math.max(1, retryDelaySeconds));
    }

    public String node() {
        return node;
    }
}
