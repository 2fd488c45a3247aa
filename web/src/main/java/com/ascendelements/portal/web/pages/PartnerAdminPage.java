package com.ascendelements.portal.web.pages;

import com.ascendelements.portal.common.InvalidRequestException;
import com.ascendelements.portal.partners.OutboundDelimiters;
import com.ascendelements.portal.partners.PartnerAdministration;
import com.ascendelements.portal.partners.PartnerCertificate;
import com.ascendelements.portal.partners.TradingPartner;
import com.ascendelements.portal.partners.X12Identity;
import com.ascendelements.portal.partners.X12Version;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.util.List;

/** Trading partner profiles: the list and an editor for name and X12 identity (administrators only). */
@Named("partnerAdmin")
@ViewScoped
public class PartnerAdminPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private transient PartnerAdministration administration;

    private transient List<TradingPartner> partners;
    private transient List<PartnerCertificate> expiringCertificates;
    private Long editedId;
    @NotBlank(message = "Enter the name")
    private String name;
    @Pattern(regexp = "[0-9A-Z]{2}", message = "Two characters, e.g. ZZ or 01")
    private String qualifier;
    @NotBlank(message = "Enter the interchange ID")
    @Size(max = 15, message = "At most 15 characters")
    private String interchangeId;
    @NotBlank(message = "Enter the application code")
    @Size(min = 2, max = 15, message = "2 to 15 characters")
    private String applicationCode;
    private X12Version version;
    @Pattern(regexp = "[^A-Za-z0-9 ]{4}", message = "Four delimiters: element, component, repetition, segment (e.g. *>^~)")
    private String delimiters;
    private boolean lineBreak;

    public List<TradingPartner> getPartners() {
        if (partners == null) {
            partners = administration.all();
        }
        return partners;
    }

    /** Partner certificates that expire within 30 days (or have expired): shown as a warning. */
    public List<PartnerCertificate> getExpiringCertificates() {
        if (expiringCertificates == null) {
            expiringCertificates = administration.expiringCertificates();
        }
        return expiringCertificates;
    }

    public void edit(TradingPartner p) {
        editedId = p.id();
        name = p.name();
        qualifier = p.x12().qualifier();
        interchangeId = p.x12().interchangeId();
        applicationCode = p.x12().applicationCode();
        version = p.x12().version();
        OutboundDelimiters d = p.delimiters();
        delimiters = "" + d.element() + d.component() + d.repetition() + d.segment();
        lineBreak = d.lineBreakAfterSegment();
    }

    public void save() {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            administration.update(editedId, name, new X12Identity(qualifier, interchangeId, applicationCode, version),
                    new OutboundDelimiters(delimiters.charAt(0), delimiters.charAt(1), delimiters.charAt(2), delimiters.charAt(3), lineBreak));
            partners = null;
            faces.addMessage(null, new FacesMessage("Partner " + name + " saved"));
        } catch (InvalidRequestException | IllegalArgumentException e) {
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, e.getMessage(), null));
            faces.validationFailed();
        }
    }

    public X12Version[] getVersions() { return X12Version.values(); }
    public Long getEditedId() { return editedId; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getQualifier() { return qualifier; }
    public void setQualifier(String qualifier) { this.qualifier = qualifier; }
    public String getInterchangeId() { return interchangeId; }
    public void setInterchangeId(String interchangeId) { this.interchangeId = interchangeId; }
    public String getApplicationCode() { return applicationCode; }
    public void setApplicationCode(String applicationCode) { this.applicationCode = applicationCode; }
    public X12Version getVersion() { return version; }
    public void setVersion(X12Version version) { this.version = version; }
    public String getDelimiters() { return delimiters; }
    public void setDelimiters(String delimiters) { this.delimiters = delimiters; }
    public boolean isLineBreak() { return lineBreak; }
    public void setLineBreak(boolean lineBreak) { this.lineBreak = lineBreak; }
}
