package com.ascendelements.portal.exchange.delivery;

import com.ascendelements.portal.partners.TradingPartner;
import java.util.Optional;

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

    /**
     * A receipt for {@code messageId} that came before the delivery had recorded that it waits for one (a partner's
     * asynchronous MDN can be faster than our commit). Transports without later receipts have none.
     */
    default Optional<LateReceipt> receiptAlreadyArrived(String messageId) {
        return Optional.empty();
    }

    /** What a receipt that came on its own said. */
    record LateReceipt(boolean positive, String detail) {
    }
}
