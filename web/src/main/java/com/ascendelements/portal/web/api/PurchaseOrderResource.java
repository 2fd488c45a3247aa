package com.ascendelements.portal.web.api;

import com.ascendelements.portal.common.Page;
import com.ascendelements.portal.common.PageRequest;
import com.ascendelements.portal.purchasing.LineStatus;
import com.ascendelements.portal.purchasing.PurchaseOrder;
import com.ascendelements.portal.purchasing.PurchaseOrderCriteria;
import com.ascendelements.portal.purchasing.PurchaseOrderService;
import com.ascendelements.portal.invoicing.Invoice;
import com.ascendelements.portal.invoicing.InvoiceDraft;
import com.ascendelements.portal.invoicing.InvoiceService;
import com.ascendelements.portal.purchasing.PurchaseOrderDraft;
import com.ascendelements.portal.shipping.ShipNotice;
import com.ascendelements.portal.shipping.ShipNoticeDraft;
import com.ascendelements.portal.shipping.ShipNoticeService;
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
import java.util.Map;
import java.util.List;
import java.math.BigDecimal;
import java.time.LocalDate;
import com.ascendelements.portal.common.InvalidRequestException;
import com.ascendelements.portal.common.Quantity;
import com.ascendelements.portal.common.UnitOfMeasure;
import com.ascendelements.portal.purchasing.LineChange;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("purchase-orders")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Purchase orders")
public class PurchaseOrderResource {

    @Inject
    private PurchaseOrderService service;

    @Inject
    private ShipNoticeService shipNotices;

    @Inject
    private InvoiceService invoices;

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
    @Path("{id}/lines/{line}/change")
    @Operation(summary = "The seller confirms another quantity for one line (in the line's unit); once every line is"
            + " answered, the 855 goes out with ACK IC for it")
    public PurchaseOrderView change(@PathParam("id") long id, @PathParam("line") String line,
                                    @QueryParam("quantity") String quantity) {
        try {
            return PurchaseOrderView.detail(service.changeLine(id, line, quantity == null ? null : new java.math.BigDecimal(quantity.strip())));
        } catch (NumberFormatException e) {
            throw new com.ascendelements.portal.common.InvalidRequestException("quantity must be a number, not " + quantity);
        }
    }

    /** A buyer's change: per line its new quantity (in the line's unit) and requested dates; what is left out stays. */
    public record ChangeRequest(List<LineRequest> lines) {
    }

    public record LineRequest(String line, BigDecimal quantity, LocalDate requestedShipDate, LocalDate requestedDeliveryDate) {
    }

    public record Cancellation(String reason) {
    }

    @POST
    @Path("{id}/changes")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "The buyer changes quantities (in each line's unit) or requested dates of its order until something ships;"
            + " the seller is sent an 860. Applied whole, or refused (400) with each line's reason")
    public PurchaseOrderView changeOrder(@PathParam("id") long id, ChangeRequest request) {
        if (request == null || request.lines() == null || request.lines().isEmpty() || request.lines().contains(null)) {
            throw new InvalidRequestException("lines: name at least one line to change");
        }
        PurchaseOrder order = service.get(id);
        List<LineChange> changes = request.lines().stream().map(l -> new LineChange(l.line(), l.quantity() == null ? null
                // a line the order lacks is refused by the order; its unit here is only a placeholder
                : Quantity.of(l.quantity(), order.line(l.line()).map(x -> x.quantity().unit()).orElse(UnitOfMeasure.KILOGRAM)),
                l.requestedShipDate(), l.requestedDeliveryDate())).toList();
        return PurchaseOrderView.detail(service.changeOrder(id, changes));
    }

    @POST
    @Path("{id}/cancel")
    @Consumes({MediaType.APPLICATION_JSON, MediaType.WILDCARD})
    @Operation(summary = "The buyer cancels its order while nothing has shipped against it; the seller is sent an 860 (BCH01 01)")
    public PurchaseOrderView cancelOrder(@PathParam("id") long id, Cancellation cancellation) {
        return PurchaseOrderView.detail(service.cancelOrder(id, cancellation == null ? null : cancellation.reason()));
    }

    @POST
    @Path("{id}/lines/{line}/{answer: accept|reject}")
    @Operation(summary = "The seller accepts or rejects one line; once every line is answered, the 855 goes out")
    public PurchaseOrderView answer(@PathParam("id") long id, @PathParam("line") String line, @PathParam("answer") String answer) {
        return PurchaseOrderView.detail(service.answerLine(id, line, "accept".equals(answer) ? LineStatus.ACCEPTED : LineStatus.REJECTED));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Procurement places an order with a supplier (the hub buys); its 850 goes out")
    public Response place(PurchaseOrderDraft draft) {
        PurchaseOrder order = service.place(draft);
        return Response.status(Response.Status.CREATED).entity(PurchaseOrderView.detail(order)).build();
    }

    @GET
    @Path("{id}/ship-notice-draft")
    @Operation(summary = "For the order's seller: a ship notice prefilled with what is left to ship on each line")
    public ShipNoticeDraft shipNoticeDraft(@PathParam("id") long id) {
        return shipNotices.draftFor(id);
    }

    @POST
    @Path("{id}/ship-notices")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "The order's seller dispatches a shipment; its 856 is written (web EDI for suppliers without EDI)")
    public Response dispatch(@PathParam("id") long id, ShipNoticeDraft draft) {
        ShipNotice notice = shipNotices.dispatch(id, draft);
        return Response.status(Response.Status.CREATED).entity(Map.of("id", notice.id(), "shipmentId", notice.shipmentId(),
                "status", notice.status().name())).build();
    }

    @GET
    @Path("{id}/invoice-draft")
    @Operation(summary = "For the order's seller: an invoice prefilled from the order's lines (shipped quantities if shipped)")
    public InvoiceDraft invoiceDraft(@PathParam("id") long id) {
        return invoices.draftFor(id);
    }

    @POST
    @Path("{id}/invoices")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "The order's seller issues an invoice; its 810 is written (web EDI for suppliers without EDI)")
    public Response issue(@PathParam("id") long id, InvoiceDraft draft) {
        Invoice invoice = invoices.issue(id, draft);
        return Response.status(Response.Status.CREATED).entity(Map.of("id", invoice.id(), "invoiceNumber", invoice.invoiceNumber(),
                "total", invoice.total().amount())).build();
    }
}
