package com.ascendelements.portal.web.pages;

import com.ascendelements.portal.common.InvalidRequestException;
import com.ascendelements.portal.partners.PartnerAdministration;
import com.ascendelements.portal.partners.PartnerRole;
import com.ascendelements.portal.partners.TradingPartner;
import com.ascendelements.portal.partners.X12Identity;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.EnumSet;
import java.util.List;

/**
 * The administrator creates a trading partner (on a first start, the hub itself) and deactivates or activates one again;
 * the rules are {@link PartnerAdministration}'s, the same as {@code POST /api/partners}.
 */
@Named("newPartner")
@ViewScoped
public class NewPartnerForm implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private transient PartnerAdministration administration;

    private String code;
    private String name;
    private List<PartnerRole> roles = new java.util.ArrayList<>();
    private String qualifier = "ZZ";
    private String interchangeId;
    private String applicationCode;
    private String version = "004010";

    public void create() {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            X12Identity identity = X12Identity.of(qualifier, interchangeId, applicationCode, version);
            TradingPartner created = administration.create(code, name, roles.isEmpty() ? EnumSet.noneOf(PartnerRole.class)
                    : EnumSet.copyOf(roles), identity);
            faces.addMessage(null, new FacesMessage("Trading partner " + created.code() + " created; set its AS2 profile and users next"));
            reload(faces);
        } catch (InvalidRequestException | IllegalArgumentException e) {
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, e.getMessage(), null));
            faces.validationFailed();
        }
    }

    /** Deactivates a partner (its traffic and users are refused, its documents kept), or activates it again. */
    public void setActive(TradingPartner partner, boolean active) {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            administration.setActive(partner.code(), active);
            faces.addMessage(null, new FacesMessage(partner.name() + (active ? " is active again" : " is deactivated")));
            reload(faces);
        } catch (InvalidRequestException e) {
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, e.getMessage(), null));
            faces.validationFailed();
        }
    }

    /** The list as it now is: the page again, its message kept. */
    private static void reload(FacesContext faces) {
        faces.getExternalContext().getFlash().setKeepMessages(true);
        try {
            faces.getExternalContext().redirect(faces.getExternalContext().getRequestContextPath() + "/admin/partners.xhtml");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    public PartnerRole[] getRoleChoices() {
        return PartnerRole.values();
    }

    public String getCode() { return code; }
    public void setCode(String code) { this.code = code; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public List<PartnerRole> getRoles() { return roles; }
    public void setRoles(List<PartnerRole> roles) { this.roles = roles; }
    public String getQualifier() { return qualifier; }
    public void setQualifier(String qualifier) { this.qualifier = qualifier; }
    public String getInterchangeId() { return interchangeId; }
    public void setInterchangeId(String interchangeId) { this.interchangeId = interchangeId; }
    public String getApplicationCode() { return applicationCode; }
    public void setApplicationCode(String applicationCode) { this.applicationCode = applicationCode; }
    public String getVersion() { return version; }
    public void setVersion(String version) { this.version = version; }
}
