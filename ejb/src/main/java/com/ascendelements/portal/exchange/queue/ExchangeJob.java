package com.ascendelements.portal.exchange.queue;

import com.ascendelements.portal.common.Texts;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * One unit of work of the exchange engine, kept in the database so that it outlives the node that runs it. Its
 * version is the claim token: a node claims a job by a conditional update of the version it read, and the job's
 * completion commits with its effects under that version, so a job whose lease a slow node lost cannot also commit
 * on that node.
 */
@Entity
@Table(name = "exchange_job")
public class ExchangeJob {

    @Id
    @SequenceGenerator(name = "exchange_job_seq", sequenceName = "exchange_job_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "exchange_job_seq")
    private Long id;

    @Version
    private long version;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", length = 20, nullable = false)
    private JobKind kind;

    @Column(name = "interchange_id", nullable = false)
    private long interchangeId;

    @Enumerated(EnumType.STRING)
    @Column(name = "state", length = 20, nullable = false)
    private JobState state;

    @Column(name = "attempts", nullable = false)
    private int attempts;

    @Column(name = "run_after", nullable = false)
    private Instant runAfter;

    @Column(name = "lease_until")
    private Instant leaseUntil;

    @Column(name = "claimed_by", length = 100)
    private String claimedBy;

    @Column(name = "last_error", length = 2000)
    private String lastError;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected ExchangeJob() {
        // JPA
    }

    public ExchangeJob(JobKind kind, long interchangeId, Instant now) {
        this.kind = Objects.requireNonNull(kind);
        this.interchangeId = interchangeId;
        this.state = JobState.PENDING;
        this.runAfter = now;
        this.createdAt = now;
        this.updatedAt = now;
    }

    /** Finished; its effects commit in the same transaction. */
    public void done(Instant now) {
        state = JobState.DONE;
        leaseUntil = null;
        lastError = null;
        updatedAt = now;
    }

    /**
     * An attempt failed: waits for the next one after a backoff that doubles from {@code firstDelay} (capped at one
     * hour), or is parked once {@code maxAttempts} attempts have failed. Returns whether the job was parked.
     */
    public boolean failed(String error, int maxAttempts, Duration firstDelay, Instant now) {
        lastError = Texts.fitting(error, 2000);
        leaseUntil = null;
        updatedAt = now;
        if (attempts >= maxAttempts) {
            state = JobState.PARKED;
            return true;
        }
        state = JobState.PENDING;
        runAfter = now.plus(backoff(attempts, firstDelay));
        return false;
    }

    static Duration backoff(int failedAttempts, Duration firstDelay) {
        Duration delay = firstDelay.multipliedBy(1L << Math.min(Math.max(failedAttempts - 1, 0), 20));
        return delay.compareTo(Duration.ofHours(1)) > 0 ? Duration.ofHours(1) : delay;
    }

    /** A person asked for another try (reprocess or resend): runs again now, with a fresh count of attempts. */
    public void retryNow(Instant now) {
        state = JobState.PENDING;
        attempts = 0;
        runAfter = now;
        leaseUntil = null;
        lastError = null;
        updatedAt = now;
    }

    public Long id() {
        return id;
    }

    public long version() {
        return version;
    }

    public JobKind kind() {
        return kind;
    }

    public long interchangeId() {
        return interchangeId;
    }

    public JobState state() {
        return state;
    }

    public int attempts() {
        return attempts;
    }

    public Instant runAfter() {
        return runAfter;
    }

    public String claimedBy() {
        return claimedBy;
    }

    public String lastError() {
        return lastError;
    }
}
