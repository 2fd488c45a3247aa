package com.ascendelements.portal.shipping;

import com.ascendelements.portal.audit.AuditTrail;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.List;

/**
 * The receiver records what arrived of a shipment, whichever door it comes through: a person in the portal or over the
 * API ({@link ShipNoticeService}), or the receiver's system with an 861 (the exchange). The ship notice checks every
 * entry before it records any; each receipt is audited and announced ({@link GoodsReceived}: the invoices that bill
 * it are matched again, and a supplier that takes 861s hears of it).
 *
 * <p>Internal: its callers decide who may receive (the receiver's own users, or the receiver's EDI identity). A CDI
 * bean, not an EJB, so that a refusal reaches the caller as it was thrown and the caller's transaction goes on.
 */
@ApplicationScoped
public class GoodsReceipts {

    @PersistenceContext(unitName = "portal")
    private EntityManager em;
    @Inject
    private AuditTrail audit;
    @Inject
    private Clock clock;
    @Inject
    private Event<GoodsReceived> received;

    /**
     * @param by              who received: a user name, or "EDI" and the partner's code
     * @param adviceReference the receiving advice (861 BRA01) that reports them, or null
     * @throws ReceiptRefused when the shipment refuses an entry (nothing is recorded); what fails after the receipts are
     *                        recorded (an observer) is not a refusal and propagates as it is
     */
    public List<LotReceipt> receive(ShipNotice notice, List<ReceiptEntry> entries, String by, String adviceReference) {
        // one receiver at a time per shipment (two nodes, two trucks, one advice in two files): its receipts as they are
        em.refresh(notice, LockModeType.PESSIMISTIC_WRITE);
        List<LotReceipt> receipts;
        try {
            receipts = notice.receiveLots(entries, by, adviceReference, clock);
        } catch (IllegalArgumentException | IllegalStateException e) {
            throw new ReceiptRefused(e.getMessage());
        }
        em.flush();  // the receipts' ids for the answer and the audit entries
        for (LotReceipt receipt : receipts) {
            audit.record("LOT_RECEIVED", "ShipNotice", notice.id(), "Shipment " + notice.shipmentId() + " lot "
                    + receipt.item().lot().lotNumber() + " line " + receipt.item().poLineNumber() + ": " + receipt.received() + " received"
                    + (receipt.rejected().isPositive() ? ", " + receipt.rejected() + " rejected" : "") + " on " + receipt.receivedOn()
                    + " by " + by + "; shipment " + notice.status());
            received.fire(new GoodsReceived(notice, receipt));
        }
        return receipts;
    }

    /** The shipment refuses the receipts: the reason, and nothing recorded. */
    public static class ReceiptRefused extends RuntimeException {
        public ReceiptRefused(String reason) {
            super(reason);
        }
    }
}
