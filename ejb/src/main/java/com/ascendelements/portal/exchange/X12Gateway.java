package com.ascendelements.portal.exchange;

import com.ascendelements.portal.edi.translation.IsolatedTranslation;
import com.ascendelements.portal.edi.translation.X12Translation;
import com.ascendelements.portal.edi.x12.InterchangeValidator;
import com.ascendelements.portal.edi.x12.PurchaseOrderChangeAcknowledgmentReader;
import com.ascendelements.portal.edi.x12.PurchaseOrderChangeReader;
import com.ascendelements.portal.edi.x12.ReceivingAdviceReader;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.Lock;
import jakarta.ejb.LockType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The X12 machinery of the application, built once and shared: the StAEDI validator (envelopes, syntax, TA1/997) and
 * the Smooks translation (reading 850, 855, 856, 810 and partners' 997s, writing the 850, 855, 856 and 810 the portal
 * sends), loaded in a class loader of its own ({@link IsolatedTranslation}). At start-up both are warmed up in the
 * background; the node reports ready ({@link X12Health}) only when they are, so that neither the first partner file nor
 * the first document sent pays for it.
 */
@Startup
@Singleton
@Lock(LockType.READ)
@TransactionManagement(TransactionManagementType.BEAN)
public class X12Gateway {

    private static final Logger LOG = Logger.getLogger(X12Gateway.class.getName());
    private static final String WARM_UP = "ISA*00*          *00*          *ZZ*WARMUP         *ZZ*WARMUP         *261101*0000*U*00401*000000001*0*T*>~"
            + "GS*PO*WARMUP*WARMUP*20261101*0000*1*X*004010~ST*850*0001~BEG*00*SA*WARMUP**20261101~"
            + "PO1*1*1*KG*1**VP*WARMUP~CTT*1~SE*5*0001~GE*1*1~IEA*1*000000001~";

    @Resource
    private ManagedExecutorService executor;

    private final InterchangeValidator validator = new InterchangeValidator();
    private final ReceivingAdviceReader receivingAdvices = new ReceivingAdviceReader();
    private final PurchaseOrderChangeAcknowledgmentReader changeAcknowledgments = new PurchaseOrderChangeAcknowledgmentReader();
    private final PurchaseOrderChangeReader orderChanges = new PurchaseOrderChangeReader();
    private final CompletableFuture<X12Translation> translation = new CompletableFuture<>();
    private volatile boolean ready;

    @PostConstruct
    void warmUp() {
        executor.submit(() -> {
            long start = System.nanoTime();
            X12Translation smooks;
            try {
                smooks = IsolatedTranslation.forApplication(X12Gateway.class);
            } catch (Throwable e) {
                translation.completeExceptionally(e);
                LOG.log(Level.SEVERE, "The X12 translation cannot start; files that need it wait and are retried", e);
                return;
            }
            translation.complete(smooks);
            try {
                validator.validate(WARM_UP.getBytes(StandardCharsets.US_ASCII));
                smooks.warmUp();
                LOG.info(() -> "X12 ready in " + (System.nanoTime() - start) / 1_000_000 + " ms: StAEDI validation, "
                        + smooks.engine());
            } catch (Throwable e) {
                LOG.log(Level.WARNING, "The X12 warm-up failed; the translation works, the first file pays for what it "
                        + "did not build", e);
            }
            ready = true;
        });
    }

    /** Closes the translation's class loader when the application stops (a redeployment leaves no jar open). */
    @PreDestroy
    void close() {
        translation.thenAccept(X12Translation::close);
    }

    /** Whether the validator and the translation are warmed up (the node's readiness). */
    public boolean ready() {
        return ready;
    }

    /** Whether the translation could not start (the server log says why). */
    public boolean failedToStart() {
        return translation.isCompletedExceptionally();
    }

    public InterchangeValidator validator() {
        return validator;
    }

    /**
     * The Smooks translation, waiting for its start if a file or a document comes before it is loaded.
     *
     * @throws TranslationUnavailableException when it is not loaded within 2 minutes or could not be loaded (the server log
     *                                         says why)
     */
    public X12Translation translation() {
        try {
            return translation.get(2, TimeUnit.MINUTES);
        } catch (TimeoutException e) {
            throw new TranslationUnavailableException("the X12 translation has not started within 2 minutes", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new TranslationUnavailableException("interrupted while the X12 translation starts", e);
        } catch (java.util.concurrent.ExecutionException e) {
            throw new TranslationUnavailableException("the X12 translation could not start: " + e.getCause().getMessage(), e.getCause());
        }
    }

    public PurchaseOrderChangeAcknowledgmentReader changeAcknowledgments() {
        return changeAcknowledgments;
    }

    public PurchaseOrderChangeReader orderChanges() {
        return orderChanges;
    }

    public ReceivingAdviceReader receivingAdvices() {
        return receivingAdvices;
    }
}
