package com.ascendelements.portal.web.security;

import com.ascendelements.portal.identity.PortalRole;
import com.ascendelements.portal.identity.LoginAttempts;
import com.ascendelements.portal.identity.PortalUsers;
import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import com.ascendelements.portal.identity.ApiTokenCredential;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Set;

/**
 * How callers prove who they are. People use the login form (the session remembers them until they log out or
 * it times out); partners' systems and scripts call /api with an API token ("Authorization: Bearer ...", one
 * indexed lookup) or HTTP Basic (a PBKDF2 check per request, deliberately slow), and no session. Which pages need
 * which role is in web.xml and in the application services.
 *
 * <p>The session keeps the caller's name and roles and hands both to the container on every request. (Soteria's
 * {@code @AutoApplySession} hands over the name only; under concurrent requests of one user Payara then
 * sometimes answered 403, measured with perf/PortalLoad.java.)
 */
@ApplicationScoped
@DeclareRoles({PortalRole.Names.ADMIN, PortalRole.Names.PROCUREMENT, PortalRole.Names.FINANCE, PortalRole.Names.PARTNER})
public class PortalAuthentication implements HttpAuthenticationMechanism {

    public static final String LOGIN_PAGE = "/login.xhtml";
    /** Request attribute: why a login was turned away before its password was checked (too many failures). */
    public static final String REFUSAL = "portal.login.refusal";
    /** Session attribute holding the page a caller asked for before being sent to the login page. */
    public static final String ORIGINAL_REQUEST = "portal.originalRequest";
    private static final String REALM = "Basic realm=\"Battery Materials Partner Portal\"";
    private static final String SESSION_CALLER = "portal.caller";

    /** Who is signed in to a session, with the roles the identity store gave at login. */
    record SessionCaller(String name, Set<String> groups, int accessVersion) implements Serializable {
    }

    @Inject
    private IdentityStoreHandler identityStore;
    @Inject
    private PortalUsers users;
    @Inject
    private LoginAttempts attempts;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context) {
        SecurityHeaders.apply(request, response);  // also on what the login layer answers itself (401, the way to the login page)
        if (context.isAuthenticationRequest()) {
            return login(request, context, context.getAuthParameters().getCredential());
        }
        if (isApi(request)) {
            return basic(request, response, context);
        }
        HttpSession session = request.getSession(false);
        if (session != null && session.getAttribute(SESSION_CALLER) instanceof SessionCaller caller) {
            if (users.accessVersion(caller.name()).filter(version -> version == caller.accessVersion()).isPresent()) {
                return context.notifyContainerAboutLogin(caller.name(), caller.groups());
            }
            // disabled, given other roles or a new password since it logged in (on this node or another): the session ends now
            session.invalidate();
        }
        if (!context.isProtected()) {
            return context.doNothing();
        }
        return toLoginPage(request, response, context);
    }

    private AuthenticationStatus login(HttpServletRequest request, HttpMessageContext context, Credential credential) {
        String address = ClientAddress.of(request);
        LoginAttempts.Checked checked = attempts.check(credential, address, "login form", identityStore::validate);
        if (checked.refusal() != null) {
            request.setAttribute(REFUSAL, checked.refusal());
        } else if (checked.valid()) {
            CredentialValidationResult result = checked.result();
            attempts.succeeded(result.getCallerPrincipal().getName(), address, "login form");
            request.getSession(true);
            request.changeSessionId();  // no session fixation
            String name = result.getCallerPrincipal().getName();
            request.getSession().setAttribute(SESSION_CALLER, new SessionCaller(name, Set.copyOf(result.getCallerGroups()),
                    users.accessVersion(name).orElse(-1)));
            return context.notifyContainerAboutLogin(result);
        }
        // no error page: the login form answers with its own message
        return AuthenticationStatus.SEND_FAILURE;
    }

    private AuthenticationStatus basic(HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        String header = request.getHeader("Authorization");
        boolean bearer = header != null && header.regionMatches(true, 0, "Bearer ", 0, 7);
        UsernamePasswordCredential login = header != null && header.regionMatches(true, 0, "Basic ", 0, 6) ? decode(header.substring(6).trim()) : null;
        if (!bearer && login == null && !context.isProtected()) {
            return context.doNothing();
        }
        if (bearer) {
            // 256 random bits cannot be guessed, and a system polling with an expired token must not lock out its address
            CredentialValidationResult result = identityStore.validate(new ApiTokenCredential(header.substring(7).trim()));
            if (result.getStatus() == CredentialValidationResult.Status.VALID) {
                return context.notifyContainerAboutLogin(result);
            }
        } else if (login != null) {
            LoginAttempts.Checked checked = attempts.check(login, ClientAddress.of(request), "HTTP Basic", identityStore::validate);
            if (checked.refusal() != null) {
                response.setHeader("Retry-After", "900");
                return json(response, context, 429, "Too Many Requests", checked.refusal());
            }
            if (checked.valid()) {
                return context.notifyContainerAboutLogin(checked.result());
            }
        }
        response.setHeader("WWW-Authenticate", REALM);
        // the API's callers are programs: the same JSON error body as every other API answer, not an HTML page
        return json(response, context, 401, "Unauthorized", "Log in with HTTP Basic (a portal login) or an API token (Authorization: Bearer)");
    }

    private static AuthenticationStatus json(HttpServletResponse response, HttpMessageContext context, int status, String error, String message) {
        try {
            response.setStatus(status);
            response.setContentType("application/json;charset=UTF-8");
            response.getWriter().write(jakarta.json.Json.createObjectBuilder().add("status", status).add("error", error).add("message", message)
                    .build().toString());
            response.flushBuffer();
        } catch (IOException e) {
            return context.responseUnauthorized();
        }
        return AuthenticationStatus.SEND_FAILURE;
    }

    private static UsernamePasswordCredential decode(String token) {
        try {
            String pair = new String(Base64.getDecoder().decode(token), StandardCharsets.UTF_8);
            int colon = pair.indexOf(':');
            return colon < 1 ? null : new UsernamePasswordCredential(pair.substring(0, colon), pair.substring(colon + 1));
        } catch (IllegalArgumentException notBase64) {
            return null;
        }
    }

    /**
     * The page to return to after login when it is a path of this portal; null for anything that would leave it: a
     * protocol-relative "//host/..." or "/\\host/..." (browsers take both for another site), a scheme, control characters.
     */
    public static String sameOriginPath(String target) {
        if (target == null || !target.startsWith("/") || target.startsWith("//") || target.startsWith("/\\")
                || target.chars().anyMatch(c -> c < 0x20 || c == 0x7f)) {
            return null;
        }
        return target;
    }

    private static AuthenticationStatus toLoginPage(HttpServletRequest request, HttpServletResponse response,
                                                    HttpMessageContext context) {
        String target = request.getRequestURI().substring(request.getContextPath().length());
        if (request.getQueryString() != null) {
            target += "?" + request.getQueryString();
        }
        // only a page a person opened: never what the browser fetches on its own (the favicon, a script), which would
        // send the person to a 404 after logging in
        String path = target.split("\\?", 2)[0];
        boolean page = path.equals("/") || path.endsWith(".xhtml") && !path.startsWith("/jakarta.faces.resource/");
        if ("GET".equals(request.getMethod()) && page && !"partial/ajax".equals(request.getHeader("Faces-Request"))
                && sameOriginPath(target) != null) {
            request.getSession(true).setAttribute(ORIGINAL_REQUEST, target);
        }
        // a form sent after the session ended: what it carried is not saved, and the login page says so
        String login = request.getContextPath() + LOGIN_PAGE + ("POST".equals(request.getMethod()) ? "?sessionEnded=true" : "");
        try {
            if ("partial/ajax".equals(request.getHeader("Faces-Request"))) {
                // an Ajax request after the session timed out: tell Faces to go to the login page
                response.setContentType("text/xml");
                response.getWriter().printf("<?xml version=\"1.0\" encoding=\"UTF-8\"?><partial-response>"
                        + "<redirect url=\"%s\"/></partial-response>", login);
            } else {
                response.sendRedirect(login);
            }
        } catch (IOException e) {
            throw new IllegalStateException("Could not send the caller to the login page", e);
        }
        return AuthenticationStatus.SEND_CONTINUE;
    }

    private static boolean isApi(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.startsWith("/api/") || path.equals("/api");
    }
}
