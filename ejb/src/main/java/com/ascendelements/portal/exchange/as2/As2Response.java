package com.ascendelements.portal.exchange.as2;

import java.nio.charset.StandardCharsets;
import java.util.Map;

/** What the AS2 endpoint answers over HTTP: a synchronous MDN, an empty 200 (asynchronous MDN) or an error text. */
public record As2Response(int status, Map<String, String> headers, byte[] body) {

    /** A plain-text answer (an error, or a short acknowledgment). */
    static As2Response text(int status, String text) {
        return new As2Response(status, Map.of("Content-Type", "text/plain; charset=UTF-8"), text.getBytes(StandardCharsets.UTF_8));
    }
}
