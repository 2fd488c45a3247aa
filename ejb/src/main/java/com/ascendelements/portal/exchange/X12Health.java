package com.ascendelements.portal.exchange;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Ready when the X12 validator and the Smooks translation are loaded and warmed up ({@link X12Gateway}). */
@Readiness
@ApplicationScoped
public class X12Health implements HealthCheck {

    @Inject
    private X12Gateway gateway;

    @Override
    public HealthCheckResponse call() {
        var response = HealthCheckResponse.named("x12");
        try {
            if (gateway.failedToStart()) {
                return response.down().withData("translation", "cannot start (the server log says why)").build();
            }
            return gateway.ready() ? response.up().withData("translation", gateway.translation().engine()).build()
                    : response.down().withData("translation", "starting").build();
        } catch (RuntimeException e) {
            return response.down().withData("translation", "starting").build();  // the gateway itself is still starting
        }
    }
}
