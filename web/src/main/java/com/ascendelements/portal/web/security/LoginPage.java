package com.ascendelements.portal.web.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import jakarta.validation.constraints.NotBlank;
import java.io.IOException;

/** The login form and logout: hands the credential to {@link PortalAuthentication}, then goes where the user wanted. */
@Named("login")
@RequestScoped
public class LoginPage {

    @Inject
    private SecurityContext security;

    @Inject
    private FacesContext faces;

    @NotBlank(message = "Enter your user name")
    private String username;

    @NotBlank(message = "Enter your password")
    private String password;

    public void submit() throws IOException {
        ExternalContext external = faces.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        HttpServletResponse response = (HttpServletResponse) external.getResponse();
        AuthenticationStatus status = security.authenticate(request, response, AuthenticationParameters.withParams()
                .credential(new UsernamePasswordCredential(username.strip(), password)).newAuthentication(true));
        if (status == AuthenticationStatus.SUCCESS) {
            HttpSession session = request.getSession();
            Object target = session.getAttribute(PortalAuthentication.ORIGINAL_REQUEST);
            session.removeAttribute(PortalAuthentication.ORIGINAL_REQUEST);
            // only a page of this portal, never another site (an open redirect): the saved page is checked again here
            String page = PortalAuthentication.sameOriginPath(target instanceof String t ? t : null);
            external.redirect(external.getRequestContextPath() + (page == null ? "/index.xhtml" : page));
            faces.responseComplete();
        } else if (status == AuthenticationStatus.SEND_FAILURE) {
            response.setStatus(HttpServletResponse.SC_OK);
            Object refusal = request.getAttribute(PortalAuthentication.REFUSAL);
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR,
                    refusal != null ? refusal.toString() : "The user name or password is not right.", null));
        }
    }

    public void logout() throws IOException, ServletException {
        ExternalContext external = faces.getExternalContext();
        ((HttpServletRequest) external.getRequest()).logout();
        external.invalidateSession();
        external.redirect(external.getRequestContextPath() + PortalAuthentication.LOGIN_PAGE + "?loggedOut=true");
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
