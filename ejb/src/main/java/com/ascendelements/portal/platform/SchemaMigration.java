package com.ascendelements.portal.platform;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Brings the schema to the version this build expects before anything else touches the database. If the
 * database cannot be reached or a migration fails, deployment fails with a message naming the cause: the
 * application never runs on a half-migrated schema. Flyway's lock table makes concurrent starts of several
 * nodes safe: one migrates, the others wait and find nothing left to do.
 */
@DataSourceDefinition(
        name = SchemaMigration.DATASOURCE,
        className = "${MPCONFIG=portal.db.datasource-class}",
        url = "${MPCONFIG=portal.db.url}",
        user = "${MPCONFIG=portal.db.user}",
        password = "${MPCONFIG=portal.db.password}",
        minPoolSize = 2,
        maxPoolSize = 32,
        properties = {
            "fish.payara.is-connection-validation-required=true",
            "fish.payara.connection-validation-method=auto-commit",
            "fish.payara.validate-atmost-once-period-in-seconds=30",
            "fish.payara.fail-all-connections=true",
            "fish.payara.connection-creation-retry-attempts=3",
            "fish.payara.connection-creation-retry-interval-in-seconds=2"
        })
@Startup
@Singleton
@TransactionManagement(TransactionManagementType.BEAN)
public class SchemaMigration {

    /**
     * The application's one database. Every setting comes from MicroProfile Config: defaults (embedded H2 in
     * ./data) are in META-INF/microprofile-config.properties; environment variables such as PORTAL_DB_URL or
     * system properties such as -Dportal.db.url override them, so switching to PostgreSQL needs no rebuild.
     */
    public static final String DATASOURCE = "java:app/jdbc/portal";

    private static final Logger LOG = Logger.getLogger(SchemaMigration.class.getName());

    @Resource(lookup = DATASOURCE)
    private DataSource dataSource;

    private volatile String schemaVersion;

    @PostConstruct
    void migrateAtStartup() {
        String database = describe(dataSource);
        try {
            MigrateResult result = migrate(dataSource);
            schemaVersion = result.targetSchemaVersion != null ? result.targetSchemaVersion : result.initialSchemaVersion;
            LOG.info(() -> "Database " + database + " is at schema version " + schemaVersion
                    + " (" + result.migrationsExecuted + " migration(s) applied now)");
        } catch (FlywayException e) {
            String message = "The portal cannot start: the database schema of " + database
                    + " could not be brought up to date. Cause: " + rootMessage(e);
            LOG.log(Level.SEVERE, message, e);
            throw new IllegalStateException(message, e);
        }
    }

    /** Applies the migrations of this build to a database; also used by the mapping tests and tools. */
    public static MigrateResult migrate(DataSource dataSource) {
        return Flyway.configure(SchemaMigration.class.getClassLoader())
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .validateMigrationNaming(true)
                .cleanDisabled(true)
                .load()
                .migrate();
    }

    /** The schema version in force, as migrated at start-up. */
    public String schemaVersion() {
        return schemaVersion;
    }

    private static String describe(DataSource dataSource) {
        try (Connection c = dataSource.getConnection()) {
            // without its parameters: PostgreSQL lists every driver setting there, and a password may be one
            return c.getMetaData().getURL().replaceFirst("[?;].*", "");
        } catch (SQLException e) {
            String message = "The portal cannot start: the database is unreachable (" + rootMessage(e)
                    + "). Check portal.db.url / PORTAL_DB_URL, the user and the password.";
            LOG.log(Level.SEVERE, message, e);
            throw new IllegalStateException(message, e);
        }
    }

    static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root == e ? String.valueOf(e.getMessage()) : e.getMessage() + " <- " + root.getMessage();
    }
}
