package com.ascendelements.portal.web.api;

import com.ascendelements.portal.common.InvalidRequestException;
import com.ascendelements.portal.common.Page;
import com.ascendelements.portal.common.PageRequest;
import com.ascendelements.portal.common.Quantity;
import com.ascendelements.portal.common.UnitOfMeasure;
import com.ascendelements.portal.shipping.LotReceipt;
import com.ascendelements.portal.shipping.ReceiptEntry;
import com.ascendelements.portal.shipping.ShipNotice;
import com.ascendelements.portal.shipping.ShipNoticeService;
import com.ascendelements.portal.shipping.ShipNoticeStatus;
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
import java.math.BigDecimal;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("ship-notices")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Ship notices")
public class ShipNoticeResource {

    @Inject
    private ShipNoticeService service;

    /** A receipt as the API takes it; quantities in {@code unit}, weights in {@code weightUnit} (kg, t, lb or the enum names). */
    public record ReceiptRequest(String lotNumber, String poLineNumber, LocalDate receivedOn, String deliveryReference,
                                 BigDecimal received, BigDecimal rejected, String unit, String rejectionReason,
                                 BigDecimal wetWeight, BigDecimal moisturePercent, BigDecimal dryWeight, String weightUnit,
                                 boolean deliveryCompleted) {
    }

    @GET
    @Operation(summary = "A page of ship notices, newest first, optionally those whose shipment id contains text or in"
            + " one status; the total count is in X-Total-Count. Partner users see their own company's only")
    public Response page(@QueryParam("text") String text, @QueryParam("status") String status,
                         @QueryParam("first") @DefaultValue("0") int first, @QueryParam("max") @DefaultValue("50") int max) {
        ShipNoticeStatus wanted;
        try {
            wanted = status == null || status.isBlank() ? null : ShipNoticeStatus.valueOf(status.strip());
        } catch (IllegalArgumentException e) {
            throw new InvalidRequestException("status is one of " + java.util.Arrays.toString(ShipNoticeStatus.values()));
        }
        Page<ShipNotice> page = service.search(text, wanted, PageRequest.of(first, max));
        return Response.ok(page.rows().stream().map(ShipNoticeView::summary).toList()).header("X-Total-Count", page.total()).build();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One ship notice with its items, what has arrived of each, and every receipt")
    public ShipNoticeView get(@PathParam("id") long id) {
        return ShipNoticeView.detail(service.get(id));
    }

    @POST
    @Path("{id}/receipts")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "The receiver records what arrived of one lot and PO line on one delivery (several per lot for a"
            + " multi-truck lot): received and rejected quantity with the reason, wet weight with moisture or dry weight")
    public Response receive(@PathParam("id") long id, ReceiptRequest request) {
        if (request == null) {
            throw new InvalidRequestException("Give lotNumber, receivedOn, received and unit");
        }
        UnitOfMeasure unit = unit(request.unit(), "unit");
        UnitOfMeasure weightUnit = request.weightUnit() == null ? UnitOfMeasure.KILOGRAM : unit(request.weightUnit(), "weightUnit");
        LotReceipt receipt = service.recordLotReceipt(id, new ReceiptEntry(request.lotNumber(), request.poLineNumber(),
                request.receivedOn(), request.deliveryReference(), quantity(request.received(), unit),
                quantity(request.rejected(), unit), request.rejectionReason(), quantity(request.wetWeight(), weightUnit),
                request.moisturePercent(), quantity(request.dryWeight(), weightUnit), request.deliveryCompleted()));
        return Response.status(Response.Status.CREATED).entity(ShipNoticeView.Receipt.of(receipt)).build();
    }

    private static Quantity quantity(BigDecimal amount, UnitOfMeasure unit) {
        return amount == null ? null : Quantity.of(amount, unit);
    }

    private static UnitOfMeasure unit(String code, String field) {
        if (code == null || code.isBlank()) {
            throw new InvalidRequestException(field + " is required: kg, t, lb or ea");
        }
        try {
            return UnitOfMeasure.valueOf(code.strip().toUpperCase());
        } catch (IllegalArgumentException e) {
            try {
                return UnitOfMeasure.ofSymbol(code.strip());
            } catch (IllegalArgumentException unknown) {
                throw new InvalidRequestException(field + " " + code + " is not one of kg, t, lb, ea");
            }
        }
    }
}
