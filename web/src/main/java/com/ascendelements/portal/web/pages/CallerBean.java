package com.ascendelements.portal.web.pages;

import com.ascendelements.portal.identity.AccessScope;
import com.ascendelements.portal.identity.PortalRole;
import com.ascendelements.portal.identity.PortalUser;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Optional;

/** Who is signed in, for the layout and for showing only the actions a role may take (services enforce them). */
@Named("caller")
@RequestScoped
public class CallerBean {

    @Inject
    private AccessScope scope;

    private Optional<PortalUser> user;

    private Optional<PortalUser> user() {
        if (user == null) {
            user = scope.currentUser();
        }
        return user;
    }

    public String getDisplayName() {
        return user().map(PortalUser::displayName).orElse(scope.callerName());
    }

    public String getCompanyName() {
        return user().flatMap(PortalUser::partner).map(p -> p.name()).orElse("Ascend Elements");
    }

    public boolean isAdmin() {
        return scope.isCallerInRole(PortalRole.Names.ADMIN);
    }

    public boolean isPartner() {
        return scope.isCallerInRole(PortalRole.Names.PARTNER);
    }

    /** Procurement work: answer orders, record receipts, edit contracts. */
    public boolean isProcurement() {
        return isAdmin() || scope.isCallerInRole(PortalRole.Names.PROCUREMENT);
    }

    /** Finance work: decide invoice exceptions. */
    public boolean isFinance() {
        return isAdmin() || scope.isCallerInRole(PortalRole.Names.FINANCE);
    }
}
