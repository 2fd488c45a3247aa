package com.ascendelements.portal.exchange.delivery;

/** An outbound interchange as a transport sees it: its id (for correlation), its file name and its bytes. */
public record OutboundDocument(long interchangeId, String fileName, byte[] content) {
}
