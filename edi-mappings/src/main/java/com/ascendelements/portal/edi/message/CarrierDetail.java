package com.ascendelements.portal.edi.message;

/**
 * A TD5 segment: who carries the shipment and how.
 */
public class CarrierDetail {

    private String routingSequenceCode;
    private String idQualifier;
    private String carrierCode;
    private String transportationMethodCode;
    private String routing;

    /** TD501, e.g. O origin carrier. */
    public String getRoutingSequenceCode() {
        return routingSequenceCode;
    }

    public void setRoutingSequenceCode(String routingSequenceCode) {
        this.routingSequenceCode = routingSequenceCode;
    }

    /** TD502, 2 = SCAC. */
    public String getIdQualifier() {
        return idQualifier;
    }

    public void setIdQualifier(String idQualifier) {
        this.idQualifier = idQualifier;
    }

    /** TD503 (the SCAC). */
    public String getCarrierCode() {
        return carrierCode;
    }

    public void setCarrierCode(String carrierCode) {
        this.carrierCode = carrierCode;
    }

    /** TD504: M motor, R rail, A air, ... */
    public String getTransportationMethodCode() {
        return transportationMethodCode;
    }

    public void setTransportationMethodCode(String transportationMethodCode) {
        this.transportationMethodCode = transportationMethodCode;
    }

    /** TD505 free-form routing / carrier name. */
    public String getRouting() {
        return routing;
    }

    public void setRouting(String routing) {
        this.routing = routing;
    }
}
