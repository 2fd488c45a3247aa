package com.ascendelements.portal.web.api;

import com.ascendelements.portal.common.Page;
import com.ascendelements.portal.common.PageRequest;
import com.ascendelements.portal.purchasing.LineStatus;
import com.ascendelements.portal.purchasing.PurchaseOrder;
import com.ascendelements.portal.purchasing.PurchaseOrderCriteria;
import com.ascendelements.portal.purchasing.PurchaseOrderService;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("purchase-orders")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Purchase orders")
public class PurchaseOrderResource {

    @Inject
    private PurchaseOrderService service;

    @GET
    @Operation(summary = "A page of purchase orders, newest first, optionally those whose number contains poNumber;"
            + " the total count is in X-Total-Count")
    public Response page(@QueryParam("poNumber") String poNumber,
                         @QueryParam("first") @DefaultValue("0") int first,
                         @QueryParam("max") @DefaultValue("50") int max) {
        Page<PurchaseOrder> page = service.search(new PurchaseOrderCriteria(poNumber, null, null, null, null),
                PageRequest.of(first, max));
        return Response.ok(page.rows().stream().map(PurchaseOrderView::summary).toList())
                .header("X-Total-Count", page.total())
                .build();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One purchase order with its lines and status history")
    public PurchaseOrderView get(@PathParam("id") long id) {
        return PurchaseOrderView.detail(service.get(id));
    }

    @POST
    @Path("{id}/lines/{line}/{answer: accept|reject}")
    @Operation(summary = "The seller accepts or rejects one line; once every line is answered, the 855 goes out")
    public PurchaseOrderView answer(@PathParam("id") long id, @PathParam("line") String line, @PathParam("answer") String answer) {
        return PurchaseOrderView.detail(service.answerLine(id, line, "accept".equals(answer) ? LineStatus.ACCEPTED : LineStatus.REJECTED));
    }
}
