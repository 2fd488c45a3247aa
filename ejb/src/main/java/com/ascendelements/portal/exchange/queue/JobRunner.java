package com.ascendelements.portal.exchange.queue;

import com.ascendelements.portal.audit.AuditTrail;
import com.ascendelements.portal.exchange.Direction;
import com.ascendelements.portal.exchange.InboundProcessor;
import com.ascendelements.portal.exchange.Interchange;
import com.ascendelements.portal.exchange.Interchanges;
import com.ascendelements.portal.exchange.ReceiptOutcome;
import com.ascendelements.portal.exchange.delivery.OutboundDelivery;
import jakarta.annotation.Resource;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Claims and runs the jobs of the work queue, each step in a transaction of its own: the claim commits first (so
 * other nodes leave the job alone), then the job's work commits together with its completion, and a failure is
 * recorded (retry with backoff, or parked after the last attempt) in a third.
 *
 * <p>Internal to the exchange engine: called by the workers of {@link ExchangeWorker} and by
 * {@code InboundInterchanges}, which checks who may hand a file in.
 */
@Stateless
public class JobRunner {

    private static final Logger LOG = Logger.getLogger(JobRunner.class.getName());

    @Resource
    private SessionContext session;
    @Inject
    private ExchangeJobs jobs;
    @Inject
    private Interchanges interchanges;
    @Inject
    private InboundProcessor processor;
    @Inject
    private OutboundDelivery delivery;
    @Inject
    private WorkerSettings settings;
    @Inject
    private AuditTrail audit;
    @Inject
    private Clock clock;

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public List<ClaimTicket> due(int max) {
        return jobs.due(max);
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Optional<Claim> claim(ClaimTicket ticket) {
        return jobs.claim(ticket, settings.node(), settings.lease());
    }

    /** Claims a due job and runs it; false when another node claimed it first. */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public boolean run(ClaimTicket ticket) {
        Optional<Claim> claim = self().claim(ticket);
        claim.ifPresent(this::execute);
        return claim.isPresent();
    }

    /**
     * Runs a job just queued by the caller (an upload answered at once) and tells what became of its interchange;
     * when a worker got there first, the interchange's current state.
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public ReceiptOutcome runNow(ExchangeJob job) {
        Optional<Claim> claim = self().claim(new ClaimTicket(job.id(), job.version(), job.kind(), job.interchangeId()));
        if (claim.isPresent() && claim.get().kind() == JobKind.PROCESS_INBOUND) {
            try {
                return self().processInbound(claim.get());
            } catch (RuntimeException e) {
                handle(claim.get(), e);
            }
        } else {
            claim.ifPresent(this::execute);
        }
        return self().outcomeOf(job.interchangeId());
    }

    private void execute(Claim claim) {
        try {
            switch (claim.kind()) {
                case PROCESS_INBOUND -> self().processInbound(claim);
                case DELIVER_OUTBOUND -> delivery.deliver(claim);
            }
        } catch (RuntimeException e) {
            handle(claim, e);
        }
    }

    private void handle(Claim claim, RuntimeException e) {
        if (lostClaim(e)) {
            LOG.info(() -> "Job " + claim.jobId() + " was taken over by another node; this node's work on it rolled back");
            return;
        }
        LOG.log(Level.WARNING, "Job " + claim.jobId() + " (" + claim.kind() + " of interchange " + claim.interchangeId()
                + ") failed", e);
        self().failed(claim, describe(e));
    }

    /** Processes an inbound file; its effects commit with the job's completion or not at all. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public ReceiptOutcome processInbound(Claim claim) {
        ExchangeJob job = jobs.held(claim);
        ReceiptOutcome outcome = processor.process(job.interchangeId());
        job.done(clock.instant());
        return outcome;
    }

    /** Records a failed attempt: the job waits for its next try, or is parked with its error after the last one. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void failed(Claim claim, String error) {
        ExchangeJob job;
        try {
            job = jobs.held(claim);
        } catch (LostClaimException e) {
            return;  // another node holds it now and records its own outcome
        }
        boolean parked = job.failed(error, settings.maxAttempts(), settings.firstRetryDelay(), clock.instant());
        Interchange interchange = interchanges.byId(job.interchangeId()).orElseThrow();
        if (parked) {
            interchange.fail("Gave up after " + job.attempts() + " attempt"
                    + (job.attempts() == 1 ? "" : "s") + ": " + error, clock);
            audit.record("INTERCHANGE_FAILED", "Interchange", interchange.id(), "Job " + job.id() + " parked: " + error);
        } else {
            interchange.note("Attempt " + job.attempts() + " failed (" + error
                    + "); next attempt after " + job.runAfter(), clock);
        }
    }

    /** Gives a job one more round of attempts (reprocess or resend, by a person). */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public ExchangeJob retry(JobKind kind, long interchangeId) {
        Optional<ExchangeJob> existing = jobs.of(kind, interchangeId);
        if (existing.isEmpty()) {
            return jobs.enqueue(kind, interchangeId);
        }
        return jobs.requeue(existing.get());
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public ReceiptOutcome outcomeOf(long interchangeId) {
        Interchange interchange = interchanges.byId(interchangeId).orElseThrow();
        List<Long> acknowledgments = interchange.direction() == Direction.INBOUND
                ? interchanges.acknowledgmentsOf(interchangeId).stream().map(Interchange::id).toList()
                : List.of();
        return new ReceiptOutcome(interchangeId, interchange.status(), interchange.statusReason(), acknowledgments, List.of());
    }

    private JobRunner self() {
        return session.getBusinessObject(JobRunner.class);
    }

    private static boolean lostClaim(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            // the JPA exception, or EclipseLink's own when the commit's version check fails
            if (t instanceof LostClaimException || t instanceof OptimisticLockException
                    || t.getClass().getSimpleName().equals("OptimisticLockException")) {
                return true;
            }
        }
        return false;
    }

    private static String describe(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
        return root == e ? message : message + " (" + e.getClass().getSimpleName() + ")";
    }
}
