package com.ascendelements.portal.exchange.delivery;

import com.ascendelements.portal.partners.TradingPartner;

/**
 * A way of handing an outbound interchange to a trading partner (AS2, an outbound folder...). The delivery
 * worker picks the transport that {@linkplain #handles handles} the partner; a partner no transport handles keeps
 * its documents READY for pickup in the portal.
 */
public interface OutboundTransport {

    /** Whether this transport is configured for the partner (e.g. the partner's profile has an AS2 URL). */
    boolean handles(TradingPartner partner);

    /**
     * Delivers the bytes and returns once the partner has confirmed receipt (a positive synchronous MDN) or has
     * been asked to confirm later (an asynchronous MDN is awaited). Runs outside any transaction.
     *
     * @throws DeliveryException when the partner did not take the document; {@link DeliveryException#retryable()}
     *                           says whether trying again later can help.
     */
    DeliveryReceipt deliver(OutboundDocument document, TradingPartner partner) throws DeliveryException;
}
