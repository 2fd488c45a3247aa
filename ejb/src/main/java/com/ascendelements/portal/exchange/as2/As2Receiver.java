package com.ascendelements.portal.exchange.as2;

import com.helger.as2lib.exception.AS2Exception;
import com.helger.as2lib.message.AS2Message;
import com.helger.as2lib.message.IMessage;
import com.helger.as2lib.partner.AbstractPartnershipFactory;
import com.helger.as2lib.partner.Partnership;
import com.helger.as2lib.processor.CNetAttribute;
import com.helger.as2lib.processor.DefaultMessageProcessor;
import com.helger.as2lib.processor.module.AbstractProcessorModule;
import com.helger.as2lib.processor.receiver.AS2ReceiverModule;
import com.helger.as2lib.processor.receiver.net.AS2ReceiverHandler;
import com.helger.as2lib.processor.sender.AsynchMDNSenderModule;
import com.helger.as2lib.processor.storage.IProcessorStorageModule;
import com.helger.as2lib.session.AS2Session;
import com.helger.as2lib.util.http.IAS2HttpResponseHandler;
import com.helger.commons.collection.attr.StringMap;
import com.helger.commons.http.HttpHeaderMap;
import com.helger.commons.io.IWriteToStream;
import com.helger.commons.state.ESuccess;
import com.helger.commons.state.ETriState;
import com.helger.mail.datasource.ByteArrayDataSource;
import jakarta.mail.internet.ContentDisposition;
import jakarta.mail.internet.ContentType;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Receives one AS2 message (RFC 4130) with the AS2 library: finds the sending partner by its AS2-From, decrypts
 * with the hub's key, verifies the signature against the partner's certificate (required when its profile says
 * so; a certificate carried inside the message is never trusted), decompresses, hands the payload to the intake
 * and only then answers with the MDN: synchronous, or asynchronous to the Receipt-Delivery-Option URL; signed when
 * the sender asks, with the MIC of what it sent. Whatever goes wrong becomes a negative MDN with the reason, and
 * the refused message is kept through {@link Intake#refuse}. Never throws.
 */
public final class As2Receiver {

    static {
        MailStreamProvider.nameOnce();  // before any MIME work: see MailStreamProvider
    }

    private static final Logger LOG = Logger.getLogger(As2Receiver.class.getName());

    /** Where received payloads go: {@code accept} must have stored them durably when it returns. */
    public interface Intake {
        void accept(As2Peer partner, String fileName, byte[] payload) throws Exception;

        void refuse(Long partnerId, String fileName, byte[] rawMessage, String reason);
    }

    private final String hubAs2Id;
    private final HubKey hub;
    private final Function<String, Optional<As2Peer>> partnersByAs2Id;
    private final Intake intake;

    public As2Receiver(String hubAs2Id, HubKey hub, Function<String, Optional<As2Peer>> partnersByAs2Id, Intake intake) {
        this.hubAs2Id = hubAs2Id;
        this.hub = hub;
        this.partnersByAs2Id = partnersByAs2Id;
        this.intake = intake;
    }

    /**
     * Handles one HTTP POST: {@code headers} as received (any case), {@code body} the raw bytes.
     */
    public As2Response receive(Map<String, String> headers, byte[] body, String remoteAddress) {
        Map<String, String> h = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        h.putAll(headers);
        String from = unquote(h.get("AS2-From"));
        String messageId = h.getOrDefault("Message-ID", "(none)");
        String fileName = fileName(h, messageId);
        if (from == null || unquote(h.get("AS2-To")) == null || h.get("Content-Type") == null) {
            String reason = "Not an AS2 message: AS2-From, AS2-To and Content-Type are required";
            safeRefuse(null, fileName, body, reason);
            return As2Response.text(400, reason);
        }
        Optional<As2Peer> peer;
        try {
            peer = partnersByAs2Id.apply(from);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "AS2 partner lookup failed for " + from, e);
            return As2Response.text(503, "The AS2 endpoint cannot look up partners right now; please resend later");
        }
        String receiptTo = h.get("Receipt-Delivery-Option");
        if (receiptTo != null && !asyncMdnAllowed(peer.orElse(null), receiptTo)) {
            // an asynchronous MDN goes only to the host of the partner's own AS2 URL: an unauthenticated request must
            // not make the hub post to an address of its choosing. The MDN comes back synchronously instead.
            LOG.warning("AS2 message " + messageId + " from " + from + " asks for its MDN at " + receiptTo
                    + ", which is not the host of the partner's AS2 URL: answering synchronously");
            h.remove("Receipt-Delivery-Option");
        }
        ResponseCollector response = new ResponseCollector();
        try {
            AS2Session session = session(peer.orElse(null));
            AS2ReceiverModule module = session.getMessageProcessor().getModuleOfClass(AS2ReceiverModule.class);
            AS2Message message = new AS2Message();
            h.forEach((name, value) -> message.headers().addHeader(name, value));
            message.attrs().putIn(CNetAttribute.MA_SOURCE_IP, remoteAddress);
            message.attrs().putIn(AS2Message.ATTRIBUTE_RECEIVED, true);
            String contentType = new ContentType(h.get("Content-Type")).toString();
            Handler handler = new Handler(module, peer.orElse(null), fileName, body);
            handler.handleIncomingMessage(remoteAddress, new ByteArrayDataSource(body, contentType, null), message, response);
        } catch (Exception e) {
            LOG.log(Level.WARNING, "AS2 message " + messageId + " from " + from + " could not be handled", e);
            if (response.status == 0) {
                String reason = "The AS2 message could not be read: " + e.getMessage();
                safeRefuse(peer.map(As2Peer::partnerId).orElse(null), fileName, body, reason);
                return As2Response.text(400, reason);
            }
        }
        if (response.status == 0) {
            // no MDN was requested: a plain acknowledgement of the HTTP request
            return new As2Response(200, Map.of(), new byte[0]);
        }
        return new As2Response(response.status, response.headers, response.body.toByteArray());
    }

    static boolean asyncMdnAllowed(As2Peer peer, String receiptTo) {
        if (peer == null || peer.settings().url() == null) {
            return false;
        }
        try {
            java.net.URI asked = java.net.URI.create(receiptTo.strip());
            java.net.URI own = java.net.URI.create(peer.settings().url());
            return ("http".equals(asked.getScheme()) || "https".equals(asked.getScheme()))
                    && asked.getHost() != null && asked.getHost().equalsIgnoreCase(own.getHost());
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private AS2Session session(As2Peer peer) throws AS2Exception {
        AS2Session session = new AS2Session();
        session.setCryptoVerifyUseCertificateInBodyPart(false);
        session.setCryptoSignIncludeCertificateInBodyPart(true);
        session.setCertificateFactory(new As2Keys(hub, peer));
        PartnershipFactory partnerships = new PartnershipFactory();
        if (peer != null && peer.settings().enabled()) {
            partnerships.addPartnership(inbound(peer));
        }
        session.setPartnershipFactory(partnerships);
        DefaultMessageProcessor processor = new DefaultMessageProcessor();
        AS2ReceiverModule receiver = new AS2ReceiverModule();
        receiver.initDynamicComponent(session, new StringMap());
        processor.addModule(receiver);
        AsynchMDNSenderModule asyncMdn = new AsynchMDNSenderModule();
        asyncMdn.initDynamicComponent(session, new StringMap());
        processor.addModule(asyncMdn);
        processor.addModule(new Storage(peer));
        session.setMessageProcessor(processor);
        return session;
    }

    private Partnership inbound(As2Peer peer) {
        Partnership p = new Partnership(peer.code() + "-to-hub");
        p.setSenderAS2ID(peer.as2Id());
        p.setSenderX509Alias(peer.alias());
        p.setReceiverAS2ID(hubAs2Id);
        p.setReceiverX509Alias(As2Keys.HUB_ALIAS);
        p.setForceVerify(peer.settings().requireSigned());
        p.setForceDecrypt(peer.settings().requireEncrypted());
        p.setVerifyUseCertificateInBodyPart(ETriState.FALSE);
        // signing and encryption algorithms are set once the message shows it was signed / encrypted (Handler):
        // RFC 4130 7.3.1 computes the MIC with the MIME headers for those only
        return p;
    }

    private void safeRefuse(Long partnerId, String fileName, byte[] raw, String reason) {
        try {
            intake.refuse(partnerId, fileName, raw, reason);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Could not keep the refused AS2 message " + fileName + " (" + reason + ")", e);
        }
    }

    static String unquote(String value) {
        if (value == null) {
            return null;
        }
        String v = value.strip();
        if (v.length() >= 2 && v.startsWith("\"") && v.endsWith("\"")) {
            v = v.substring(1, v.length() - 1);
        }
        return v.isEmpty() ? null : v;
    }

    private static String fileName(Map<String, String> headers, String messageId) {
        String disposition = headers.get("Content-Disposition");
        if (disposition != null) {
            try {
                String name = new ContentDisposition(disposition).getParameter("filename");
                if (name != null && !name.isBlank()) {
                    return sanitize(name);
                }
            } catch (Exception e) {
                // fall back to the message id
            }
        }
        return sanitize("as2-" + messageId.replaceAll("[<>]", "")) + ".edi";
    }

    static String sanitize(String name) {
        String n = name.replaceAll("[^A-Za-z0-9._@-]", "_");
        return n.length() > 200 ? n.substring(0, 200) : n;
    }

    /** The library's receiver, told to keep what it refuses. */
    private final class Handler extends AS2ReceiverHandler {
        private final As2Peer peer;
        private final Long partnerId;
        private final String fileName;
        private final byte[] raw;

        Handler(AS2ReceiverModule module, As2Peer peer, String fileName, byte[] raw) {
            super(module);
            this.peer = peer;
            this.partnerId = peer == null ? null : peer.partnerId();
            this.fileName = fileName;
            this.raw = raw;
            setSendExceptionsInMDN(false);
            setSendExceptionStackTraceInMDN(false);
        }

        @Override
        protected void decrypt(IMessage message, com.helger.as2lib.util.AS2ResourceHelper resources) throws AS2Exception {
            super.decrypt(message, resources);
            if (message.attrs().containsKey(AS2Message.ATTRIBUTE_RECEIVED_ENCRYPTED)) {
                message.partnership().setEncryptAlgorithm(peer.settings().encryptAlgorithm());
            }
        }

        @Override
        protected void verify(IMessage message, com.helger.as2lib.util.AS2ResourceHelper resources) throws AS2Exception {
            super.verify(message, resources);
            if (message.attrs().containsKey(AS2Message.ATTRIBUTE_RECEIVED_SIGNED)) {
                message.partnership().setSigningAlgorithm(peer.settings().signAlgorithm());
            }
        }

        @Override
        protected void sendMDN(String clientInfo, IAS2HttpResponseHandler responseHandler, AS2Message message,
                               com.helger.as2lib.disposition.DispositionType disposition, String text, ESuccess success) {
            if (success.isFailure() || disposition.isError()) {
                safeRefuse(partnerId, fileName, raw, disposition.getAsString() + ": " + text);
            }
            super.sendMDN(clientInfo, responseHandler, message, disposition, text, success);
        }
    }

    /** Hands the decrypted, verified, decompressed payload to the intake, which stores it before the MDN goes. */
    private final class Storage extends AbstractProcessorModule implements IProcessorStorageModule {
        private final As2Peer peer;

        Storage(As2Peer peer) {
            this.peer = peer;
        }

        @Override
        public boolean canHandle(String action, IMessage message, Map<String, Object> options) {
            return DO_STORE.equals(action);
        }

        @Override
        public void handle(String action, IMessage message, Map<String, Object> options) throws AS2Exception {
            if (peer == null) {
                throw new AS2Exception("Unknown partner");
            }
            byte[] payload;
            String name;
            try (InputStream in = message.getData().getInputStream()) {
                payload = in.readAllBytes();
                String disposition = message.getData().getHeader("Content-Disposition", null);
                name = disposition == null ? null : new ContentDisposition(disposition).getParameter("filename");
            } catch (Exception e) {
                throw new AS2Exception("The payload cannot be read: " + e.getMessage(), e);
            }
            try {
                String stored = name == null || name.isBlank()
                        ? sanitize("as2-" + message.getMessageID().replaceAll("[<>]", "")) + ".edi" : sanitize(name);
                intake.accept(peer, stored, payload);
            } catch (Exception e) {
                LOG.log(Level.WARNING, "AS2 payload from " + peer.code() + " not stored", e);
                throw new AS2Exception("The payload could not be stored; please resend later");
            }
        }
    }

    private static final class PartnershipFactory extends AbstractPartnershipFactory {
    }

    private static final class ResponseCollector implements IAS2HttpResponseHandler {
        int status;
        final Map<String, String> headers = new LinkedHashMap<>();
        final ByteArrayOutputStream body = new ByteArrayOutputStream();

        @Override
        public void sendHttpResponse(int httpCode, HttpHeaderMap responseHeaders, IWriteToStream data) throws IOException {
            status = httpCode;
            responseHeaders.forEachSingleHeader((name, value) -> headers.put(name, value), false);
            data.writeTo(body);
        }
    }
}
