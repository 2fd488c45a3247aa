package com.ascendelements.portal.exchange.delivery;

/**
 * The partner took the document. {@code confirmed} is true when a positive receipt (synchronous MDN) came back;
 * false when a receipt will arrive later and is correlated by {@code messageId}. {@code detail} goes to the audit
 * trail (e.g. the MDN disposition and MIC).
 */
public record DeliveryReceipt(boolean confirmed, String messageId, String detail) {
}
