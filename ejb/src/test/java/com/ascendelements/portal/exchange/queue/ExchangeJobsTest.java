package com.ascendelements.portal.exchange.queue;

import com.ascendelements.portal.MutableClock;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.ascendelements.portal.exchange.Interchange;
import com.ascendelements.portal.exchange.Transport;
import com.ascendelements.portal.platform.MigratedH2;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.RollbackException;
import java.lang.reflect.Field;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The claim protocol of the work queue against a real database (the real migrations and JPQL): a job is claimed by
 * one node only, a crashed node's job is claimed again after its lease, and a node that lost its claim cannot
 * commit the job's completion.
 */
class ExchangeJobsTest {

    private static final Duration LEASE = Duration.ofMinutes(5);
    private static EntityManagerFactory emf;

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-20T10:00:00Z"));

    @BeforeAll
    static void boot() {
        emf = MigratedH2.entityManagerFactory("queue");
    }

    @AfterAll
    static void close() {
        emf.close();
    }

    @Test
    void onlyOneNodeClaimsAJob() {
        long jobId = newJob();
        ClaimTicket ticket = inTransaction(jobs -> jobs.due(10)).stream().filter(t -> t.jobId() == jobId).findFirst().orElseThrow();

        Optional<Claim> first = inTransaction(jobs -> jobs.claim(ticket, "node-a", LEASE));
        Optional<Claim> second = inTransaction(jobs -> jobs.claim(ticket, "node-b", LEASE));

        assertThat(first).isPresent();
        assertThat(second).isEmpty();
        assertThat(due()).noneMatch(t -> t.jobId() == jobId);
        ExchangeJob job = inTransaction(jobs -> jobs.held(first.get()));
        assertThat(job.claimedBy()).isEqualTo("node-a");
        assertThat(job.attempts()).isEqualTo(1);
    }

    @Test
    void aCrashedNodesJobIsClaimedAgainAfterItsLeaseAndTheSlowNodeCannotComplete() {
        long jobId = newJob();
        Claim crashed = inTransaction(jobs -> jobs.claim(ticketOf(jobId), "node-a", LEASE)).orElseThrow();

        clock.advance(LEASE.minusSeconds(1));
        assertThat(due()).noneMatch(t -> t.jobId() == jobId);
        clock.advance(Duration.ofSeconds(2));
        Claim takenOver = inTransaction(jobs -> jobs.claim(ticketOf(jobId), "node-b", LEASE)).orElseThrow();

        assertThat(takenOver.version()).isGreaterThan(crashed.version());
        assertThatThrownBy(() -> inTransaction(jobs -> jobs.held(crashed))).isInstanceOf(LostClaimException.class);
        ExchangeJob job = inTransaction(jobs -> jobs.held(takenOver));
        assertThat(job.attempts()).isEqualTo(2);
    }

    @Test
    void aNodeThatLostItsClaimMidJobCannotCommitTheCompletion() {
        long jobId = newJob();
        Claim slow = inTransaction(jobs -> jobs.claim(ticketOf(jobId), "node-a", LEASE)).orElseThrow();

        EntityManager slowNode = emf.createEntityManager();
        slowNode.getTransaction().begin();
        ExchangeJob held = jobs(slowNode).held(slow);  // node A is working on it ...
        clock.advance(LEASE.plusSeconds(1));
        Claim other = inTransaction(jobs -> jobs.claim(ticketOf(jobId), "node-b", LEASE)).orElseThrow();  // ... B takes over
        held.done(clock.instant());

        assertThatThrownBy(() -> slowNode.getTransaction().commit()).isInstanceOf(RollbackException.class);
        slowNode.close();
        inTransaction(jobs -> {
            jobs.held(other).done(clock.instant());
            return null;
        });
        assertThat(inTransaction(jobs -> jobs.byId(jobId)).orElseThrow().state()).isEqualTo(JobState.DONE);
    }

    @Test
    void failedAttemptsBackOffThenTheJobIsParked() {
        long jobId = newJob();
        for (int attempt = 1; attempt <= 3; attempt++) {
            Claim claim = inTransaction(jobs -> jobs.claim(ticketOf(jobId), "node-a", LEASE)).orElseThrow();
            Instant failedAt = clock.instant();
            boolean parked = inTransaction(jobs -> jobs.held(claim).failed("partner down", 3, Duration.ofSeconds(30), failedAt));
            ExchangeJob job = inTransaction(jobs -> jobs.byId(jobId)).orElseThrow();
            if (attempt < 3) {
                assertThat(parked).isFalse();
                assertThat(job.state()).isEqualTo(JobState.PENDING);
                assertThat(job.runAfter()).isEqualTo(failedAt.plusSeconds(30L << (attempt - 1)));
                assertThat(due()).noneMatch(t -> t.jobId() == jobId);
                clock.advance(Duration.ofSeconds(30L << (attempt - 1)));
            } else {
                assertThat(parked).isTrue();
                assertThat(job.state()).isEqualTo(JobState.PARKED);
                assertThat(job.lastError()).isEqualTo("partner down");
            }
        }
        clock.advance(Duration.ofDays(1));
        assertThat(due()).noneMatch(t -> t.jobId() == jobId);
    }

    @Test
    void backoffDoublesAndIsCappedAtAnHour() {
        assertThat(ExchangeJob.backoff(1, Duration.ofSeconds(30))).isEqualTo(Duration.ofSeconds(30));
        assertThat(ExchangeJob.backoff(4, Duration.ofSeconds(30))).isEqualTo(Duration.ofSeconds(240));
        assertThat(ExchangeJob.backoff(40, Duration.ofSeconds(30))).isEqualTo(Duration.ofHours(1));
    }

    private List<ClaimTicket> due() {
        return inTransaction(jobs -> jobs.due(100));
    }

    private ClaimTicket ticketOf(long jobId) {
        return inTransaction(jobs -> jobs.due(100)).stream().filter(t -> t.jobId() == jobId).findFirst().orElseThrow();
    }

    private long newJob() {
        return inTransaction(jobs -> {
            EntityManager em = field(jobs, "em");
            byte[] content = ("ISA " + UUID.randomUUID()).getBytes(StandardCharsets.US_ASCII);
            Interchange interchange = Interchange.received(Transport.API_UPLOAD, "a.x12", content, clock);
            em.persist(interchange);
            ExchangeJob job = new ExchangeJob(JobKind.PROCESS_INBOUND, interchange.id() == null ? flushAndId(em, interchange)
                    : interchange.id(), clock.instant());
            em.persist(job);
            em.flush();
            return job.id();
        });
    }

    private static long flushAndId(EntityManager em, Interchange interchange) {
        em.flush();
        return interchange.id();
    }

    private <T> T inTransaction(Function<ExchangeJobs, T> work) {
        return MigratedH2.inTransaction(emf, em -> work.apply(jobs(em)));
    }

    private ExchangeJobs jobs(EntityManager em) {
        ExchangeJobs jobs = new ExchangeJobs();
        MigratedH2.inject(jobs, "em", em);
        MigratedH2.inject(jobs, "clock", clock);
        return jobs;
    }

    @SuppressWarnings("unchecked")
    private static <T> T field(Object target, String name) {
        try {
            Field field = target.getClass().getDeclaredField(name);
            field.setAccessible(true);
            return (T) field.get(target);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
