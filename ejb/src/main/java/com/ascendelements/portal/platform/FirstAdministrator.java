package com.ascendelements.portal.platform;

import com.ascendelements.portal.audit.AuditTrail;
import com.ascendelements.portal.identity.PasswordHashing;
import com.ascendelements.portal.identity.PortalRole;
import com.ascendelements.portal.identity.PortalUser;
import com.ascendelements.portal.identity.PortalUsers;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.UserTransaction;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The first start of a portal without demo data: on a database with no user at all, an administrator {@code admin}
 * whose password is {@code portal.admin-password} (PORTAL_ADMIN_PASSWORD, at least 8 characters) is created, so that
 * somebody can log in and set up the hub, the partners and their users. Without that setting the log says how; once
 * any user exists the setting is ignored (it never resets a password). Runs after the demo data, which brings its own
 * users.
 */
@Startup
@Singleton
@DependsOn({"SchemaMigration", "DemoData"})
@TransactionManagement(TransactionManagementType.BEAN)
public class FirstAdministrator {

    static final String USERNAME = "admin";
    private static final Logger LOG = Logger.getLogger(FirstAdministrator.class.getName());

    @Inject
    @ConfigProperty(name = "portal.admin-password")
    private Optional<String> password;
    @Inject
    private PortalUsers users;
    @Inject
    private PasswordHashing passwords;
    @Inject
    private AuditTrail audit;
    @Resource
    private UserTransaction transaction;

    @PostConstruct
    void createOnFirstStart() {
        try {
            transaction.begin();
            if (users.any()) {
                transaction.rollback();
                return;
            }
            if (password.isEmpty() || password.get().isBlank()) {
                transaction.rollback();
                LOG.severe("Nobody can log in to this portal yet: it has no user. Start it once with PORTAL_ADMIN_PASSWORD set"
                        + " (at least 8 characters) and log in as 'admin' to create the hub, the partners and their users.");
                return;
            }
            users.add(PortalUser.staff(USERNAME, "Administrator", passwords.hash(password.get()), Set.of(PortalRole.ADMIN)));
            audit.recordAs("first start", "USER_CREATED", "PortalUser", USERNAME, "administrator of the first start, from PORTAL_ADMIN_PASSWORD");
            transaction.commit();
            LOG.info("First start: administrator 'admin' created with the password from PORTAL_ADMIN_PASSWORD");
        } catch (IllegalArgumentException e) {
            rollback();
            LOG.severe("PORTAL_ADMIN_PASSWORD cannot be used: " + e.getMessage() + "; nobody can log in until it is set right");
        } catch (Exception e) {
            rollback();
            LOG.warning("The first administrator was not created here (another node may have created it at the same time): "
                    + SchemaMigration.rootMessage(e));
        }
    }

    private void rollback() {
        try {
            if (transaction.getStatus() != Status.STATUS_NO_TRANSACTION) {
                transaction.rollback();
            }
        } catch (Exception e) {
            LOG.fine(() -> "Nothing to roll back: " + e);
        }
    }
}
