package com.ascendelements.portal.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.ejb.AccessLocalException;
import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import org.junit.jupiter.api.Test;

/** An ordinary denial is no incident in the log; every other exception the EJB container reports still is. */
class QuietDenialsTest {

    @Test
    void dropsTheStackTraceOfADenialOnlyAndKeepsEveryOtherException() {
        assertThat(QuietDenials.isDenial(record(new AccessLocalException("Client not authorized for this invocation")))).isTrue();
        assertThat(QuietDenials.isDenial(record(new EJBAccessException("denied")))).isTrue();
        assertThat(QuietDenials.isDenial(record(new EJBException(new EJBAccessException("a job that failed on one")))))
                .as("an exception that only has a denial among its causes is kept").isFalse();
        assertThat(QuietDenials.isDenial(record(new EJBException(new NullPointerException("a bug"))))).isFalse();
        assertThat(QuietDenials.isDenial(record(null))).as("the one-line notice").isFalse();
    }

    private static LogRecord record(Throwable thrown) {
        LogRecord record = new LogRecord(Level.WARNING, "");
        record.setThrown(thrown);
        return record;
    }
}
