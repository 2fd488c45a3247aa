package com.ascendelements.portal.platform;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJBException;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Seeds the demo data into an empty database when {@code portal.demo-data=true} (the README's run command
 * sets it). Seeding happens once: a database that already has the hub partner is left alone, one that holds other
 * (real) partners is refused, and when two nodes start together the one that loses the race is told so by a unique
 * key and carries on.
 */
@Startup
@Singleton
@DependsOn("SchemaMigration")
@TransactionManagement(TransactionManagementType.BEAN)
public class DemoData {

    private static final Logger LOG = Logger.getLogger(DemoData.class.getName());

    @Inject
    @ConfigProperty(name = "portal.demo-data", defaultValue = "false")
    private boolean enabled;

    /** ASCEND (the default), or ECOPRO for a counterpart portal that plays EcoPro's gateway. */
    @Inject
    @ConfigProperty(name = "portal.demo-data.hub", defaultValue = "ASCEND")
    private String hub;

    @Inject
    private DemoDataWriter writer;

    @PostConstruct
    void seed() {
        if (!enabled) {
            return;
        }
        try {
            if (writer.seedIfEmpty("ECOPRO".equalsIgnoreCase(hub))) {
                LOG.info("Demo data seeded. Logins: " + DemoDataWriter.LOGINS);
            } else {
                LOG.info("Demo data already present. Logins: " + DemoDataWriter.LOGINS);
            }
        } catch (EJBException e) {
            if (e.getCause() instanceof IllegalStateException refused) {   // a database with real partners
                LOG.severe("Demo data not seeded: " + refused.getMessage());
            } else {
                LOG.warning("Demo data not seeded here (another node may have seeded it at the same time): "
                        + SchemaMigration.rootMessage(e));
            }
        }
    }
}
