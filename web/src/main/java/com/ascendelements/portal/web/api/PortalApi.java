package com.ascendelements.portal.web.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

/** The REST API under /api; its OpenAPI document is served at /openapi. */
@ApplicationPath("api")
@OpenAPIDefinition(
        info = @Info(title = "Battery Materials Partner Portal API", version = "1",
                description = "Trading partners, purchase orders and the EDI exchange of the closed-loop battery-materials"
                        + " supply chain. Every call needs a portal login; partner users see their own company's documents only."),
        security = @SecurityRequirement(name = "basic"))
@SecurityScheme(securitySchemeName = "basic", type = SecuritySchemeType.HTTP, scheme = "basic")
public class PortalApi extends Application {
}
