package com.ascendelements.portal.exchange.as2;

import com.ascendelements.portal.exchange.InterchangeIntake;
import com.ascendelements.portal.exchange.Transport;
import com.ascendelements.portal.exchange.delivery.DeliveryConfirmations;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;

/**
 * The AS2 endpoints behind the web layer's servlets: messages from partners go through {@link As2Receiver} into the
 * {@link InterchangeIntake} (stored and committed before the MDN), asynchronous MDNs for what we sent through
 * {@link As2MdnReceiver} to {@link DeliveryConfirmations}. Runs outside any transaction.
 */
@ApplicationScoped
public class As2Endpoint {

    @Inject
    As2Hub hub;
    @Inject
    As2Directory directory;
    @Inject
    InterchangeIntake intake;
    @Inject
    DeliveryConfirmations confirmations;

    public As2Response receiveMessage(Map<String, String> headers, byte[] body, String remoteAddress) {
        return receive(headers, body, remoteAddress, directory::peerByAs2Id, (fileName, raw, reason) -> intake.refuse(Transport.AS2, fileName, raw, reason));
    }

    /**
     * A message whose AS2-From is no partner's (or missing), of which the web layer read only the first bytes: refused
     * with a negative MDN like any message from a stranger, and kept as its headers and that prefix, with no partner.
     *
     * @param length the message's length as the request declared it, or -1
     */
    public As2Response receiveFromUnknownSender(Map<String, String> headers, byte[] prefix, long length, String remoteAddress) {
        StringBuilder kept = new StringBuilder();
        headers.forEach((name, value) -> kept.append(name).append(": ").append(value.replaceAll("[\\r\\n]+", " ")).append("\r\n"));
        byte[] head = kept.append("\r\n").toString().getBytes(java.nio.charset.StandardCharsets.UTF_8);
        byte[] stored = java.util.Arrays.copyOf(head, head.length + prefix.length);
        System.arraycopy(prefix, 0, stored, head.length, prefix.length);
        String part = " (from " + remoteAddress + ", no partner's AS2 identity: its headers and " + (length > prefix.length
                ? "the first " + prefix.length + " of its " + length + " bytes" : prefix.length < AnonymousSenders.PREFIX_BYTES ? "its "
                + prefix.length + " bytes" : "its first " + prefix.length + " bytes") + " kept)";
        return receive(headers, prefix, remoteAddress, as2Id -> java.util.Optional.empty(),
                (fileName, raw, reason) -> intake.refuse(Transport.AS2, fileName, stored, truncate(reason + part)));
    }

    private interface Refusals {
        void keep(String fileName, byte[] raw, String reason);
    }

    private As2Response receive(Map<String, String> headers, byte[] body, String remoteAddress,
                                java.util.function.Function<String, java.util.Optional<As2Peer>> partners, Refusals refusals) {
        As2Receiver receiver = new As2Receiver(hub.as2Id(), hub.key(), partners, new As2Receiver.Intake() {
            @Override
            public void accept(As2Peer partner, String fileName, byte[] payload) {
                intake.accept(Transport.AS2, fileName, payload, partner.partnerId());
            }

            @Override
            public void refuse(Long partnerId, String fileName, byte[] rawMessage, String reason) {
                // the partner named by AS2-From is not proven by a refused message: named in the reason, for staff,
                // but not recorded as the one that handed it in
                String claimed = partnerId == null ? "" : directory.peerOf(partnerId)
                        .map(p -> " (AS2-From names " + p.code() + "; not proven)").orElse("");
                refusals.keep(fileName, rawMessage, truncate(reason + claimed));
            }
        });
        return receiver.receive(headers, body, remoteAddress);
    }

    public As2Response receiveMdn(Map<String, String> headers, byte[] body, String remoteAddress) {
        As2MdnReceiver receiver = new As2MdnReceiver(hub.as2Id(), hub.key(), directory::peerByAs2Id, directory::pending,
                (messageId, positive, detail) -> {
                    directory.recordReceipt(messageId, positive, detail);
                    confirmations.confirm(messageId, positive, detail);
                });
        return receiver.receive(headers, body, remoteAddress);
    }

    private static String truncate(String reason) {
        String r = reason == null ? "refused" : reason.strip();
        return r.length() > 1000 ? r.substring(0, 1000) : r;
    }
}
