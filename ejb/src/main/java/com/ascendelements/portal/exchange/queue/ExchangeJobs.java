package com.ascendelements.portal.exchange.queue;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The repository of the work queue. Every method runs in the caller's transaction. */
@ApplicationScoped
public class ExchangeJobs {

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @Inject
    private Event<JobQueued> queued;

    @Inject
    private Clock clock;

    /** Queues work on an interchange; the workers are woken once the caller's transaction commits. */
    public ExchangeJob enqueue(JobKind kind, long interchangeId) {
        return enqueue(kind, interchangeId, Duration.ZERO);
    }

    /**
     * Queues work that the caller is about to run itself (an upload answered at once): the workers leave it alone
     * for {@code grace}, and take it over after that if the caller never finished it.
     */
    public ExchangeJob enqueue(JobKind kind, long interchangeId, Duration grace) {
        ExchangeJob job = new ExchangeJob(kind, interchangeId, clock.instant().plus(grace));
        em.persist(job);
        if (grace.isZero()) {
            queued.fire(new JobQueued(kind));
        }
        return job;
    }

    /** Runs a job again now, with a fresh count of attempts (reprocess or resend, by a person). */
    public ExchangeJob requeue(ExchangeJob job) {
        job.retryNow(clock.instant());
        queued.fire(new JobQueued(job.kind()));
        return job;
    }

    public Optional<ExchangeJob> byId(long id) {
        return Optional.ofNullable(em.find(ExchangeJob.class, id));
    }

    public Optional<ExchangeJob> of(JobKind kind, long interchangeId) {
        return em.createQuery("SELECT j FROM ExchangeJob j WHERE j.kind = :kind AND j.interchangeId = :id", ExchangeJob.class)
                .setParameter("kind", kind).setParameter("id", interchangeId)
                .getResultStream().findFirst();
    }

    /** Jobs a node may claim now: pending and due, or running on a node whose lease has run out. */
    public List<ClaimTicket> due(int max) {
        Instant now = clock.instant();
        return em.createQuery("SELECT NEW com.ascendelements.portal.exchange.queue.ClaimTicket(j.id, j.version, j.kind, j.interchangeId)"
                        + " FROM ExchangeJob j WHERE (j.state = :pending AND j.runAfter <= :now)"
                        + " OR (j.state = :running AND j.leaseUntil < :now) ORDER BY j.runAfter, j.id", ClaimTicket.class)
                .setParameter("pending", JobState.PENDING).setParameter("running", JobState.RUNNING)
                .setParameter("now", now).setMaxResults(max).getResultList();
    }

    /**
     * Claims a job for this node if nobody changed it since {@code ticket} was read; at most one node's claim
     * succeeds.
     */
    public Optional<Claim> claim(ClaimTicket ticket, String node, Duration lease) {
        Instant now = clock.instant();
        int updated = em.createQuery("UPDATE ExchangeJob j SET j.state = :running, j.claimedBy = :node,"
                        + " j.leaseUntil = :lease, j.attempts = j.attempts + 1, j.version = j.version + 1, j.updatedAt = :now"
                        + " WHERE j.id = :id AND j.version = :version AND j.state IN (:pending, :running)")
                .setParameter("running", JobState.RUNNING).setParameter("pending", JobState.PENDING)
                .setParameter("node", node).setParameter("lease", now.plus(lease)).setParameter("now", now)
                .setParameter("id", ticket.jobId()).setParameter("version", ticket.version())
                .executeUpdate();
        return updated == 1
                ? Optional.of(new Claim(ticket.jobId(), ticket.version() + 1, ticket.kind(), ticket.interchangeId()))
                : Optional.empty();
    }

    /** The job as this node holds it, in the caller's transaction; fails when another node has taken it over. */
    public ExchangeJob held(Claim claim) {
        ExchangeJob job = em.find(ExchangeJob.class, claim.jobId());
        if (job == null || job.version() != claim.version() || job.state() != JobState.RUNNING) {
            throw new LostClaimException(claim);
        }
        return job;
    }

    /** How many jobs wait in each state (for the dashboard and the health of the engine). */
    public long count(JobState state) {
        return em.createQuery("SELECT COUNT(j) FROM ExchangeJob j WHERE j.state = :state", Long.class)
                .setParameter("state", state).getSingleResult();
    }
}
