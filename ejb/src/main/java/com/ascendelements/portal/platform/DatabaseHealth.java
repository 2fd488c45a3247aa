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
            // the migration step this node brought the schema to (a rolling deployment waits for it); nothing about the
            // database product or where it runs: this answer is public
            return response.status(valid && schema.schemaVersion() != null)
                    .withData("schemaVersion", String.valueOf(schema.schemaVersion()))
                    .build();
        } catch (SQLException e) {
            java.util.logging.Logger.getLogger(DatabaseHealth.class.getName()).warning(() -> "Readiness: the database cannot be reached: " + e);
            return response.down().withData("error", "the database cannot be reached (the server log says why)").build();
        }
    }
}
