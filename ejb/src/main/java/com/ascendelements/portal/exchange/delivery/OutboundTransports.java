package com.ascendelements.portal.exchange.delivery;

import com.ascendelements.portal.exchange.Interchange;
import com.ascendelements.portal.exchange.queue.ExchangeJobs;
import com.ascendelements.portal.exchange.queue.JobKind;
import com.ascendelements.portal.partners.TradingPartner;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.Optional;

/** The transports this portal has, and which one a partner's profile calls for. */
@ApplicationScoped
public class OutboundTransports {

    @Inject
    @Any
    private Instance<OutboundTransport> transports;
    @Inject
    private ExchangeJobs jobs;
    @Inject
    private Clock clock;

    public Optional<OutboundTransport> forPartner(TradingPartner partner) {
        for (OutboundTransport transport : transports) {
            if (transport.handles(partner)) {
                return Optional.of(transport);
            }
        }
        return Optional.empty();
    }

    /**
     * Queues the delivery of an interchange we just wrote, in the caller's transaction; a partner without a transport
     * collects it in the portal (staff can resend it once the partner's profile has one).
     */
    public void schedule(Interchange outbound, TradingPartner partner) {
        if (forPartner(partner).isPresent()) {
            jobs.enqueue(JobKind.DELIVER_OUTBOUND, outbound.id());
        } else {
            outbound.note("No transport in " + partner.code()
                    + "'s profile: the partner collects it in the portal", clock);
        }
    }
}
