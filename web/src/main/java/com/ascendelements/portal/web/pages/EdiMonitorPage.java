package com.ascendelements.portal.web.pages;

import com.ascendelements.portal.exchange.Direction;
import com.ascendelements.portal.exchange.InboundInterchanges;
import com.ascendelements.portal.exchange.ReceiptOutcome;
import com.ascendelements.portal.exchange.Transport;
import com.ascendelements.portal.exchange.Interchange;
import com.ascendelements.portal.exchange.InterchangeCriteria;
import com.ascendelements.portal.exchange.InterchangeService;
import com.ascendelements.portal.exchange.InterchangeStatus;
import com.ascendelements.portal.partners.PartnerDirectory;
import com.ascendelements.portal.partners.TradingPartner;
import jakarta.annotation.PostConstruct;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import org.primefaces.model.file.UploadedFile;

/** The EDI monitor: every interchange in and out, searchable by partner, control number, status and date. */
@Named("ediMonitor")
@ViewScoped
public class EdiMonitorPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private transient InterchangeService interchanges;

    @Inject
    private transient PartnerDirectory directory;

    private transient List<TradingPartner> partners;

    @Inject
    private transient InboundInterchanges inbound;

    private transient UploadedFile file;

    private Long partnerId;
    private String controlNumber;
    private String poNumber;
    private Direction direction;
    private InterchangeStatus status;
    private LocalDate from;
    private LocalDate to;
    private String fileName;
    private PageModel<Interchange> model;

    @PostConstruct
    void init() {
        model = new PageModel<>((page, filters) -> interchanges.search(
                new InterchangeCriteria(partnerId, controlNumber, direction, status, from, to, fileName, poNumber), page), Interchange::id);
    }

    /** Receives a file uploaded in the portal as if a partner had sent it, then shows it. */
    public void upload() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        if (file == null || file.getFileName() == null || file.getFileName().isBlank()) {
            faces.addMessage("monitor:file", new FacesMessage(FacesMessage.SEVERITY_ERROR, "Choose a file to upload", null));
            faces.validationFailed();
            return;
        }
        if (file.getSize() > inbound.maxBytes()) {
            inbound.refuseOversized(Transport.PORTAL_UPLOAD, file.getFileName(), file.getSize());
            faces.addMessage("monitor:file", new FacesMessage(FacesMessage.SEVERITY_ERROR, "The file is " + file.getSize()
                    + " bytes; files are limited to " + inbound.maxBytes() + " bytes. It was not kept.", null));
            faces.validationFailed();
            return;
        }
        ReceiptOutcome outcome = inbound.receive(Transport.PORTAL_UPLOAD, file.getFileName(), file.getContent());
        faces.getExternalContext().getFlash().setKeepMessages(true);
        faces.addMessage(null, new FacesMessage(outcome.status() == InterchangeStatus.PROCESSED
                || outcome.status() == InterchangeStatus.DUPLICATE ? FacesMessage.SEVERITY_INFO : FacesMessage.SEVERITY_WARN,
                outcome.status() + ": " + outcome.reason(), null));
        faces.getExternalContext().redirect(faces.getExternalContext().getRequestContextPath()
                + "/interchange.xhtml?id=" + outcome.interchangeId());
    }

    public UploadedFile getFile() { return file; }
    public void setFile(UploadedFile file) { this.file = file; }
    /** The partner filter's choices, read once per view (the select list asks for them several times). */
    public List<TradingPartner> getPartners() {
        if (partners == null) {
            partners = directory.visiblePartners();
        }
        return partners;
    }
    public Direction[] getDirections() { return Direction.values(); }
    public InterchangeStatus[] getStatuses() { return InterchangeStatus.values(); }
    public PageModel<Interchange> getModel() { return model; }
    public Long getPartnerId() { return partnerId; }
    public void setPartnerId(Long partnerId) { this.partnerId = partnerId; }
    public String getPoNumber() { return poNumber; }
    public void setPoNumber(String poNumber) { this.poNumber = poNumber; }
    public String getControlNumber() { return controlNumber; }
    public void setControlNumber(String controlNumber) { this.controlNumber = controlNumber; }
    public Direction getDirection() { return direction; }
    public void setDirection(Direction direction) { this.direction = direction; }
    public InterchangeStatus getStatus() { return status; }
    public void setStatus(InterchangeStatus status) { this.status = status; }
    public LocalDate getFrom() { return from; }
    public void setFrom(LocalDate from) { this.from = from; }
    public LocalDate getTo() { return to; }
    public void setTo(LocalDate to) { this.to = to; }
    public String getFileName() { return fileName; }
    public void setFileName(String fileName) { this.fileName = fileName; }
}
