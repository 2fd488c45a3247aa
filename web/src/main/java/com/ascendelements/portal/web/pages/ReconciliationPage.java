package com.ascendelements.portal.web.pages;

import com.ascendelements.portal.common.InvalidRequestException;
import com.ascendelements.portal.common.NotFoundException;
import com.ascendelements.portal.partners.PartnerDirectory;
import com.ascendelements.portal.partners.TradingPartner;
import com.ascendelements.portal.reconciliation.Reconciliation;
import com.ascendelements.portal.reconciliation.ReconciliationService;
import com.ascendelements.portal.web.reports.ReconciliationPdf;
import com.ascendelements.portal.web.reports.ReconciliationWorkbook;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

/** Finance's reconciliation of a partner and period, on screen with a chart, and as Excel and PDF downloads. */
@Named("reconciliationPage")
@ViewScoped
public class ReconciliationPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private transient ReconciliationService service;
    @Inject
    private transient PartnerDirectory directory;
    @Inject
    private transient Clock clock;

    private String partner;
    private LocalDate from;
    private LocalDate to;
    private transient Reconciliation result;

    /** The year so far, and the first partner the caller may see (a partner user: its own company). */
    public void load() {
        LocalDate today = LocalDate.now(clock);
        from = from == null ? today.withDayOfYear(1) : from;
        to = to == null ? today : to;
        if (partner == null) {
            partner = getPartners().stream().map(TradingPartner::code).findFirst().orElse(null);
        }
        show();
    }

    public void show() {
        try {
            result = service.of(partner, from, to);
        } catch (InvalidRequestException | NotFoundException e) {
            result = null;
            FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, e.getMessage(), null));
        }
    }

    /** Chart.js configuration: the period's money per stage, for the first currency. */
    public String getChart() {
        if (result == null || result.totals().isEmpty()) {
            return null;
        }
        Reconciliation.Totals t = result.totals().get(0);
        JsonArrayBuilder data = Json.createArrayBuilder();
        List.of(t.ordered(), t.shipped(), t.received(), t.invoiced(), t.approved(), t.accrual())
                .forEach(m -> data.add(m.amount()));
        return Json.createObjectBuilder().add("type", "bar")
                .add("data", Json.createObjectBuilder()
                        .add("labels", Json.createArrayBuilder(List.of("Ordered", "Shipped", "Received", "Invoiced", "Approved", "Accrued")))
                        .add("datasets", Json.createArrayBuilder().add(Json.createObjectBuilder()
                                .add("label", t.currency()).add("data", data)
                                .add("backgroundColor", Json.createArrayBuilder(List.of("#52606d", "#3e7cb1", "#2f9e44", "#f08c00", "#1864ab", "#c92a2a"))))))
                .add("options", Json.createObjectBuilder().add("animation", false).add("maintainAspectRatio", false)
                        .add("plugins", Json.createObjectBuilder().add("legend", Json.createObjectBuilder().add("display", false))))
                .build().toString();
    }

    public StreamedContent getExcel() {
        return download("xlsx", ReconciliationWorkbook.MEDIA_TYPE, out -> ReconciliationWorkbook.write(result, out));
    }

    public StreamedContent getPdf() {
        return download("pdf", "application/pdf", out -> ReconciliationPdf.write(result, out));
    }

    private interface Writer {
        void write(java.io.OutputStream out) throws IOException;
    }

    private StreamedContent download(String extension, String type, Writer writer) {
        show();  // the period and partner as the form has them now
        if (result == null) {
            return null;
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            writer.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return DefaultStreamedContent.builder().name("reconciliation-" + result.partnerCode() + "-" + result.from() + "-" + result.to()
                + "." + extension).contentType(type).stream(() -> new ByteArrayInputStream(out.toByteArray())).build();
    }

    /** The partners the caller may reconcile: every trading partner for staff, its own company for a partner user. */
    public List<TradingPartner> getPartners() {
        return directory.visiblePartners().stream().filter(p -> !p.hasRole(com.ascendelements.portal.partners.PartnerRole.HUB)).toList();
    }

    public Reconciliation getResult() { return result; }
    public String getPartner() { return partner; }
    public void setPartner(String v) { this.partner = v; }
    public LocalDate getFrom() { return from; }
    public void setFrom(LocalDate v) { this.from = v; }
    public LocalDate getTo() { return to; }
    public void setTo(LocalDate v) { this.to = v; }
}
