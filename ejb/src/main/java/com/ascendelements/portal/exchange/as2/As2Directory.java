package com.ascendelements.portal.exchange.as2;

import com.ascendelements.portal.partners.PartnerCertificate;
import com.ascendelements.portal.partners.PartnerRole;
import com.ascendelements.portal.partners.TradingPartner;
import com.ascendelements.portal.partners.TradingPartners;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.Optional;
import java.util.UUID;

/** What the AS2 layer reads from and writes to the database, each call in a short transaction of its own. */
@Stateless
public class As2Directory {

    @Inject
    private TradingPartners partners;
    @PersistenceContext(unitName = "portal")
    private EntityManager em;
    @Inject
    private Clock clock;

    /** The active partner with this AS2 identity, with the certificate valid now. The hub itself is never a peer. */
    public Optional<As2Peer> peerByAs2Id(String as2Id) {
        return partners.byAs2Id(as2Id).filter(TradingPartner::isActive).filter(p -> !p.hasRole(PartnerRole.HUB)).map(this::peer);
    }

    public Optional<As2Peer> peerOf(long partnerId) {
        return partners.byId(partnerId).map(this::peer);
    }

    private As2Peer peer(TradingPartner partner) {
        return new As2Peer(partner.id(), partner.code(), partner.as2(),
                partners.currentCertificate(partner.id(), clock.instant()).map(PartnerCertificate::certificate).orElse(null));
    }

    /** The hub's AS2 identity from its profile, if it has one. */
    public Optional<String> hubAs2Id() {
        return em.createQuery("SELECT p.as2.as2Id FROM TradingPartner p JOIN p.roles r"
                        + " WHERE r = :hub AND p.as2.as2Id IS NOT NULL ORDER BY p.id", String.class)
                .setParameter("hub", PartnerRole.HUB).setMaxResults(1).getResultStream().findFirst();
    }

    /**
     * The Message-ID of the AS2 message that carries this outbound interchange, recorded (committed) before anything
     * leaves: the one of its first attempt when there was one (a retry, a resend after a crash or restart: the partner
     * recognises the duplicate), else a new one.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public String messageIdFor(long interchangeId, long partnerId, String hubAs2Id) {
        Optional<String> first = em.createQuery("SELECT m.messageId FROM As2OutboundMessage m WHERE m.interchangeId = :interchange"
                        + " ORDER BY m.sentAt, m.messageId", String.class)
                .setParameter("interchange", interchangeId).setMaxResults(1).getResultStream().findFirst();
        if (first.isPresent()) {
            return first.get();
        }
        String messageId = newMessageId(hubAs2Id);
        em.persist(new As2OutboundMessage(messageId, interchangeId, partnerId, null, clock.instant()));
        return messageId;
    }

    /** A new, globally unique AS2 Message-ID (RFC 2822 form, angle brackets included, as the AS2 library writes it). */
    static String newMessageId(String hubAs2Id) {
        String domain = hubAs2Id == null ? "" : hubAs2Id.replaceAll("[^A-Za-z0-9.-]", "");
        return "<portal-" + UUID.randomUUID() + "@" + (domain.isEmpty() ? "portal" : domain) + ">";
    }

    /**
     * Records a message before it leaves, committed, so that its asynchronous MDN always finds it. A message sent again
     * under the same Message-ID (see {@link #messageIdFor}) is updated: its MIC and time, and a receipt of an earlier
     * attempt forgotten.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void recordSent(String messageId, long interchangeId, long partnerId, String mic) {
        As2OutboundMessage known = em.find(As2OutboundMessage.class, messageId);
        if (known == null) {
            em.persist(new As2OutboundMessage(messageId, interchangeId, partnerId, mic, clock.instant()));
        } else {
            known.sentAgain(mic, clock.instant());
        }
    }

    public Optional<As2MdnReceiver.Pending> pending(String messageId) {
        return Optional.ofNullable(messageId == null ? null : em.find(As2OutboundMessage.class, messageId))
                .map(m -> new As2MdnReceiver.Pending(m.partnerId(), m.mic()));
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void recordReceipt(String messageId, boolean positive, String detail) {
        As2OutboundMessage message = em.find(As2OutboundMessage.class, messageId);
        if (message != null) {
            message.receipt(positive, detail, clock.instant());
        }
    }

    /** The checked asynchronous MDN of a message, if it has arrived (for a delivery that recorded its wait late). */
    public Optional<As2OutboundMessage> receipt(String messageId) {
        return Optional.ofNullable(messageId == null ? null : em.find(As2OutboundMessage.class, messageId))
                .filter(m -> m.mdnPositive() != null);
    }
}
