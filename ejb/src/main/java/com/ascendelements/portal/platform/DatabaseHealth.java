package com.ascendelements.portal.platform;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Ready when the database answers and its schema has been migrated by this build. */
@Readiness
@ApplicationScoped
public class DatabaseHealth implements HealthCheck {

    @Resource(lookup = SchemaMigration.DATASOURCE)
    private DataSource dataSource;

    @Inject
    private SchemaMigration schema;

    @Override
    public HealthCheckResponse call() {
        var response = HealthCheckResponse.named("database");
        try (Connection connection = dataSource.getConnection()) {
            boolean valid = connection.isValid(2);
            return response.status(valid && schema.schemaVersion() != null)
                    .withData("product", connection.getMetaData().getDatabaseProductName())
                    .withData("schemaVersion", String.valueOf(schema.schemaVersion()))
                    .build();
        } catch (SQLException e) {
            return response.down().withData("error", String.valueOf(e.getMessage())).build();
        }
    }
}
