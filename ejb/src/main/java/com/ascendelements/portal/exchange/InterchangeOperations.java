package com.ascendelements.portal.exchange;

import com.ascendelements.portal.audit.AuditTrail;
import com.ascendelements.portal.common.InvalidRequestException;
import com.ascendelements.portal.common.NotFoundException;
import com.ascendelements.portal.exchange.queue.ExchangeJob;
import com.ascendelements.portal.exchange.queue.JobKind;
import com.ascendelements.portal.exchange.queue.JobRunner;
import com.ascendelements.portal.identity.PortalRole;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;

/**
 * What staff do to an interchange from the EDI monitor: process an inbound file again (after its partner's profile
 * or our data was fixed) or send an outbound one again. Both go through the work queue, like everything else.
 */
@Stateless
@RolesAllowed({PortalRole.Names.ADMIN, PortalRole.Names.PROCUREMENT})
public class InterchangeOperations {

    /** A file that was applied, or recognised as a resend, is never applied again. */
    @Inject
    private Interchanges interchanges;
    @Inject
    private JobRunner runner;
    @Inject
    private AuditTrail audit;
    @Inject
    private Clock clock;

    public ExchangeJob reprocess(long id) {
        Interchange interchange = interchanges.byId(id).orElseThrow(() -> new NotFoundException("Interchange " + id));
        try {
            interchange.queueForProcessingAgain(clock);
        } catch (IllegalStateException refused) {
            throw new InvalidRequestException(refused.getMessage());
        }
        audit.record("INTERCHANGE_REPROCESS", "Interchange", id, "Processing requested again");
        return runner.retry(JobKind.PROCESS_INBOUND, id);
    }

    public ExchangeJob resend(long id) {
        Interchange interchange = interchanges.byId(id).orElseThrow(() -> new NotFoundException("Interchange " + id));
        try {
            interchange.queueForDeliveryAgain(clock);
        } catch (IllegalStateException refused) {
            throw new InvalidRequestException(refused.getMessage());
        }
        audit.record("INTERCHANGE_RESEND", "Interchange", id, "Delivery requested again");
        return runner.retry(JobKind.DELIVER_OUTBOUND, id);
    }
}
