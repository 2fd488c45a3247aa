package com.ascendelements.portal.exchange.delivery;

import com.ascendelements.portal.audit.AuditTrail;
import com.ascendelements.portal.exchange.Direction;
import com.ascendelements.portal.exchange.Interchange;
import com.ascendelements.portal.exchange.InterchangeStatus;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.Optional;

/**
 * Receipts that arrive after the delivery (asynchronous AS2 MDNs): a positive one marks the outbound interchange
 * sent, a negative one marks it failed with the partner's reason. The transport that received the receipt has
 * already checked its signature and MIC.
 */
@Stateless
public class DeliveryConfirmations {

    @PersistenceContext(unitName = "portal")
    private EntityManager em;
    @Inject
    private AuditTrail audit;
    @Inject
    private Clock clock;

    /** Returns the interchange the receipt belongs to, or empty when no delivery waits for this message id. */
    public Optional<Long> confirm(String messageId, boolean positive, String detail) {
        Optional<Interchange> waiting = em.createQuery("SELECT i FROM Interchange i WHERE i.direction = :out"
                        + " AND i.deliveryMessageId = :id", Interchange.class)
                .setParameter("out", Direction.OUTBOUND).setParameter("id", messageId)
                .getResultStream().findFirst();
        waiting.ifPresent(interchange -> {
            if (interchange.status() == InterchangeStatus.SENDING) {
                if (positive) {
                    interchange.delivered(detail, clock);
                } else {
                    interchange.refusedByPartner(detail, clock);
                }
                audit.record(positive ? "INTERCHANGE_SENT" : "INTERCHANGE_FAILED", "Interchange", interchange.id(),
                        "Receipt for message " + messageId + ": " + detail);
            }
        });
        return waiting.map(Interchange::id);
    }
}
