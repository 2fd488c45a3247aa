package com.ascendelements.portal.web.api;

import com.ascendelements.portal.common.InvalidRequestException;
import com.ascendelements.portal.common.Page;
import com.ascendelements.portal.common.PageRequest;
import com.ascendelements.portal.invoicing.Invoice;
import com.ascendelements.portal.invoicing.InvoiceService;
import com.ascendelements.portal.invoicing.InvoiceStatus;
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
import java.util.Arrays;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("invoices")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Invoices")
public class InvoiceResource {

    @Inject
    private InvoiceService service;

    @Inject
    private com.ascendelements.portal.identity.AccessScope scope;

    private boolean staff() {
        return scope.restrictedToPartner().isEmpty();
    }

    /** Finance's decision on an invoice: the reason is required. */
    public record Decision(String reason) {
    }

    @GET
    @Operation(summary = "A page of invoices, newest first, filtered by partner code (seller or buyer), status and invoice-date"
            + " period (from, to: yyyy-MM-dd), or number text; the total count is in X-Total-Count. Partner users see their"
            + " own company's only")
    public Response page(@QueryParam("partner") String partner, @QueryParam("status") String status,
                         @QueryParam("from") String from, @QueryParam("to") String to, @QueryParam("text") String text,
                         @QueryParam("first") @DefaultValue("0") int first, @QueryParam("max") @DefaultValue("50") int max) {
        InvoiceStatus wanted;
        try {
            wanted = status == null || status.isBlank() ? null : InvoiceStatus.valueOf(status.strip());
        } catch (IllegalArgumentException e) {
            throw new InvalidRequestException("status is one of " + Arrays.toString(InvoiceStatus.values()));
        }
        Page<Invoice> page = service.search(text, wanted, partner, QueryDates.date(from, "from"), QueryDates.date(to, "to"), PageRequest.of(first, max));
        return Response.ok(page.rows().stream().map(i -> InvoiceView.summary(i, staff())).toList()).header("X-Total-Count", page.total()).build();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One invoice with the three-way match of every line: outcome, reasons, the figures side by side,"
            + " and the receipts it billed")
    public InvoiceView get(@PathParam("id") long id) {
        return InvoiceView.detail(service.get(id), staff());
    }

    @POST
    @Path("{id}/approve")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Finance approves an exception or a held invoice, with the reason")
    public InvoiceView approve(@PathParam("id") long id, Decision decision) {
        return InvoiceView.detail(service.approve(id, reasonOf(decision)), true);
    }

    @POST
    @Path("{id}/hold")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Finance holds an exception while it finds out more, with the reason")
    public InvoiceView hold(@PathParam("id") long id, Decision decision) {
        return InvoiceView.detail(service.hold(id, reasonOf(decision)), true);
    }

    @POST
    @Path("{id}/dispute")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Finance disputes an exception or a held invoice, with the reason the seller will see")
    public InvoiceView dispute(@PathParam("id") long id, Decision decision) {
        return InvoiceView.detail(service.dispute(id, reasonOf(decision)), true);
    }

    private static String reasonOf(Decision decision) {
        if (decision == null || decision.reason() == null || decision.reason().isBlank()) {
            throw new InvalidRequestException("Give the reason");
        }
        return decision.reason();
    }
}
