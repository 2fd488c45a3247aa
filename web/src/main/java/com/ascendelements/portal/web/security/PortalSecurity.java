package com.ascendelements.portal.web.security;

import com.ascendelements.portal.identity.PortalRole;
import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.authentication.mechanism.http.BasicAuthenticationMechanismDefinition;

/**
 * How callers authenticate: HTTP Basic over the portal's identity store (users and PBKDF2 hashes in the
 * database). Every page and every API resource requires one of the portal roles (see web.xml).
 */
@BasicAuthenticationMechanismDefinition(realmName = "Battery Materials Partner Portal")
@DeclareRoles({PortalRole.Names.ADMIN, PortalRole.Names.PROCUREMENT, PortalRole.Names.FINANCE, PortalRole.Names.PARTNER})
@ApplicationScoped
public class PortalSecurity {
}
