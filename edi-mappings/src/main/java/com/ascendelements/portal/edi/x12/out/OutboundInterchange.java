package com.ascendelements.portal.edi.x12.out;

import java.nio.charset.StandardCharsets;

/** An interchange we wrote: its ISA13 and its bytes. */
public record OutboundInterchange(String controlNumber, byte[] x12) {

    public String text() {
        return new String(x12, StandardCharsets.ISO_8859_1);
    }
}
