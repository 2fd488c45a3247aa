package com.ascendelements.portal.exchange.as2;

import com.ascendelements.portal.exchange.delivery.DeliveryException;
import com.ascendelements.portal.exchange.delivery.DeliveryReceipt;
import com.ascendelements.portal.exchange.delivery.OutboundDocument;
import com.ascendelements.portal.exchange.delivery.OutboundTransport;
import com.ascendelements.portal.partners.As2Settings;
import com.ascendelements.portal.partners.TradingPartner;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Optional;
import org.apache.hc.core5.util.Timeout;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Delivers outbound interchanges over AS2 to partners whose profile has an AS2 identity and URL: signed, encrypted
 * and compressed as the profile says. A positive synchronous MDN (signature and MIC checked) confirms the delivery;
 * with asynchronous MDNs the receipt says {@code confirmed=false} and the MDN, when it comes, goes to
 * {@code DeliveryConfirmations}. Connection errors, timeouts and HTTP 5xx are retryable; a negative MDN, an MDN that
 * fails its checks or a profile that cannot work (no certificate, no MDN URL) are not.
 */
@ApplicationScoped
public class As2Transport implements OutboundTransport {

    @Inject
    As2Hub hub;
    @Inject
    As2Directory directory;
    @Inject
    @ConfigProperty(name = "portal.as2.connect-timeout-seconds", defaultValue = "10")
    int connectTimeoutSeconds;
    @Inject
    @ConfigProperty(name = "portal.as2.response-timeout-seconds", defaultValue = "120")
    int responseTimeoutSeconds;

    @Override
    public boolean handles(TradingPartner partner) {
        return partner.as2().enabled() && partner.as2().url() != null;
    }

    @Override
    public Optional<LateReceipt> receiptAlreadyArrived(String messageId) {
        return directory.receipt(messageId).map(m -> new LateReceipt(m.mdnPositive(), m.mdnDetail()));
    }

    @Override
    public DeliveryReceipt deliver(OutboundDocument document, TradingPartner partner) throws DeliveryException {
        As2Peer peer = directory.peerOf(partner.id())
                .orElseThrow(() -> new DeliveryException("Trading partner " + partner.code() + " no longer exists", false));
        boolean async = peer.settings().mdnMode() == As2Settings.MdnMode.ASYNC;
        if (async && hub.mdnUrl().isEmpty()) {
            throw new DeliveryException(partner.code() + " wants asynchronous MDNs but portal.as2.mdn-url is not configured", false);
        }
        As2Sender sender = new As2Sender(hub.as2Id(), hub.key(), hub.mdnUrl().orElse(null),
                Timeout.of(Duration.ofSeconds(connectTimeoutSeconds)), Timeout.of(Duration.ofSeconds(responseTimeoutSeconds)));
        // the Message-ID of this interchange's first attempt, if any: a retry or a resend after a crash is a duplicate
        // to the partner, not a new file
        String messageId = directory.messageIdFor(document.interchangeId(), peer.partnerId(), hub.as2Id());
        As2Sender.Result result = sender.send(peer, document.fileName(), document.content(), messageId,
                (id, mic) -> directory.recordSent(id, document.interchangeId(), peer.partnerId(), mic));
        return switch (result.outcome()) {
            case CONFIRMED -> new DeliveryReceipt(true, result.messageId(), "AS2 to " + peer.settings().url() + ": " + result.detail());
            case AWAITING_MDN -> new DeliveryReceipt(false, result.messageId(), "AS2 to " + peer.settings().url() + ": " + result.detail());
            case RETRY -> throw new DeliveryException("AS2 to " + peer.settings().url() + " failed: " + result.detail(), true);
            case REFUSED -> throw new DeliveryException("AS2 to " + peer.settings().url() + " refused: " + result.detail(), false);
        };
    }
}
