package com.ascendelements.portal.web.api;

import com.ascendelements.portal.common.InvalidRequestException;
import com.ascendelements.portal.common.PageRequest;
import com.ascendelements.portal.reconciliation.Reconciliation;
import com.ascendelements.portal.reconciliation.ReconciliationService;
import com.ascendelements.portal.web.reports.ReconciliationPdf;
import com.ascendelements.portal.web.reports.ReconciliationWorkbook;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("reconciliation")
@ApplicationScoped
@Tag(name = "Reconciliation")
public class ReconciliationResource {

    @Inject
    private ReconciliationService service;

    @GET
    @Produces({MediaType.APPLICATION_JSON, ReconciliationWorkbook.MEDIA_TYPE, "application/pdf"})
    @Operation(summary = "A partner's reconciliation for a period (orders dated from..to, yyyy-MM-dd): per PO line ordered, shipped,"
            + " received, invoiced and approved in quantity and money, accruals, invoiced-not-received, exception ageing; format=xlsx"
            + " or pdf for a download (every line). In JSON the totals, ageing and waiting invoices cover the whole period and the lines"
            + " come a page at a time (first, max up to 500; their count is lineCount and X-Total-Count). Partner users only for their"
            + " own company")
    public Response get(@QueryParam("partner") String partner, @QueryParam("from") String from, @QueryParam("to") String to,
                        @QueryParam("format") String format, @QueryParam("first") @DefaultValue("0") int first,
                        @QueryParam("max") @DefaultValue("500") int max) {
        PageRequest page = PageRequest.of(first, max);
        Reconciliation r = service.of(partner, QueryDates.date(from, "from"), QueryDates.date(to, "to"));
        String name = "reconciliation-" + r.partnerCode() + "-" + r.from() + "-" + r.to();
        if (format == null || format.isBlank() || format.equals("json")) {
            return Response.ok(ReconciliationView.of(r, page), MediaType.APPLICATION_JSON).header("X-Total-Count", r.lines().size()).build();
        }
        StreamingOutput body = switch (format) {
            case "xlsx" -> out -> ReconciliationWorkbook.write(r, out);
            case "pdf" -> out -> ReconciliationPdf.write(r, out);
            default -> throw new InvalidRequestException("format is json, xlsx or pdf");
        };
        return Response.ok(body, format.equals("xlsx") ? ReconciliationWorkbook.MEDIA_TYPE : "application/pdf")
                .header("Content-Disposition", "attachment; filename=\"" + name + "." + format + "\"").build();
    }
}
