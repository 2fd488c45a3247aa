package com.ascendelements.portal.web.pages;

import com.ascendelements.portal.dashboard.Dashboard;
import com.ascendelements.portal.dashboard.DashboardService;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;

/** The start page: today's traffic, what waits for someone, and volume charts (Chart.js configs for p:chart). */
@Named("dashboard")
@RequestScoped
public class DashboardPage {

    @Inject
    private DashboardService service;

    private Dashboard dashboard;

    public Dashboard getFigures() {
        if (dashboard == null) {
            dashboard = service.dashboard();
        }
        return dashboard;
    }

    public String getVolumeChart() {
        JsonArrayBuilder days = Json.createArrayBuilder();
        JsonArrayBuilder in = Json.createArrayBuilder();
        JsonArrayBuilder out = Json.createArrayBuilder();
        getFigures().volume().forEach(v -> {
            days.add(v.day().toString().substring(5));
            in.add(v.inbound());
            out.add(v.outbound());
        });
        return Json.createObjectBuilder()
                .add("type", "bar")
                .add("data", Json.createObjectBuilder().add("labels", days).add("datasets", Json.createArrayBuilder()
                        .add(Json.createObjectBuilder().add("label", "Inbound").add("data", in).add("backgroundColor", "#0b7a55"))
                        .add(Json.createObjectBuilder().add("label", "Outbound").add("data", out).add("backgroundColor", "#7aa6c2"))))
                .add("options", Json.createObjectBuilder().add("responsive", true).add("maintainAspectRatio", false)
                        .add("scales", Json.createObjectBuilder()
                                .add("x", Json.createObjectBuilder().add("stacked", true))
                                .add("y", Json.createObjectBuilder().add("stacked", true).add("beginAtZero", true))))
                .build().toString();
    }

    public String getPartnerChart() {
        JsonArrayBuilder names = Json.createArrayBuilder();
        JsonArrayBuilder counts = Json.createArrayBuilder();
        getFigures().perPartner().forEach(p -> {
            names.add(p.partner());
            counts.add(p.interchanges());
        });
        return Json.createObjectBuilder()
                .add("type", "doughnut")
                .add("data", Json.createObjectBuilder().add("labels", names).add("datasets", Json.createArrayBuilder()
                        .add(Json.createObjectBuilder().add("label", "Interchanges").add("data", counts).add("backgroundColor",
                                Json.createArrayBuilder().add("#0b7a55").add("#7aa6c2").add("#e3a008").add("#9b1c1c").add("#6b7280")))))
                .add("options", Json.createObjectBuilder().add("responsive", true).add("maintainAspectRatio", false))
                .build().toString();
    }
}
