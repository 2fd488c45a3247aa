package com.ascendelements.portal.exchange;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

/** The repository of interchanges and their raw bytes. */
@ApplicationScoped
public class Interchanges {

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    /** Stores the interchange and its bytes in the caller's transaction. */
    public Interchange add(Interchange interchange, byte[] content) {
        InterchangePayload payload = InterchangePayload.of(interchange, content);
        em.persist(interchange);
        em.persist(payload);
        return interchange;
    }

    public Optional<Interchange> byId(long id) {
        return Optional.ofNullable(em.find(Interchange.class, id));
    }

    public Optional<byte[]> contentOf(long interchangeId) {
        return Optional.ofNullable(em.find(InterchangePayload.class, interchangeId)).map(InterchangePayload::content);
    }

    public List<Interchange> withSameContent(Direction direction, String contentHash) {
        return em.createNamedQuery(Interchange.BY_HASH, Interchange.class)
                .setParameter("direction", direction).setParameter("hash", contentHash).getResultList();
    }

    public List<Interchange> withControlNumber(Direction direction, EnvelopeParty sender, String controlNumber) {
        return em.createNamedQuery(Interchange.BY_CONTROL_NUMBER, Interchange.class)
                .setParameter("direction", direction).setParameter("qualifier", sender.qualifier())
                .setParameter("senderId", sender.interchangeId()).setParameter("controlNumber", controlNumber)
                .getResultList();
    }

    /** The TA1/997 interchanges we wrote in answer to an inbound one. */
    public List<Interchange> acknowledgmentsOf(long inboundId) {
        return em.createQuery("SELECT i FROM Interchange i WHERE i.acknowledges.id = :id ORDER BY i.id", Interchange.class)
                .setParameter("id", inboundId).getResultList();
    }
}
