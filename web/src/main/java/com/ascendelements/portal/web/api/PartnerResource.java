package com.ascendelements.portal.web.api;

import com.ascendelements.portal.partners.PartnerDirectory;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("partners")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Trading partners")
public class PartnerResource {

    @Inject
    private PartnerDirectory directory;

    @GET
    @Operation(summary = "The trading partners the caller may see (a partner user: its own company)")
    public List<PartnerView> list() {
        return directory.visiblePartners().stream().map(PartnerView::of).toList();
    }
}
