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
import java.util.EnumSet;
import java.util.Set;

/**
 * What staff do to an interchange from the EDI monitor: process an inbound file again (after its partner's profile
 * or our data was fixed) or send an outbound one again. Both go through the work queue, like everything else.
 */
@Stateless
@RolesAllowed({PortalRole.Names.ADMIN, PortalRole.Names.PROCUREMENT})
public class InterchangeOperations {

    /** A file that was applied, or recognised as a resend, is never applied again. */
    private static final Set<InterchangeStatus> REPROCESSABLE = EnumSet.of(InterchangeStatus.FAILED,
            InterchangeStatus.REJECTED, InterchangeStatus.RECEIVED);

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
        if (interchange.direction() != Direction.INBOUND || interchange.transport() == Transport.WEB_EDI) {
            throw new InvalidRequestException("Only a received file can be processed again; interchange " + id
                    + " was " + (interchange.direction() == Direction.OUTBOUND ? "sent by us" : "entered in the portal"));
        }
        if (!REPROCESSABLE.contains(interchange.status())) {
            throw new InvalidRequestException("Interchange " + id + " is " + interchange.status()
                    + ": only a failed, rejected or waiting file is processed again, never one already applied");
        }
        interchange.recordOutcomes(null, null);   // the next run says anew what its 997 said and what it applied
        interchange.moveTo(InterchangeStatus.RECEIVED, "Queued again for processing", clock);
        audit.record("INTERCHANGE_REPROCESS", "Interchange", id, "Processing requested again");
        return runner.retry(JobKind.PROCESS_INBOUND, id);
    }

    public ExchangeJob resend(long id) {
        Interchange interchange = interchanges.byId(id).orElseThrow(() -> new NotFoundException("Interchange " + id));
        if (interchange.direction() != Direction.OUTBOUND) {
            throw new InvalidRequestException("Only a file we sent can be sent again; interchange " + id + " was received");
        }
        interchange.moveTo(InterchangeStatus.READY, "Queued again for delivery (same control numbers)", clock);
        audit.record("INTERCHANGE_RESEND", "Interchange", id, "Delivery requested again");
        return runner.retry(JobKind.DELIVER_OUTBOUND, id);
    }
}
