package com.ascendelements.portal.partners;

import com.ascendelements.portal.identity.AccessScope;
import com.ascendelements.portal.identity.PortalRole;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;

/** Trading partner profiles as staff see them; a partner user sees only its own profile. */
@Stateless
@RolesAllowed({PortalRole.Names.ADMIN, PortalRole.Names.PROCUREMENT, PortalRole.Names.FINANCE, PortalRole.Names.PARTNER})
public class PartnerDirectory {

    @Inject
    private TradingPartners partners;

    @Inject
    private AccessScope scope;

    public List<TradingPartner> visiblePartners() {
        return scope.restrictedToPartner()
                .map(id -> partners.byId(id).map(List::of).orElse(List.of()))
                .orElseGet(partners::all);
    }

    /** The certificates of a partner the caller may see (public certificates: partners see their own). */
    public List<PartnerCertificate> certificatesOf(String code) {
        return visiblePartners().stream().filter(p -> p.code().equals(code)).findFirst()
                .map(p -> partners.certificatesOf(p.id())).orElse(List.of());
    }
}
