package com.ascendelements.portal.web.api;

import com.ascendelements.portal.identity.ApiToken;
import com.ascendelements.portal.identity.ApiTokens;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("users/{username}/tokens")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "API tokens")
public class ApiTokenResource {

    @Inject
    private ApiTokens tokens;

    /** A token as listed: never its secret. */
    public record TokenView(long id, String label, String hint, Instant createdAt, String createdBy, Instant revokedAt, Instant expiresAt) {
        static TokenView of(ApiToken t) {
            return new TokenView(t.id(), t.label(), t.hint() + "...", t.createdAt(), t.createdBy(), t.revokedAt(), t.expiresAt().orElse(null));
        }
    }

    /** A token just issued: its secret, shown this once. */
    public record IssuedView(long id, String label, String token, Instant expiresAt) {
    }

    @GET
    @Operation(summary = "The user's API tokens (administrators)")
    public List<TokenView> list(@PathParam("username") String username) {
        return tokens.of(username).stream().map(TokenView::of).toList();
    }

    @POST
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Issue an API token for the user (administrators); with rotate=true the user's other tokens are"
            + " revoked; with expiresInDays (1 to 730) it stops working by itself then. The token is in the answer, once; callers"
            + " send it as 'Authorization: Bearer <token>'")
    public Response issue(@PathParam("username") String username, @QueryParam("label") @DefaultValue("API") String label,
                          @QueryParam("rotate") @DefaultValue("false") boolean rotate,
                          @QueryParam("expiresInDays") Integer expiresInDays) {
        ApiToken.Issued issued = tokens.issue(username, label, rotate, expiresInDays);
        return Response.status(201).entity(new IssuedView(issued.token().id(), issued.token().label(), issued.secret(),
                issued.token().expiresAt().orElse(null))).build();
    }

    @DELETE
    @Path("{id}")
    @Operation(summary = "Revoke an API token (administrators)")
    public Response revoke(@PathParam("username") String username, @PathParam("id") long id) {
        tokens.revoke(username, id);
        return Response.noContent().build();
    }
}
