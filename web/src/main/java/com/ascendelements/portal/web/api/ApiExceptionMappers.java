package com.ascendelements.portal.web.api;

import com.ascendelements.portal.common.InvalidRequestException;
import com.ascendelements.portal.common.NotFoundException;
import com.ascendelements.portal.common.NotPermittedException;
import jakarta.ejb.AccessLocalException;
import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Turns every failure into a JSON answer with a clear reason: 400 for bad input, 403 for a role that may not
 * call, 404 for what does not exist or is not yours, 500 with an incident id (never a stack trace) otherwise.
 */
@Provider
public class ApiExceptionMappers implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(ApiExceptionMappers.class.getName());

    @Override
    public Response toResponse(Throwable thrown) {
        Throwable e = unwrap(thrown);
        if (e instanceof WebApplicationException web) {
            Response.StatusType status = web.getResponse().getStatusInfo();
            return answer(status.getStatusCode(), status.getReasonPhrase(), web.getMessage());
        }
        if (e instanceof NotFoundException) {
            return answer(404, "Not Found", e.getMessage());
        }
        if (e instanceof NotPermittedException) {
            return answer(403, "Forbidden", e.getMessage());
        }
        if (e instanceof EJBAccessException || e instanceof AccessLocalException || e instanceof SecurityException) {
            return answer(403, "Forbidden", "Your role may not do this");
        }
        if (e instanceof InvalidRequestException || e instanceof IllegalArgumentException || e instanceof IllegalStateException) {
            return answer(400, "Bad Request", e.getMessage());
        }
        String incident = UUID.randomUUID().toString();
        LOG.log(Level.SEVERE, "Incident " + incident, thrown);
        return answer(500, "Internal Server Error", "Something went wrong on our side; incident " + incident);
    }

    private static Throwable unwrap(Throwable thrown) {
        Throwable e = thrown;
        while (e instanceof EJBException && !(e instanceof EJBAccessException) && !(e instanceof AccessLocalException)
                && e.getCause() != null) {
            e = e.getCause();
        }
        return e;
    }

    private static Response answer(int status, String error, String message) {
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE)
                .entity(new ApiError(status, error, message)).build();
    }
}
