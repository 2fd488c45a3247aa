package com.ascendelements.portal.exchange.as2;

import java.util.logging.Logger;

/**
 * Names Jakarta Mail's stream provider once, so that the MIME work of every AS2 message does not look it up again.
 *
 * <p>Jakarta Mail 2.1 finds its {@code StreamProvider} anew for every multipart, body part and header it decodes: a
 * ServiceLoader scan of the class path each time (jakartaee/mail-api#699, #861). Profiled under AS2 load, that was
 * 13% of the server's CPU and a quarter of the load client's. Its lookup asks the system property
 * {@code jakarta.mail.util.StreamProvider} first, and then loads the named class directly; this sets it to the
 * provider the ServiceLoader finds anyway (Angus Mail's), unless the property is set already or the class is not
 * there.
 */
final class MailStreamProvider {

    private static final Logger LOG = Logger.getLogger(MailStreamProvider.class.getName());
    static final String PROPERTY = "jakarta.mail.util.StreamProvider";
    static final String ANGUS = "org.eclipse.angus.mail.util.MailStreamProvider";

    private MailStreamProvider() {
    }

    static void nameOnce() {
        if (System.getProperty(PROPERTY) != null) {
            return;
        }
        try {
            Class.forName(ANGUS, false, MailStreamProvider.class.getClassLoader());
            System.setProperty(PROPERTY, ANGUS);
        } catch (ClassNotFoundException | LinkageError e) {
            LOG.fine(() -> "Jakarta Mail's stream provider left to its ServiceLoader lookup: " + e);
        }
    }
}
