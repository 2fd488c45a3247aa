package com.ascendelements.portal.edi.smooks;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.smooks.Smooks;
import org.smooks.api.ExecutionContext;
import org.smooks.api.io.Sink;
import org.smooks.api.io.Source;

/**
 * Runs a Smooks filter safely on a shared instance. Smooks finishes setting up an instance lazily, on its first
 * filter, and that set-up is not thread-safe (two first filters at once fail with a
 * ConcurrentModificationException in getFilterBypass): the first filter of each instance runs alone, every later
 * one concurrently.
 */
final class SmooksFilter {

    private static final Set<Smooks> SET_UP = ConcurrentHashMap.newKeySet();

    private SmooksFilter() {
    }

    static void filter(Smooks smooks, ExecutionContext context, Source source, Sink sink) {
        if (SET_UP.contains(smooks)) {
            smooks.filterSource(context, source, sink);
            return;
        }
        synchronized (smooks) {
            smooks.filterSource(context, source, sink);
            SET_UP.add(smooks);
        }
    }
}
