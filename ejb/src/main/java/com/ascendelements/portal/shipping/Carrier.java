package com.ascendelements.portal.shipping;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** Who moves a shipment (TD5): SCAC code, name and transport mode (truck, rail, ocean). */
@Embeddable
public class Carrier {

    @Column(name = "carrier_scac", length = 4)
    private String scac;

    @Column(name = "carrier_name", length = 120)
    private String name;

    @Column(name = "transport_mode", length = 20)
    private String transportMode;

    protected Carrier() {
        // JPA
    }

    public Carrier(String scac, String name, String transportMode) {
        if (scac != null && !scac.matches("[A-Z]{2,4}")) {
            throw new IllegalArgumentException("A SCAC is 2 to 4 capital letters: " + scac);
        }
        this.scac = scac;
        this.name = name;
        this.transportMode = transportMode;
    }

    public String scac() {
        return scac;
    }

    public String name() {
        return name;
    }

    public String transportMode() {
        return transportMode;
    }
}
