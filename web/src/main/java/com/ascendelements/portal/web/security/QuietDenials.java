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
 * incident: the EJB container would log it at WARNING with a 70-line stack trace. This filter drops that record from
 * the container's log (its one-line notice before it stays); every other exception it logs is kept, and the filter is
 * taken down with the application.
 */
@ApplicationScoped
public class QuietDenials {

    /** The logger Payara's EJB container writes system exceptions to. */
    static final String EJB_CONTAINER_LOGGER = "jakarta.enterprise.ejb.container";

    /** Held so that the logger, which java.util.logging keeps only weakly, keeps its filter. */
    private static final Logger CONTAINER = Logger.getLogger(EJB_CONTAINER_LOGGER);

    void install(@Observes @Initialized(ApplicationScoped.class) Object started) {
        Filter previous = CONTAINER.getFilter();
        if (previous != null && previous.getClass().getName().equals(DenialFilter.class.getName())) {
            previous = null;   // an earlier deployment's that was not taken down: replaced, not chained
        }
        CONTAINER.setFilter(new DenialFilter(previous));
    }

    void uninstall(@Observes @jakarta.enterprise.context.Destroyed(ApplicationScoped.class) Object stopped) {
        if (CONTAINER.getFilter() instanceof DenialFilter ours) {
            CONTAINER.setFilter(ours.previous);   // no reference to this deployment's classes is left behind
        }
    }

    /** Drops a record whose exception is itself a denial; keeps every other one (and asks the filter it replaced). */
    static final class DenialFilter implements Filter {
        private final Filter previous;

        DenialFilter(Filter previous) {
            this.previous = previous;
        }

        @Override
        public boolean isLoggable(LogRecord record) {
            return !isDenial(record) && (previous == null || previous.isLoggable(record));
        }
    }

    /** Only a denial itself: an exception that merely has one among its causes (a job that failed on one) is kept. */
    static boolean isDenial(LogRecord record) {
        Throwable thrown = record.getThrown();
        return thrown instanceof EJBAccessException || thrown instanceof AccessLocalException;
    }
}
