package com.ascendelements.portal.partners;

import com.ascendelements.portal.audit.AuditTrail;
import com.ascendelements.portal.common.InvalidRequestException;
import com.ascendelements.portal.common.NotFoundException;
import com.ascendelements.portal.identity.PortalRole;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import com.ascendelements.portal.identity.AccessScope;
import java.time.Clock;
import java.util.List;
import java.util.Set;

/** Trading partner profiles as administrators maintain them. */
@Stateless
@RolesAllowed(PortalRole.Names.ADMIN)
public class PartnerAdministration {

    @Inject
    private TradingPartners partners;

    @Inject
    private AuditTrail audit;

    @Inject
    private AccessScope scope;

    @Inject
    private Clock clock;

    public List<TradingPartner> all() {
        return partners.all();
    }

    public TradingPartner byCode(String code) {
        return partners.byCode(code).orElseThrow(() -> new NotFoundException("Trading partner " + code));
    }

    /**
     * The whole profile as the partner editor saves it, in one transaction: when one part is refused (an AS2 identity
     * another partner has), none of it is changed.
     */
    public TradingPartner updateProfile(long id, String name, X12Identity identity, OutboundDelimiters delimiters,
                                        AcknowledgmentSettings acknowledgments, As2Settings as2) {
        update(id, name, identity, delimiters);
        changeAcknowledgmentSettings(id, acknowledgments);
        return changeAs2Settings(id, as2);
    }

    /**
     * A new trading partner, or on a first start the hub itself (there is one hub): its code and its X12 identity
     * belong to no other partner. Its AS2 profile, acknowledgment settings and certificates are set afterwards.
     */
    public TradingPartner create(String code, String name, Set<PartnerRole> roles, X12Identity identity) {
        if (code != null && partners.byCode(code.strip()).isPresent()) {
            throw new InvalidRequestException("The partner code " + code.strip() + " is taken");
        }
        if (roles != null && roles.contains(PartnerRole.HUB)) {
            partners.all().stream().filter(p -> p.hasRole(PartnerRole.HUB)).findFirst().ifPresent(hub -> {
                throw new InvalidRequestException("There is one hub, and it is " + hub.name());
            });
        }
        if (identity != null) {
            requireFree(identity, null);
        }
        try {
            TradingPartner partner = partners.add(new TradingPartner(code == null ? null : code.strip(), name, roles, identity,
                    OutboundDelimiters.standard()));
            audit.record("PARTNER_CREATED", "TradingPartner", partner.code(), partner.name() + ", " + roles + ", X12 "
                    + identity.qualifier() + ":" + identity.interchangeId());
            return partner;
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new InvalidRequestException(e.getMessage() == null ? "Give code, name, roles and the X12 identity" : e.getMessage());
        }
    }

    /** Deactivates (or activates again) a partner; its documents and users stay, its traffic is refused meanwhile. */
    public TradingPartner setActive(String code, boolean active) {
        TradingPartner partner = byCode(code);
        try {
            if (active) {
                partner.activate();
            } else {
                partner.deactivate();
            }
        } catch (IllegalStateException e) {
            throw new InvalidRequestException(e.getMessage());
        }
        audit.record(active ? "PARTNER_ACTIVATED" : "PARTNER_DEACTIVATED", "TradingPartner", partner.code(), partner.name());
        return partner;
    }

    /** An X12 interchange ID belongs to one partner: refused when another (not {@code owner}) has it already. */
    private void requireFree(X12Identity identity, Long owner) {
        partners.byX12Id(identity.qualifier(), identity.interchangeId()).filter(other -> !other.id().equals(owner)).ifPresent(other -> {
            throw new InvalidRequestException("Interchange ID " + identity.qualifier() + ":" + identity.interchangeId()
                    + " belongs to " + other.name() + " already");
        });
    }

    public TradingPartner get(long id) {
        TradingPartner partner = partners.byId(id).orElseThrow(() -> new NotFoundException("Trading partner " + id));
        partner.contacts().size();
        return partner;
    }

    /** Changes a partner's name and X12 identity; another partner may not already use the same interchange ID. */
    public TradingPartner update(long id, String name, X12Identity identity, OutboundDelimiters delimiters) {
        TradingPartner partner = get(id);
        requireFree(identity, partner.id());
        try {
            partner.rename(name);
            partner.changeX12Identity(identity, delimiters);
            audit.record("PARTNER_UPDATED", "TradingPartner", partner.code(), "name " + name + ", X12 "
                    + identity.qualifier() + ":" + identity.interchangeId() + " " + identity.applicationCode() + " " + identity.version());
        } catch (IllegalArgumentException e) {
            throw new InvalidRequestException(e.getMessage());
        }
        return partner;
    }

    /** Changes how a partner trades over AS2; another partner may not already use the same AS2 identity. */
    public TradingPartner changeAs2Settings(long id, As2Settings settings) {
        TradingPartner partner = get(id);
        if (settings.enabled()) {
            partners.byAs2Id(settings.as2Id())
                    .filter(other -> !other.id().equals(partner.id()))
                    .ifPresent(other -> {
                        throw new InvalidRequestException("AS2 identity " + settings.as2Id() + " belongs to " + other.name() + " already");
                    });
        }
        partner.changeAs2Settings(settings);
        audit.record("PARTNER_AS2_CHANGED", "TradingPartner", partner.code(), settings.enabled()
                ? "AS2 " + settings.as2Id() + " " + (settings.url() == null ? "(receive only)" : settings.url())
                + ", signed " + settings.requireSigned() + ", encrypted " + settings.requireEncrypted()
                + ", compressed " + settings.compress() + ", MDN " + settings.mdnMode() + (settings.mdnSigned() ? " signed" : "")
                + ", " + settings.signAlgorithm() + "/" + settings.encryptAlgorithm()
                : "AS2 off");
        return partner;
    }

    /**
     * Changes whether we send 997s to a partner, whether we wait for its 997s and for how long, what a different file
     * under an ISA13 it used gets, and which envelope deviations of its system we accept.
     */
    public TradingPartner changeAcknowledgmentSettings(long id, AcknowledgmentSettings settings) {
        TradingPartner partner = get(id);
        partner.changeAcknowledgmentSettings(settings);
        audit.record("PARTNER_ACKNOWLEDGMENTS_CHANGED", "TradingPartner", partner.code(), "997s sent "
                + settings.sendAcknowledgments() + ", expected " + settings.expectAcknowledgments() + " within "
                + settings.windowHours() + " h; reused ISA13: " + settings.reusedControlNumbers() + "; envelope deviations accepted: "
                + (settings.allowedEnvelopeDeviations().isEmpty() ? "none (strict)" : settings.allowedEnvelopeDeviations())
                + "; 861s sent: " + settings.sendReceivingAdvice() + "; orders under contract: " + settings.ordersUnderContract());
        return partner;
    }

    /** Imports a partner certificate from PEM or DER bytes (an expired one, a private key or garbage is refused). */
    public PartnerCertificate importCertificate(long id, byte[] pemOrDer) {
        TradingPartner partner = get(id);
        PartnerCertificate certificate;
        try {
            certificate = PartnerCertificate.importFor(partner, pemOrDer, clock, scope.callerName());
        } catch (IllegalArgumentException e) {
            throw new InvalidRequestException(e.getMessage());
        }
        boolean known = partners.certificatesOf(id).stream().anyMatch(c -> c.fingerprint().equals(certificate.fingerprint()));
        if (known) {
            throw new InvalidRequestException("This certificate is imported already (SHA-256 " + certificate.fingerprint() + ")");
        }
        partners.addCertificate(certificate);
        audit.record("PARTNER_CERTIFICATE_IMPORTED", "TradingPartner", partner.code(), certificate.subject()
                + ", serial " + certificate.serialNumber() + ", valid until " + certificate.notAfter()
                + ", SHA-256 " + certificate.fingerprint());
        return certificate;
    }

    public List<PartnerCertificate> certificates(long id) {
        return partners.certificatesOf(get(id).id());
    }

    /** Certificates that expire within 30 days (or have expired): the administrators' warning. */
    public List<PartnerCertificate> expiringCertificates() {
        return partners.expiringBefore(clock.instant().plus(PartnerCertificate.EXPIRY_WARNING));
    }
}
