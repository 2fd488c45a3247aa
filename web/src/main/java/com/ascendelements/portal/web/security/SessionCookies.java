package com.ascendelements.portal.web.security;

import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.SessionCookieConfig;
import jakarta.servlet.annotation.WebListener;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The session cookie (HttpOnly from web.xml) is {@code Secure} when the portal is served over HTTPS, which the
 * operator says with {@code portal.secure-cookies=true} (PORTAL_SECURE_COOKIES; behind a TLS proxy the portal itself
 * sees plain HTTP, so it cannot tell by itself). README, "Exposing the portal over TLS". SameSite=Lax comes from the
 * HTTP listener (web/src/main/payara/loopback.asadmin): Payara ignores a SameSite attribute set by the application.
 */
@WebListener
public class SessionCookies implements ServletContextListener {

    private static final Logger LOG = Logger.getLogger(SessionCookies.class.getName());

    @Override
    public void contextInitialized(ServletContextEvent event) {
        SessionCookieConfig cookie = event.getServletContext().getSessionCookieConfig();
        boolean secure = ConfigProvider.getConfig().getOptionalValue("portal.secure-cookies", Boolean.class).orElse(false);
        cookie.setSecure(secure);
        LOG.info(() -> "Session cookie: HttpOnly" + (secure ? ", Secure (served over HTTPS)" : "; not Secure: set"
                + " PORTAL_SECURE_COOKIES=true when the portal is served over HTTPS"));
    }
}
