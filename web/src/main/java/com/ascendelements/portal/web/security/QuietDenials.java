package com.ascendelements.portal.web.security;

import jakarta.ejb.AccessLocalException;
import jakarta.ejb.EJBAccessException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import java.util.logging.Filter;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/**
 * An ordinary denial (a role calling a service it may not use, answered 403 or "not allowed" on screen) is not an
 * incident: the EJB container would log it at WARNING with a 70-line stack trace. This filter drops that stack trace
 * from the container's log (the container's one-line notice stays); every other exception it logs is kept.
 */
@ApplicationScoped
public class QuietDenials {

    /** The logger Payara's EJB container writes system exceptions to. */
    static final String EJB_CONTAINER_LOGGER = "jakarta.enterprise.ejb.container";

    /** Held so that the logger, which java.util.logging keeps only weakly, keeps its filter. */
    private static final Logger CONTAINER = Logger.getLogger(EJB_CONTAINER_LOGGER);

    void install(@Observes @Initialized(ApplicationScoped.class) Object started) {
        Filter previous = CONTAINER.getFilter();
        CONTAINER.setFilter(record -> !isDenial(record) && (previous == null || previous.isLoggable(record)));
    }

    static boolean isDenial(LogRecord record) {
        for (Throwable t = record.getThrown(); t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof EJBAccessException || t instanceof AccessLocalException) {
                return true;
            }
        }
        return false;
    }
}
