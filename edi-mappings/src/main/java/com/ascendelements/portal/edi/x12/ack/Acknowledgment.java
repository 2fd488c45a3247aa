package com.ascendelements.portal.edi.x12.ack;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * One outbound acknowledgment interchange for one inbound interchange.
 *
 * @param interchangeControlNumber our ISA13
 * @param inboundControlNumber     the acknowledged ISA13
 * @param containsTa1              whether a TA1 is included
 * @param acknowledgedGroups       GS06 of each inbound group that got a 997, in order
 * @param x12                      the interchange (ISO-8859-1 / ASCII bytes)
 */
public record Acknowledgment(String interchangeControlNumber, String inboundControlNumber, boolean containsTa1,
                             List<String> acknowledgedGroups, byte[] x12) {

    /** Copies the list. */
    public Acknowledgment {
        acknowledgedGroups = List.copyOf(acknowledgedGroups);
    }

    /** @return the interchange as text */
    public String text() {
        return new String(x12, StandardCharsets.ISO_8859_1);
    }
}
