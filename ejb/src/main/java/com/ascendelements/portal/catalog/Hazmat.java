package com.ascendelements.portal.catalog;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Objects;

/**
 * Dangerous-goods classification of a material or a shipped lot: UN number (UN3480 lithium-ion batteries),
 * hazard class (9) and packing instruction (P903 for waste batteries by road).
 */
@Embeddable
public class Hazmat {

    @Column(name = "un_number", length = 6)
    private String unNumber;

    @Column(name = "hazard_class", length = 4)
    private String hazardClass;

    @Column(name = "packing_instruction", length = 10)
    private String packingInstruction;

    protected Hazmat() {
        // JPA
    }

    public Hazmat(String unNumber, String hazardClass, String packingInstruction) {
        if (unNumber == null || !unNumber.matches("UN\\d{4}")) {
            throw new IllegalArgumentException("UN number must look like UN3480: " + unNumber);
        }
        this.unNumber = unNumber;
        this.hazardClass = Objects.requireNonNull(hazardClass, "hazard class");
        this.packingInstruction = packingInstruction;
    }

    public String unNumber() {
        return unNumber;
    }

    public String hazardClass() {
        return hazardClass;
    }

    public String packingInstruction() {
        return packingInstruction;
    }

    @Override
    public String toString() {
        return unNumber + " class " + hazardClass + (packingInstruction == null ? "" : " " + packingInstruction);
    }
}
