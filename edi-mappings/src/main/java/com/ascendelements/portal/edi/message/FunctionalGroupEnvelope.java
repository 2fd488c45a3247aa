package com.ascendelements.portal.edi.message;

/** The GS of the functional group a message came in (or goes out) with. */
public class FunctionalGroupEnvelope {

    private String functionalIdentifier;
    private String applicationSender;
    private String applicationReceiver;
    private String date;
    private String time;
    private String controlNumber;
    private String responsibleAgency;
    private String version;

    /** GS01, e.g. PO, PR, IN, SH. */
    public String getFunctionalIdentifier() {
        return functionalIdentifier;
    }

    public void setFunctionalIdentifier(String functionalIdentifier) {
        this.functionalIdentifier = functionalIdentifier;
    }

    /** GS02. */
    public String getApplicationSender() {
        return applicationSender;
    }

    public void setApplicationSender(String applicationSender) {
        this.applicationSender = applicationSender;
    }

    /** GS03. */
    public String getApplicationReceiver() {
        return applicationReceiver;
    }

    public void setApplicationReceiver(String applicationReceiver) {
        this.applicationReceiver = applicationReceiver;
    }

    /** GS04, CCYYMMDD. */
    public String getDate() {
        return date;
    }

    public void setDate(String date) {
        this.date = date;
    }

    /** GS05, HHMM[SS]. */
    public String getTime() {
        return time;
    }

    public void setTime(String time) {
        this.time = time;
    }

    /** GS06. */
    public String getControlNumber() {
        return controlNumber;
    }

    public void setControlNumber(String controlNumber) {
        this.controlNumber = controlNumber;
    }

    /** GS07, X for ASC X12. */
    public String getResponsibleAgency() {
        return responsibleAgency;
    }

    public void setResponsibleAgency(String responsibleAgency) {
        this.responsibleAgency = responsibleAgency;
    }

    /** GS08, e.g. 004010 or 005010: the version the transaction sets follow. */
    public String getVersion() {
        return version;
    }

    public void setVersion(String version) {
        this.version = version;
    }
}
