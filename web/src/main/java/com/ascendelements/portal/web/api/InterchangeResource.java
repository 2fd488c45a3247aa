package com.ascendelements.portal.web.api;

import com.ascendelements.portal.common.InvalidRequestException;
import com.ascendelements.portal.common.Page;
import com.ascendelements.portal.common.PageRequest;
import com.ascendelements.portal.exchange.Direction;
import com.ascendelements.portal.exchange.InboundInterchanges;
import com.ascendelements.portal.exchange.Interchange;
import com.ascendelements.portal.exchange.InterchangeCriteria;
import com.ascendelements.portal.exchange.InterchangeOperations;
import com.ascendelements.portal.exchange.InterchangeService;
import com.ascendelements.portal.exchange.OutboundGroup;
import com.ascendelements.portal.exchange.InterchangeStatus;
import com.ascendelements.portal.exchange.ReceiptOutcome;
import com.ascendelements.portal.exchange.Transport;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("interchanges")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Interchanges")
public class InterchangeResource {

    @Inject
    private InboundInterchanges inbound;

    @Inject
    private InterchangeService interchanges;

    @Inject
    private InterchangeOperations operations;

    @Inject
    private Clock clock;

    /**
     * What the API shows of an interchange; for a received file, what our TA1/997 said (syntaxOutcome) and what became of
     * its documents (businessOutcome) side by side.
     */
    public record InterchangeView(long id, String direction, String transport, String fileName, long sizeBytes, String sender,
                                  String receiver, String controlNumber, String status, String statusReason, String syntaxOutcome,
                                  String businessOutcome, Instant createdAt, Long acknowledges, List<GroupView> groups) {
        static InterchangeView of(Interchange i) {
            return of(i, null);
        }

        static InterchangeView of(Interchange i, List<GroupView> groups) {
            return new InterchangeView(i.id(), i.direction().name(), i.transport().name(), i.fileName(), i.sizeBytes(),
                    i.sender() == null ? null : i.sender().toString(), i.receiver() == null ? null : i.receiver().toString(),
                    i.controlNumber(), i.status().name(), i.statusReason(), i.syntaxOutcome().map(Enum::name).orElse(null),
                    i.businessOutcome().map(Enum::name).orElse(null), i.createdAt(),
                    i.acknowledges().map(Interchange::id).orElse(null), groups);
        }
    }

    /** A functional group we sent, and what the partner's 997 said of it. */
    public record GroupView(String functionalId, String groupControlNumber, String document, String acknowledgment,
                            Instant expectedBy, boolean overdue, String ackCode, String ackDetail, Long ackInterchangeId) {
        static GroupView of(OutboundGroup g, Instant now) {
            return new GroupView(g.functionalId(), g.groupControlNumber(), g.documentSummary(), g.status().name(),
                    g.expectedBy(), g.isOverdue(now), g.ackCode(), g.ackDetail(),
                    g.acknowledgment() == null ? null : g.acknowledgment().id());
        }
    }

    /** A file queued for processing: where to follow it. */
    public record Queued(long interchangeId, String status) {
    }

    @POST
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Upload an X12 file. It is stored and queued before anything else, then validated, acknowledged"
            + " (TA1/997) and applied. 200 when processed or recognised as a resend, 422 when rejected or failed, with the"
            + " reason. With async=true: 202 at once, with the interchange to follow in Location.")
    public Response upload(@QueryParam("fileName") String fileName,
                           @QueryParam("async") @DefaultValue("false") boolean async,
                           @jakarta.ws.rs.HeaderParam("Content-Length") @DefaultValue("-1") long declaredLength,
                           java.io.InputStream body) throws java.io.IOException {
        long limit = inbound.maxBytes();
        byte[] content = declaredLength > limit ? null : atMost(body, limit);
        if (content == null) {
            inbound.refuseOversized(Transport.API_UPLOAD, fileName, Math.max(declaredLength, limit + 1));
            return Response.status(413).type(jakarta.ws.rs.core.MediaType.APPLICATION_JSON_TYPE).entity(new ApiError(413, "Payload Too Large",
                    "A file is limited to " + limit + " bytes (PORTAL_UPLOAD_MAX_BYTES); this one is larger and was not kept")).build();
        }
        if (async) {
            long id = inbound.queue(Transport.API_UPLOAD, fileName, content == null ? new byte[0] : content);
            return Response.accepted(new Queued(id, InterchangeStatus.RECEIVED.name()))
                    .location(URI.create("interchanges/" + id)).build();
        }
        ReceiptOutcome outcome = inbound.receive(Transport.API_UPLOAD, fileName, content == null ? new byte[0] : content);
        boolean refused = outcome.status() == InterchangeStatus.REJECTED || outcome.status() == InterchangeStatus.FAILED;
        return Response.status(refused ? 422 : 200).entity(outcome).build();
    }

    @GET
    @Operation(summary = "Search interchanges (by partner, control number, direction, status, dates, file name or the PO number of a"
            + " document in them), newest first; the total is in X-Total-Count. A partner user sees its own company's only")
    public Response search(@QueryParam("partnerId") Long partnerId, @QueryParam("controlNumber") String controlNumber,
                           @QueryParam("direction") Direction direction, @QueryParam("status") InterchangeStatus status,
                           @QueryParam("from") String from, @QueryParam("to") String to, @QueryParam("fileName") String fileName,
                           @QueryParam("poNumber") String poNumber,
                           @QueryParam("first") @DefaultValue("0") int first, @QueryParam("max") @DefaultValue("50") int max) {
        Page<Interchange> page = interchanges.search(new InterchangeCriteria(partnerId, controlNumber, direction, status,
                date("from", from), date("to", to), fileName, poNumber), PageRequest.of(first, max));
        return Response.ok(page.rows().stream().map(InterchangeView::of).toList()).header("X-Total-Count", page.total()).build();
    }

    @GET
    @Path("{id}/content")
    @Produces({"application/edi-x12", MediaType.APPLICATION_OCTET_STREAM})
    @Operation(summary = "The raw file exactly as received or sent")
    public Response content(@PathParam("id") long id) {
        Interchange interchange = interchanges.get(id);
        return Response.ok(interchanges.content(id), "application/edi-x12")
                .header("Content-Disposition", "attachment; filename=\"" + (interchange.fileName() == null
                        ? "interchange-" + id + ".x12" : interchange.fileName().replaceAll("[^A-Za-z0-9._-]", "_")) + "\"")
                .build();
    }

    private static LocalDate date(String name, String value) {
        try {
            return value == null || value.isBlank() ? null : LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new InvalidRequestException(name + " must be a date like 2026-11-28, not " + value);
        }
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One interchange with its status; a partner user sees its own company's only")
    public InterchangeView get(@PathParam("id") long id) {
        Instant now = clock.instant();
        return InterchangeView.of(interchanges.get(id), interchanges.groupsOf(id).stream().map(g -> GroupView.of(g, now)).toList());
    }

    /** One state change of an interchange. */
    public record HistoryView(Instant at, String by, String action, String detail) {
    }

    @GET
    @Path("{id}/history")
    @Operation(summary = "Every state change of the interchange: who, when, what")
    public List<HistoryView> history(@PathParam("id") long id) {
        return interchanges.historyOf(id).stream().map(a -> new HistoryView(a.occurredAt(), a.actor(), a.action(), a.detail())).toList();
    }

    /** The body, or null when it is longer than the limit (reading stops one byte past it). */
    private static byte[] atMost(java.io.InputStream body, long limit) throws java.io.IOException {
        if (body == null) {
            return new byte[0];
        }
        byte[] read = body.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limit + 1));
        return read.length > limit ? null : read;
    }

    @POST
    @Path("{id}/reprocess")
    @Operation(summary = "Process a failed, rejected or waiting received file again, through the work queue (staff only)")
    public Response reprocess(@PathParam("id") long id) {
        operations.reprocess(id);
        return Response.accepted(new Queued(id, InterchangeStatus.RECEIVED.name())).build();
    }

    @POST
    @Path("{id}/resend")
    @Operation(summary = "Deliver one of our files again, with the same control numbers, through the work queue (staff only)")
    public Response resend(@PathParam("id") long id) {
        operations.resend(id);
        return Response.accepted(new Queued(id, InterchangeStatus.READY.name())).build();
    }
}
