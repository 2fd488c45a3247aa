package com.ascendelements.portal.exchange;

import com.ascendelements.portal.edi.x12.FunctionalAcknowledgmentReader;
import com.ascendelements.portal.edi.x12.InterchangeValidator;
import com.ascendelements.portal.edi.x12.InvoiceReader;
import com.ascendelements.portal.edi.x12.ReceivingAdviceReader;
import com.ascendelements.portal.edi.x12.ShipNoticeReader;
import com.ascendelements.portal.edi.x12.PurchaseOrderAcknowledgmentReader;
import com.ascendelements.portal.edi.x12.PurchaseOrderReader;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import java.nio.charset.StandardCharsets;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The X12 machinery of the application, built once and shared: the StAEDI validator (with its transaction set
 * schemas) and the 850 reader, both thread-safe. At start-up a small 850 is validated and read in the background
 * so that the first partner file does not pay for loading the schemas.
 */
@Startup
@Singleton
@TransactionManagement(TransactionManagementType.BEAN)
public class X12Gateway {

    private static final Logger LOG = Logger.getLogger(X12Gateway.class.getName());
    private static final String WARM_UP = "ISA*00*          *00*          *ZZ*WARMUP         *ZZ*WARMUP         *261101*0000*U*00401*000000001*0*T*>~"
            + "GS*PO*WARMUP*WARMUP*20261101*0000*1*X*004010~ST*850*0001~BEG*00*SA*WARMUP**20261101~"
            + "PO1*1*1*KG*1**VP*WARMUP~CTT*1~SE*5*0001~GE*1*1~IEA*1*000000001~";

    @Resource
    private ManagedExecutorService executor;

    private final InterchangeValidator validator = new InterchangeValidator();
    private final PurchaseOrderReader purchaseOrders = new PurchaseOrderReader();
    private final FunctionalAcknowledgmentReader functionalAcknowledgments = new FunctionalAcknowledgmentReader();
    private final PurchaseOrderAcknowledgmentReader orderAcknowledgments = new PurchaseOrderAcknowledgmentReader();
    private final ShipNoticeReader shipNotices = new ShipNoticeReader();
    private final InvoiceReader invoices = new InvoiceReader();
    private final ReceivingAdviceReader receivingAdvices = new ReceivingAdviceReader();
    private final com.ascendelements.portal.edi.x12.PurchaseOrderChangeAcknowledgmentReader changeAcknowledgments =
            new com.ascendelements.portal.edi.x12.PurchaseOrderChangeAcknowledgmentReader();
    private final com.ascendelements.portal.edi.x12.PurchaseOrderChangeReader orderChanges =
            new com.ascendelements.portal.edi.x12.PurchaseOrderChangeReader();

    @PostConstruct
    void warmUp() {
        executor.submit(() -> {
            long start = System.nanoTime();
            try {
                byte[] sample = WARM_UP.getBytes(StandardCharsets.US_ASCII);
                validator.validate(sample);
                purchaseOrders.read(sample);
                LOG.info(() -> "X12 validation ready in " + (System.nanoTime() - start) / 1_000_000 + " ms");
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "X12 warm-up failed; the first file will load the schemas", e);
            }
        });
    }

    public InterchangeValidator validator() {
        return validator;
    }

    public PurchaseOrderReader purchaseOrders() {
        return purchaseOrders;
    }

    public PurchaseOrderAcknowledgmentReader orderAcknowledgments() {
        return orderAcknowledgments;
    }

    public ShipNoticeReader shipNotices() {
        return shipNotices;
    }

    public InvoiceReader invoices() {
        return invoices;
    }

    public com.ascendelements.portal.edi.x12.PurchaseOrderChangeAcknowledgmentReader changeAcknowledgments() {
        return changeAcknowledgments;
    }

    public com.ascendelements.portal.edi.x12.PurchaseOrderChangeReader orderChanges() {
        return orderChanges;
    }

    public ReceivingAdviceReader receivingAdvices() {
        return receivingAdvices;
    }

    public FunctionalAcknowledgmentReader functionalAcknowledgments() {
        return functionalAcknowledgments;
    }
}
