package com.ascendelements.portal.web.api;

import com.ascendelements.portal.exchange.as2.As2Hub;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** What partners need to trade with the hub over AS2: its AS2 identity and certificate. */
@Path("as2")
@ApplicationScoped
@Tag(name = "AS2")
public class As2Resource {

    @Inject
    private As2Hub hub;

    @GET
    @Path("certificate")
    @Produces("application/x-pem-file")
    @Operation(summary = "The hub's AS2 certificate (PEM): partners verify our signatures and encrypt to us with it")
    public String certificate() {
        return hub.key().certificatePem();
    }

    @GET
    @Path("id")
    @Produces("text/plain")
    @Operation(summary = "The hub's AS2 identity (AS2-To of messages for us)")
    public String id() {
        return hub.as2Id();
    }
}
