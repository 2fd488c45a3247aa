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

    /**
     * The raw bytes of an interchange, read by one query of the column itself. (Going through the entity's lazy
     * attribute took two queries, and under load EclipseLink's lazy load of it once gave null for stored bytes.)
     */
    public Optional<byte[]> contentOf(long interchangeId) {
        return em.createNamedQuery(InterchangePayload.CONTENT, byte[].class)
                .setParameter("id", interchangeId).getResultStream().findFirst();
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

    /** Records a business document the interchange carries, in the caller's transaction. */
    public InterchangeDocument addDocument(InterchangeDocument document) {
        em.persist(document);
        return document;
    }

    /**
     * Whether an earlier run of this very interchange applied the set (a file reprocessed after a failure elsewhere in
     * it): its document was recorded, which happens only once a set is applied.
     */
    public boolean appliedBefore(Interchange interchange, String transactionSet, String setControlNumber) {
        return !em.createQuery("SELECT d.id FROM InterchangeDocument d WHERE d.interchange.id = :id AND d.transactionSet = :set"
                        + " AND d.setControlNumber = :st02", Long.class)
                .setParameter("id", interchange.id()).setParameter("set", transactionSet).setParameter("st02", setControlNumber)
                .setMaxResults(1).getResultList().isEmpty();
    }

    public List<InterchangeDocument> documentsOf(long interchangeId) {
        return em.createQuery("SELECT d FROM InterchangeDocument d WHERE d.interchange.id = :id ORDER BY d.id", InterchangeDocument.class)
                .setParameter("id", interchangeId).getResultList();
    }

    /**
     * Every interchange about a purchase order: the documents that name it, our TA1/997 answers to those we received,
     * and the partner's 997s to those we sent; oldest first.
     */
    public List<Interchange> aboutPurchaseOrder(long purchaseOrderId) {
        List<Interchange> carrying = em.createQuery("SELECT DISTINCT d.interchange FROM InterchangeDocument d"
                + " WHERE d.purchaseOrder.id = :id", Interchange.class).setParameter("id", purchaseOrderId).getResultList();
        java.util.Map<Long, Interchange> all = new java.util.TreeMap<>();
        carrying.forEach(i -> all.put(i.id(), i));
        if (!carrying.isEmpty()) {
            List<Long> ids = carrying.stream().map(Interchange::id).toList();
            em.createQuery("SELECT i FROM Interchange i WHERE i.acknowledges.id IN :ids", Interchange.class)
                    .setParameter("ids", ids).getResultList().forEach(i -> all.put(i.id(), i));
            em.createQuery("SELECT g.acknowledgment FROM OutboundGroup g WHERE g.interchange.id IN :ids"
                            + " AND g.acknowledgment IS NOT NULL", Interchange.class)
                    .setParameter("ids", ids).getResultList().forEach(i -> all.put(i.id(), i));
        }
        return List.copyOf(all.values());
    }

    /** The TA1/997 interchanges we wrote in answer to an inbound one. */
    public List<Interchange> acknowledgmentsOf(long inboundId) {
        return em.createQuery("SELECT i FROM Interchange i WHERE i.acknowledges.id = :id ORDER BY i.id", Interchange.class)
                .setParameter("id", inboundId).getResultList();
    }
}
