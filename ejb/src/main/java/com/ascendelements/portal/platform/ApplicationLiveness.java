package com.ascendelements.portal.platform;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;

/**
 * Alive once the application is deployed and its beans answer. Public, so it says nothing else (no heap figures,
 * no versions): an operator reads those from the server's own monitoring.
 */
@Liveness
@ApplicationScoped
public class ApplicationLiveness implements HealthCheck {

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.named("portal").up().build();
    }
}
