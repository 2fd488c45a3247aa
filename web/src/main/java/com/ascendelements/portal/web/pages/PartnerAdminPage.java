package com.ascendelements.portal.web.pages;

import com.ascendelements.portal.common.InvalidRequestException;
import com.ascendelements.portal.edi.x12.EnvelopeDeviation;
import com.ascendelements.portal.partners.AcknowledgmentSettings;
import com.ascendelements.portal.partners.ReusedControlNumbers;
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
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.util.List;
import java.util.Set;
import org.primefaces.event.FileUploadEvent;

/**
 * Trading partner profiles (administrators only): the list, and an editor for name, X12 identity, acknowledgment
 * settings, AS2 settings and the partner's certificates.
 */
@Named("partnerAdmin")
@ViewScoped
public class PartnerAdminPage implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final long MAX_CERTIFICATE_BYTES = 64 * 1024;

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
    private boolean sendAcknowledgments;
    private boolean expectAcknowledgments;
    private boolean sendReceivingAdvice;
    private boolean ordersUnderContract;
    @Min(value = 1, message = "At least 1 hour")
    @Max(value = 720, message = "At most 720 hours (30 days)")
    private int windowHours;
    private ReusedControlNumbers reusedControlNumbers;
    private EnvelopeDeviation[] allowedDeviations = {};
    @jakarta.validation.Valid
    private As2Form as2 = new As2Form();
    private transient List<PartnerCertificate> certificates = List.of();

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
        AcknowledgmentSettings acks = p.acknowledgments();
        sendAcknowledgments = acks.sendAcknowledgments();
        expectAcknowledgments = acks.expectAcknowledgments();
        sendReceivingAdvice = acks.sendReceivingAdvice();
        ordersUnderContract = acks.ordersUnderContract();
        windowHours = acks.windowHours();
        reusedControlNumbers = acks.reusedControlNumbers();
        allowedDeviations = acks.allowedEnvelopeDeviations().toArray(EnvelopeDeviation[]::new);
        as2 = As2Form.of(p.as2());
        certificates = administration.certificates(editedId);
    }

    /** Imports the certificate the administrator uploaded (PEM or DER) into the edited partner's profile. */
    public void importCertificate(FileUploadEvent event) {
        FacesContext faces = FacesContext.getCurrentInstance();
        if (event.getFile().getSize() > MAX_CERTIFICATE_BYTES) {
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR,
                    "That file is too large for a certificate (at most 64 KB)", null));
            faces.validationFailed();
            return;
        }
        try {
            PartnerCertificate imported = administration.importCertificate(editedId, event.getFile().getContent());
            certificates = administration.certificates(editedId);
            expiringCertificates = null;
            faces.addMessage(null, new FacesMessage("Certificate " + imported.subject() + " imported, valid until " + imported.notAfter()));
        } catch (InvalidRequestException e) {
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, e.getMessage(), null));
            faces.validationFailed();
        }
    }

    public void save() {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            administration.updateProfile(editedId, name, new X12Identity(qualifier, interchangeId, applicationCode, version),
                    new OutboundDelimiters(delimiters.charAt(0), delimiters.charAt(1), delimiters.charAt(2), delimiters.charAt(3), lineBreak),
                    new AcknowledgmentSettings(sendAcknowledgments, expectAcknowledgments, windowHours, reusedControlNumbers,
                            allowedDeviations == null ? Set.of() : Set.of(allowedDeviations)).withReceivingAdvice(sendReceivingAdvice)
                            .withOrdersUnderContract(ordersUnderContract),
                    as2.settings());
            partners = null;
            faces.addMessage(null, new FacesMessage("Partner " + name + " saved"));
        } catch (InvalidRequestException | IllegalArgumentException e) {
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, e.getMessage(), null));
            faces.validationFailed();
        }
    }

    public X12Version[] getVersions() { return X12Version.values(); }
    public List<PartnerCertificate> getCertificates() { return certificates; }
    public boolean isSendAcknowledgments() { return sendAcknowledgments; }
    public void setSendAcknowledgments(boolean v) { this.sendAcknowledgments = v; }
    public boolean isExpectAcknowledgments() { return expectAcknowledgments; }
    public boolean isSendReceivingAdvice() { return sendReceivingAdvice; }
    public void setSendReceivingAdvice(boolean v) { this.sendReceivingAdvice = v; }
    public boolean isOrdersUnderContract() { return ordersUnderContract; }
    public void setOrdersUnderContract(boolean v) { this.ordersUnderContract = v; }
    public void setExpectAcknowledgments(boolean v) { this.expectAcknowledgments = v; }
    public ReusedControlNumbers[] getReusedControlNumberChoices() { return ReusedControlNumbers.values(); }
    public EnvelopeDeviation[] getDeviationChoices() { return EnvelopeDeviation.values(); }
    public EnvelopeDeviation[] getAllowedDeviations() { return allowedDeviations; }
    public void setAllowedDeviations(EnvelopeDeviation[] v) { this.allowedDeviations = v; }
    public ReusedControlNumbers getReusedControlNumbers() { return reusedControlNumbers; }
    public void setReusedControlNumbers(ReusedControlNumbers v) { this.reusedControlNumbers = v; }
    public int getWindowHours() { return windowHours; }
    public void setWindowHours(int v) { this.windowHours = v; }
    public As2Form getAs2() { return as2; }
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
