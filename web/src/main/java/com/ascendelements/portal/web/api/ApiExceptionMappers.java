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
 * call, 404 for what does not exist or is not yours, 503 while the X12 translation is not available, 500 with an
 * incident id (never a stack trace) otherwise.
 */
@Provider
public class ApiExceptionMappers implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(ApiExceptionMappers.class.getName());

    @Override
    public Response toResponse(Throwable thrown) {
        Throwable e = unwrap(thrown);
        if (e instanceof WebApplicationException web && web.getClass().getSimpleName().endsWith("ParamException")) {
            return answer(400, "Bad Request", parameterProblem(web));   // JAX-RS says 404 for a query parameter it cannot convert
        }
        if (unreadableBody(e)) {
            return answer(400, "Bad Request", "The request body is not the JSON this call takes: " + deepestMessage(e));
        }
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
        if (e instanceof com.ascendelements.portal.exchange.TranslationUnavailableException) {
            LOG.log(Level.SEVERE, "X12 translation unavailable", e);
            return answer(503, "Service Unavailable", "X12 translation is not available yet; nothing was changed, try again shortly");
        }
        if (e instanceof InvalidRequestException || e instanceof IllegalArgumentException || e instanceof IllegalStateException) {
            return answer(400, "Bad Request", e.getMessage());
        }
        String incident = UUID.randomUUID().toString();
        LOG.log(Level.SEVERE, "Incident " + incident, thrown);
        return answer(500, "Internal Server Error", "Something went wrong on our side; incident " + incident);
    }

    /**
     * A request body JSON-B could not read: not JSON, a wrong type, an unknown enum value, an impossible date, a NaN.
     * Only while reading (a message body reader on the stack): a failure to write our own answer stays an incident.
     */
    private static boolean unreadableBody(Throwable e) {
        boolean json = false;
        boolean reading = false;
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            json |= t instanceof jakarta.json.bind.JsonbException || t instanceof jakarta.json.JsonException;
            reading |= java.util.Arrays.stream(t.getStackTrace()).anyMatch(frame -> frame.getMethodName().equals("readFrom"));
        }
        return json && reading;
    }

    /** The innermost message, which names the property and the value JSON-B or the parser could not take. */
    private static String deepestMessage(Throwable e) {
        String message = e.getMessage();
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t.getMessage() != null && !t.getMessage().isBlank()) {
                message = t.getMessage();
            }
        }
        return message == null ? "unreadable" : message.length() > 300 ? message.substring(0, 300) + "..." : message;
    }

    /** Which query, path or header parameter could not be converted, and the value it had. */
    private static String parameterProblem(WebApplicationException e) {
        String name = "a parameter";
        try {
            name = String.valueOf(e.getClass().getMethod("getParameterName").invoke(e));
        } catch (ReflectiveOperationException | RuntimeException notJersey) {
            // another JAX-RS implementation: the cause still says what was wrong
        }
        Throwable cause = e;
        while (cause.getCause() != null && cause.getCause() != cause) {   // Jersey wraps the converter's own exception
            cause = cause.getCause();
        }
        String detail = cause.getMessage() == null ? "" : cause.getMessage();
        java.util.regex.Matcher constant = java.util.regex.Pattern.compile("No enum constant ([\\w.$]+)\\.(\\w*)").matcher(detail);
        if (constant.find()) {
            try {
                Object[] values = Class.forName(constant.group(1), false, ApiExceptionMappers.class.getClassLoader()).getEnumConstants();
                return name + ": " + constant.group(2) + " is not one of " + java.util.Arrays.toString(values);
            } catch (ClassNotFoundException | LinkageError unknown) {
                return name + ": " + constant.group(2) + " is not a value it takes";
            }
        }
        if (cause instanceof NumberFormatException) {
            return name + ": " + detail.replace("For input string: ", "") + " is not a whole number";
        }
        return name + ": " + (detail.isBlank() ? "not a value it takes" : detail);
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
