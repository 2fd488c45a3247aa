package com.ascendelements.portal.exchange;

import com.ascendelements.portal.audit.AuditTrail;
import com.ascendelements.portal.edi.x12.FunctionalAcknowledgment;
import com.ascendelements.portal.partners.TradingPartner;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/**
 * The functional groups we sent and what the partners' 997s said of them. Runs in the caller's transaction.
 */
@ApplicationScoped
public class OutboundGroups {

    @PersistenceContext(unitName = "portal")
    private EntityManager em;
    @Inject
    private AuditTrail audit;
    @Inject
    private Clock clock;

    /** Starts waiting for the partner's 997 of a group we just wrote (or notes that none will come). */
    public OutboundGroup sent(Interchange interchange, TradingPartner partner, String functionalId, String groupControlNumber,
                              int transactionSets, String summary) {
        OutboundGroup group = new OutboundGroup(interchange, partner, functionalId, unpadded(groupControlNumber), transactionSets,
                summary, partner.acknowledgments().expectAcknowledgments(), partner.acknowledgments().window(), clock);
        em.persist(group);
        return group;
    }

    /** Applies one AK1..AK9 of the partner's 997 to the group it answers; empty when we never sent that group. */
    public Optional<OutboundGroup> answeredBy(TradingPartner partner, FunctionalAcknowledgment ack, Interchange acknowledgment) {
        Optional<OutboundGroup> group = byControlNumber(partner, ack.groupControlNumber());
        group.ifPresent(g -> {
            g.acknowledged(statusOf(ack.code()), ack.code(), ack.summary(), acknowledgment, clock);
            if (g.status() == AcknowledgmentStatus.ACCEPTED || g.status() == AcknowledgmentStatus.ACCEPTED_WITH_ERRORS) {
                Interchange ours = g.interchange();
                ours.acknowledged("997 " + ack.code() + " from " + partner.code() + " in interchange " + acknowledgment.id(), clock);
            }
            audit.record("GROUP_ACKNOWLEDGED", "Interchange", g.interchange().id(), "Group " + g.groupControlNumber()
                    + " (" + g.documentSummary() + "): 997 " + ack.summary());
        });
        return group;
    }

    private static AcknowledgmentStatus statusOf(String code) {
        if (code == null) {
            return AcknowledgmentStatus.REJECTED;
        }
        return switch (code) {
            case "A" -> AcknowledgmentStatus.ACCEPTED;
            case "E" -> AcknowledgmentStatus.ACCEPTED_WITH_ERRORS;
            case "P" -> AcknowledgmentStatus.PARTIALLY_ACCEPTED;
            default -> AcknowledgmentStatus.REJECTED;
        };
    }

    public Optional<OutboundGroup> byControlNumber(TradingPartner partner, String groupControlNumber) {
        if (groupControlNumber == null) {
            return Optional.empty();
        }
        return em.createQuery("SELECT g FROM OutboundGroup g WHERE g.partner = :partner AND g.groupControlNumber = :number",
                        OutboundGroup.class)
                .setParameter("partner", partner).setParameter("number", unpadded(groupControlNumber))
                .getResultStream().findFirst();
    }

    /** GS06 and AK1-02 are numbers: 000000071 and 71 are the same group. */
    private static String unpadded(String controlNumber) {
        return controlNumber.strip().replaceFirst("^0+(?=.)", "");
    }

    /** The groups of one of our interchanges. */
    public List<OutboundGroup> of(long interchangeId) {
        return em.createQuery("SELECT g FROM OutboundGroup g WHERE g.interchange.id = :id ORDER BY g.id", OutboundGroup.class)
                .setParameter("id", interchangeId).getResultList();
    }

    /** Groups whose 997 is late, optionally of one partner only. */
    public long countOverdue(Long partnerId) {
        var query = em.createQuery("SELECT COUNT(g) FROM OutboundGroup g WHERE g.status = :waiting AND g.expectedBy < :now"
                        + (partnerId == null ? "" : " AND g.partner.id = :partner"), Long.class)
                .setParameter("waiting", AcknowledgmentStatus.WAITING).setParameter("now", clock.instant());
        if (partnerId != null) {
            query.setParameter("partner", partnerId);
        }
        return query.getSingleResult();
    }
}
