package com.ascendelements.portal.platform;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;

/** Alive once the application is deployed and its beans answer; reports heap use for the operator. */
@Liveness
@ApplicationScoped
public class ApplicationLiveness implements HealthCheck {

    @Override
    public HealthCheckResponse call() {
        Runtime runtime = Runtime.getRuntime();
        long used = runtime.totalMemory() - runtime.freeMemory();
        return HealthCheckResponse.named("portal")
                .up()
                .withData("heapUsedMB", used / (1024 * 1024))
                .withData("heapMaxMB", runtime.maxMemory() / (1024 * 1024))
                .build();
    }
}
