package com.ascendelements.portal.web.pages;

import com.ascendelements.portal.common.InvalidRequestException;
import com.ascendelements.portal.identity.ApiToken;
import com.ascendelements.portal.identity.ApiTokens;
import com.ascendelements.portal.identity.PortalRole;
import com.ascendelements.portal.identity.PortalUser;
import com.ascendelements.portal.identity.UserAdministration;
import com.ascendelements.portal.partners.PartnerAdministration;
import com.ascendelements.portal.partners.TradingPartner;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** Portal users: the list, a form for a new user, disabling a user (administrators only). */
@Named("userAdmin")
@ViewScoped
public class UserAdminPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private transient UserAdministration administration;

    @Inject
    private transient PartnerAdministration partners;

    @Inject
    private transient ApiTokens tokens;

    private transient List<PortalUser> users;
    private String tokenUser;
    private String tokenLabel = "ERP system";
    private boolean rotate;
    private String issuedToken;
    private transient List<ApiToken> userTokens = List.of();
    @NotBlank(message = "Enter a user name")
    private String username;
    @NotBlank(message = "Enter the person's name")
    private String displayName;
    @Size(min = 8, message = "At least 8 characters")
    private String password;
    private List<PortalRole> roles = new java.util.ArrayList<>();
    private String partnerCode;
    private UserAccessForm access;

    public List<PortalUser> getUsers() {
        if (users == null) {
            users = administration.all();
        }
        return users;
    }

    public List<TradingPartner> getPartners() {
        return partners.all();
    }

    public PortalRole[] getStaffRoles() {
        return new PortalRole[] {PortalRole.ADMIN, PortalRole.PROCUREMENT, PortalRole.FINANCE};
    }

    public void create() {
        FacesContext faces = FacesContext.getCurrentInstance();
        Set<PortalRole> chosen = roles.isEmpty() ? EnumSet.noneOf(PortalRole.class) : EnumSet.copyOf(roles);
        try {
            administration.create(username, displayName, password, chosen, partnerCode);
            faces.addMessage(null, new FacesMessage("User " + username + " created"));
            users = null;
            username = displayName = password = partnerCode = null;
            roles = new java.util.ArrayList<>();
        } catch (InvalidRequestException e) {
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, e.getMessage(), null));
            faces.validationFailed();
        }
    }

    public void disable(PortalUser user) {
        administration.disable(user.id());
        users = null;
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage("User " + user.username() + " disabled"));
    }

    public void enable(PortalUser user) {
        administration.enable(user.id());
        users = null;
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage("User " + user.username() + " may log in again"));
    }

    /** Opens one user's access (roles, password) for editing. */
    public void editAccess(PortalUser user) {
        access = UserAccessForm.of(user);
    }

    public void saveAccess() {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            faces.addMessage(null, new FacesMessage(access.save(administration)));
            users = null;
        } catch (InvalidRequestException e) {
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, e.getMessage(), null));
            faces.validationFailed();
        }
    }

    public UserAccessForm getAccess() {
        return access;
    }

    /** Opens the API tokens of one user (for a partner's system, or a script). */
    public void showTokens(PortalUser user) {
        tokenUser = user.username();
        userTokens = tokens.of(tokenUser);
        issuedToken = null;
        rotate = false;
    }

    /** Issues a token and shows its secret this once; with rotate, the user's older tokens stop working. */
    public void issueToken() {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            ApiToken.Issued issued = tokens.issue(tokenUser, tokenLabel, rotate, null);
            issuedToken = issued.secret();
            userTokens = tokens.of(tokenUser);
            faces.addMessage(null, new FacesMessage("Token issued for " + tokenUser + (rotate ? "; older tokens revoked" : "")));
        } catch (IllegalArgumentException | InvalidRequestException e) {
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, e.getMessage(), null));
            faces.validationFailed();
        }
    }

    public void revokeToken(ApiToken token) {
        tokens.revoke(tokenUser, token.id());
        userTokens = tokens.of(tokenUser);
        issuedToken = null;
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage("Token " + token.hint() + "... revoked"));
    }

    public String getTokenUser() { return tokenUser; }
    public String getTokenLabel() { return tokenLabel; }
    public void setTokenLabel(String tokenLabel) { this.tokenLabel = tokenLabel; }
    public boolean isRotate() { return rotate; }
    public void setRotate(boolean rotate) { this.rotate = rotate; }
    public String getIssuedToken() { return issuedToken; }
    public List<ApiToken> getUserTokens() { return userTokens; }

    public String getUsername() { return username; }
    public void setUsername(String username) { this.username = username; }
    public String getDisplayName() { return displayName; }
    public void setDisplayName(String displayName) { this.displayName = displayName; }
    public String getPassword() { return password; }
    public void setPassword(String password) { this.password = password; }
    public List<PortalRole> getRoles() { return roles; }
    public void setRoles(List<PortalRole> roles) { this.roles = roles; }
    public String getPartnerCode() { return partnerCode; }
    public void setPartnerCode(String partnerCode) { this.partnerCode = partnerCode; }
}
