package com.ascendelements.portal.partners;

import com.ascendelements.portal.audit.AuditTrail;
import com.ascendelements.portal.common.InvalidRequestException;
import com.ascendelements.portal.common.NotFoundException;
import com.ascendelements.portal.identity.PortalRole;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;

/** Trading partner profiles as administrators maintain them. */
@Stateless
@RolesAllowed(PortalRole.Names.ADMIN)
public class PartnerAdministration {

    @Inject
    private TradingPartners partners;

    @Inject
    private AuditTrail audit;

    public List<TradingPartner> all() {
        return partners.all();
    }

    public TradingPartner get(long id) {
        TradingPartner partner = partners.byId(id).orElseThrow(() -> new NotFoundException("Trading partner " + id));
        partner.contacts().size();
        return partner;
    }

    /** Changes a partner's name and X12 identity; another partner may not already use the same interchange ID. */
    public TradingPartner update(long id, String name, X12Identity identity, OutboundDelimiters delimiters) {
        TradingPartner partner = get(id);
        partners.byX12Id(identity.qualifier(), identity.interchangeId())
                .filter(other -> !other.id().equals(partner.id()))
                .ifPresent(other -> {
                    throw new InvalidRequestException("Interchange ID " + identity.qualifier() + ":" + identity.interchangeId()
                            + " belongs to " + other.name() + " already");
                });
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
}
