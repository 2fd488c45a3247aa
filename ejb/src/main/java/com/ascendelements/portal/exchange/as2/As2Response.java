package com.ascendelements.portal.exchange.as2;

import java.util.Map;

/** What the AS2 endpoint answers over HTTP: a synchronous MDN, an empty 200 (asynchronous MDN) or an error text. */
public record As2Response(int status, Map<String, String> headers, byte[] body) {
}
