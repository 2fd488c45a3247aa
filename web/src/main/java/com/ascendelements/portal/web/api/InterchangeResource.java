package com.ascendelements.portal.web.api;

import com.ascendelements.portal.exchange.InboundInterchanges;
import com.ascendelements.portal.exchange.Interchange;
import com.ascendelements.portal.exchange.InterchangeService;
import com.ascendelements.portal.exchange.InterchangeStatus;
import com.ascendelements.portal.exchange.ReceiptOutcome;
import com.ascendelements.portal.exchange.Transport;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("interchanges")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Interchanges")
public class InterchangeResource {

    @Inject
    private InboundInterchanges inbound;

    @Inject
    private InterchangeService interchanges;

    /** What the API shows of an interchange. */
    public record InterchangeView(long id, String direction, String transport, String fileName, long sizeBytes, String sender,
                                  String receiver, String controlNumber, String status, String statusReason, Instant createdAt,
                                  Long acknowledges) {
        static InterchangeView of(Interchange i) {
            return new InterchangeView(i.id(), i.direction().name(), i.transport().name(), i.fileName(), i.sizeBytes(),
                    i.sender() == null ? null : i.sender().toString(), i.receiver() == null ? null : i.receiver().toString(),
                    i.controlNumber(), i.status().name(), i.statusReason(), i.createdAt(),
                    i.acknowledges().map(Interchange::id).orElse(null));
        }
    }

    @POST
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Upload an X12 file. It is stored before anything else, then validated, acknowledged (TA1/997) and"
            + " applied. 200 when processed or recognised as a resend, 422 when rejected or failed, with the reason.")
    public Response upload(@QueryParam("fileName") String fileName, byte[] content) {
        ReceiptOutcome outcome = inbound.receive(Transport.API_UPLOAD, fileName, content == null ? new byte[0] : content);
        boolean refused = outcome.status() == InterchangeStatus.REJECTED || outcome.status() == InterchangeStatus.FAILED;
        return Response.status(refused ? 422 : 200).entity(outcome).build();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One interchange with its status; a partner user sees its own company's only")
    public InterchangeView get(@PathParam("id") long id) {
        return InterchangeView.of(interchanges.get(id));
    }
}
