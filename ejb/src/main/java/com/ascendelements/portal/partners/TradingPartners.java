package com.ascendelements.portal.partners;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The repository of trading partners. */
@ApplicationScoped
public class TradingPartners {

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    public Optional<TradingPartner> byCode(String code) {
        return em.createNamedQuery(TradingPartner.BY_CODE, TradingPartner.class)
                .setParameter("code", code).getResultStream().findFirst();
    }

    public Optional<TradingPartner> byX12Id(String qualifier, String interchangeId) {
        return em.createNamedQuery(TradingPartner.BY_X12_ID, TradingPartner.class)
                .setParameter("qualifier", qualifier).setParameter("id", interchangeId)
                .getResultStream().findFirst();
    }

    public Optional<TradingPartner> byAs2Id(String as2Id) {
        if (as2Id == null || as2Id.isBlank()) {
            return Optional.empty();
        }
        return em.createNamedQuery(TradingPartner.BY_AS2_ID, TradingPartner.class)
                .setParameter("as2Id", as2Id.strip()).getResultStream().findFirst();
    }

    public Optional<TradingPartner> byId(long id) {
        return Optional.ofNullable(em.find(TradingPartner.class, id));
    }

    public List<TradingPartner> all() {
        return em.createNamedQuery(TradingPartner.ALL, TradingPartner.class).getResultList();
    }

    /** A partner's certificates, the one that expires last first. */
    public List<PartnerCertificate> certificatesOf(long partnerId) {
        return em.createNamedQuery(PartnerCertificate.OF_PARTNER, PartnerCertificate.class)
                .setParameter("partner", partnerId).getResultList();
    }

    /** The certificate in use now: the valid one that expires last. */
    public Optional<PartnerCertificate> currentCertificate(long partnerId, Instant now) {
        return certificatesOf(partnerId).stream().filter(c -> c.validAt(now)).findFirst();
    }

    /** Certificates (of every partner) that expire before {@code limit}, including those already expired. */
    public List<PartnerCertificate> expiringBefore(Instant limit) {
        return em.createNamedQuery(PartnerCertificate.EXPIRING, PartnerCertificate.class)
                .setParameter("limit", limit).getResultList();
    }

    public PartnerCertificate addCertificate(PartnerCertificate certificate) {
        em.persist(certificate);
        return certificate;
    }

    public TradingPartner add(TradingPartner partner) {
        em.persist(partner);
        return partner;
    }

    /** Id and code of every active partner, in a transaction of its own when the caller has none (a background scan). */
    @jakarta.transaction.Transactional(jakarta.transaction.Transactional.TxType.REQUIRED)
    public List<PartnerKey> active() {
        return all().stream().filter(TradingPartner::isActive).map(p -> new PartnerKey(p.id(), p.code())).toList();
    }

    /** A partner's id and code, without the entity. */
    public record PartnerKey(long id, String code) {
    }
}
