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
import com.ascendelements.portal.partners.As2Settings;
import com.helger.as2lib.crypto.ECryptoAlgorithmSign;
import com.helger.as2lib.disposition.AS2DispositionException;
import com.helger.as2lib.disposition.DispositionOptions;
import com.helger.as2lib.disposition.DispositionType;
import com.helger.as2lib.message.AS2MessageMDN;
import com.helger.as2lib.message.IMessageMDN;
import com.helger.as2lib.processor.sender.IProcessorSenderModule;
import com.helger.as2lib.session.IAS2Session;
import com.helger.as2lib.util.AS2Helper;
import com.helger.as2lib.util.AS2ResourceHelper;
import com.helger.mail.datasource.ByteArrayDataSource;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMultipart;
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
        // a Content-Transfer-Encoding of the whole message (some products send the application/pkcs7-mime body base64):
        // decoded here, before decryption, verification, decompression, MIC and storage; the raw bytes are kept as received
        byte[] raw = body;
        String transferEncoding = h.remove("Content-Transfer-Encoding");
        try {
            body = decode(body, transferEncoding);
        } catch (IOException | jakarta.mail.MessagingException e) {
            String reason = "The AS2 message could not be read: its Content-Transfer-Encoding " + transferEncoding
                    + " cannot be decoded (" + rootMessage(e) + "); base64, quoted-printable, binary, 8bit and 7bit are understood";
            Long partnerId = null;
            try {
                partnerId = partnersByAs2Id.apply(from).map(As2Peer::partnerId).orElse(null);
            } catch (RuntimeException lookupFailed) {
                // kept without its partner
            }
            safeRefuse(partnerId, fileName, raw, reason);
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
        String asyncRefusal = null;
        if (receiptTo != null && peer.isEmpty()) {
            // nobody we know: the negative MDN (authentication failed) goes back on this exchange, never to a URL
            // an unauthenticated request names
            h.remove("Receipt-Delivery-Option");
        } else if (receiptTo != null && !asyncMdnAllowed(peer.get(), receiptTo)) {
            // an asynchronous MDN goes only to the host and port of the partner's AS2 URL or one of its MDN hosts: a
            // request must not make the hub post to an address of its choosing. Refused, visibly: a negative MDN
            // saying why, on this exchange, and the message kept with the reason for staff.
            asyncRefusal = "The message asks for its asynchronous MDN at " + receiptTo.strip() + ", which is not the host and port"
                    + " of the AS2 URL in " + from + "'s profile at " + hubAs2Id + " nor one of its MDN hosts "
                    + peer.get().settings().mdnHosts() + ": the message was not processed; ask " + hubAs2Id
                    + " to add the host to your profile, or send the message again with a synchronous MDN";
            LOG.warning("AS2 message " + messageId + " from " + from + " refused: " + asyncRefusal);
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
            Handler handler = new Handler(module, peer.orElse(null), fileName, raw, asyncRefusal);
            handler.handleIncomingMessage(remoteAddress, new ByteArrayDataSource(body, contentType, null), message, response);
        } catch (Exception e) {
            LOG.log(Level.WARNING, "AS2 message " + messageId + " from " + from + " could not be handled", e);
            if (response.status == 0) {
                String reason = "The AS2 message could not be read: " + e.getMessage();
                safeRefuse(peer.map(As2Peer::partnerId).orElse(null), fileName, raw, reason);
                return As2Response.text(400, reason);
            }
        }
        if (response.status == 0) {
            // no MDN was requested: a plain acknowledgement of the HTTP request
            return new As2Response(200, Map.of(), new byte[0]);
        }
        return new As2Response(response.status, response.headers, response.body.toByteArray());
    }

    /**
     * The body with its Content-Transfer-Encoding undone: base64 and quoted-printable decoded, binary, 8bit and 7bit (or
     * none) as they are. Anything else is refused: guessing would store or verify the wrong bytes.
     */
    static byte[] decode(byte[] body, String transferEncoding) throws IOException, jakarta.mail.MessagingException {
        String encoding = transferEncoding == null ? "" : transferEncoding.strip().toLowerCase(java.util.Locale.ROOT);
        switch (encoding) {
            case "", "binary", "8bit", "7bit":
                return body;
            case "base64", "quoted-printable":
                try (InputStream in = jakarta.mail.internet.MimeUtility.decode(new java.io.ByteArrayInputStream(body), encoding)) {
                    return in.readAllBytes();
                }
            default:
                throw new jakarta.mail.MessagingException("unknown encoding " + transferEncoding.strip());
        }
    }

    /** Whether an asynchronous MDN may go to {@code receiptTo}: the host and port of the partner's AS2 URL or of its MDN hosts. */
    static boolean asyncMdnAllowed(As2Peer peer, String receiptTo) {
        if (peer == null) {
            return false;
        }
        try {
            As2Settings.HostPort asked = As2Settings.HostPort.of(java.net.URI.create(receiptTo.strip()));
            return asked != null && peer.settings().mdnHosts().contains(asked);
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

    /**
     * The library's receiver, told to keep what it refuses, to check the algorithms against the profile, to remember
     * the entity the sender signed (or encrypted) for the MIC, and to answer with MDN texts that say what happened.
     */
    private final class Handler extends AS2ReceiverHandler {
        private final As2Peer peer;
        private final Long partnerId;
        private final String fileName;
        private final byte[] raw;
        private final String asyncRefusal;
        /** The entity as received (before decryption), the decrypted one, and the one the sender signed. */
        private MimeBodyPart received;
        private MimeBodyPart decrypted;
        private MimeBodyPart signedEntity;
        private String signatureDigest;
        /** A refusal of ours, with the text the MDN gives for it (the library's texts do not fit every case). */
        private String refusal;

        Handler(AS2ReceiverModule module, As2Peer peer, String fileName, byte[] raw, String asyncRefusal) {
            super(module);
            this.peer = peer;
            this.partnerId = peer == null ? null : peer.partnerId();
            this.fileName = fileName;
            this.raw = raw;
            this.asyncRefusal = asyncRefusal;
            setSendExceptionsInMDN(false);
            setSendExceptionStackTraceInMDN(false);
        }

        private AS2DispositionException refuse(String modifier, String text) {
            refusal = text;
            return new AS2DispositionException(DispositionType.createError(modifier), text, null);
        }

        @Override
        protected void decrypt(IMessage message, AS2ResourceHelper resources) throws AS2Exception {
            // the first step after the partnership is found: a message we refuse anyway is not decrypted
            if (asyncRefusal != null) {
                throw refuse("unexpected-processing-error", asyncRefusal);
            }
            received = message.getData();
            try {
                if (AS2Helper.getCryptoHelper().isEncrypted(received)) {
                    String cipher = As2Mic.cipherName(new org.bouncycastle.mail.smime.SMIMEEnveloped(received).getEncryptionAlgOID());
                    if (!peer.settings().acceptsEncryption(cipher)) {
                        throw refuse("insufficient-message-security", "The message is encrypted with " + cipher + "; " + peer.as2Id()
                                + "'s profile at " + hubAs2Id + " requires " + peer.settings().minEncryptAlgorithm()
                                + " or stronger: the message was not processed");
                    }
                }
            } catch (AS2DispositionException e) {
                throw e;
            } catch (Exception e) {
                LOG.log(Level.FINE, "Encryption algorithm not readable; decryption will tell", e);
            }
            super.decrypt(message, resources);
            if (message.attrs().containsKey(AS2Message.ATTRIBUTE_RECEIVED_ENCRYPTED)) {
                decrypted = message.getData();
                message.partnership().setEncryptAlgorithm(peer.settings().encryptAlgorithm());
            }
        }

        @Override
        protected void verify(IMessage message, AS2ResourceHelper resources) throws AS2Exception {
            MimeBodyPart data = message.getData();
            boolean signed;
            try {
                signed = AS2Helper.getCryptoHelper().isSigned(data);
            } catch (Exception e) {
                signed = false;
            }
            if (!signed && peer.settings().requireSigned()) {
                throw refuse("integrity-check-failed", "The message is not signed; " + peer.as2Id() + "'s profile at " + hubAs2Id
                        + " requires signed messages: the message was not processed");
            }
            if (signed) {
                try {
                    MimeMultipart parts = (MimeMultipart) data.getContent();
                    signedEntity = (MimeBodyPart) parts.getBodyPart(0);
                    for (var signer : new org.bouncycastle.mail.smime.SMIMESigned(parts).getSignerInfos().getSigners()) {
                        String digest = As2Mic.digestName(signer.getDigestAlgOID());
                        signatureDigest = digest;
                        if (!peer.settings().acceptsSignature(digest)) {
                            throw refuse("insufficient-message-security", "The message is signed with " + digest + "; " + peer.as2Id()
                                    + "'s profile at " + hubAs2Id + " requires " + peer.settings().minSignAlgorithm()
                                    + " or stronger: the message was not processed");
                        }
                    }
                } catch (AS2DispositionException e) {
                    throw e;
                } catch (Exception e) {
                    LOG.log(Level.FINE, "Signature algorithm not readable; verification will tell", e);
                }
            }
            try {
                super.verify(message, resources);
            } catch (AS2DispositionException e) {
                String text = "The signature of the message does not verify against the certificate of " + peer.as2Id()
                        + " on file at " + hubAs2Id + " (authentication failed; the content was not accepted): "
                        + rootMessage(e) + ". The message was not processed";
                LOG.warning("AS2 message from " + peer.code() + ": " + text);
                refusal = text;
                throw e;
            }
            if (message.attrs().containsKey(AS2Message.ATTRIBUTE_RECEIVED_SIGNED)) {
                message.partnership().setSigningAlgorithm(peer.settings().signAlgorithm());
            }
        }

        @Override
        protected void sendMDN(String clientInfo, IAS2HttpResponseHandler responseHandler, AS2Message message,
                               DispositionType disposition, String libraryText, ESuccess success) {
            boolean failed = success.isFailure() || disposition.isError();
            String text = text(message, disposition, failed);
            if (failed) {
                safeRefuse(partnerId, fileName, raw, disposition.getAsString() + ": " + text);
            }
            try {
                IAS2Session session = getReceiverModule().getSession();
                IMessageMDN mdn = AS2Helper.createMDN(session, message, disposition, "-");
                DispositionOptions options = DispositionOptions.createFromString(message.getHeader("Disposition-Notification-Options"));
                String mic = mic(message, options);
                if (mic != null) {
                    mdn.attrs().putIn(AS2MessageMDN.MDNA_MIC, mic);
                }
                mdn.setText(text);
                mdn.attrs().putIn(AS2MessageMDN.MDNA_REPORTING_UA, "Battery Materials Partner Portal AS2 gateway (" + hubAs2Id + ")");
                boolean sign = options.getProtocol() != null && (options.isProtocolRequired() || options.hasMICAlg())
                        && options.getFirstMICAlg() != null;
                AS2Helper.createMDNData(session, mdn, sign, session.isCryptoSignIncludeCertificateInBodyPart(),
                        options.getFirstMICAlg(), false, false);
                message.setMDN(mdn);
                if (message.isRequestingAsynchMDN()) {
                    HttpHeaderMap headers = new HttpHeaderMap();
                    headers.setContentLength(0);
                    responseHandler.sendHttpResponse(200, headers, out -> { });
                    session.getMessageProcessor().handle(IProcessorSenderModule.DO_SEND_ASYNC_MDN, message, null);
                } else {
                    ByteArrayOutputStream data = new ByteArrayOutputStream();
                    try (InputStream in = mdn.getData().getInputStream()) {
                        in.transferTo(data);
                    }
                    mdn.headers().setContentLength(data.size());
                    responseHandler.sendHttpResponse(200, mdn.headers(), data::writeTo);
                }
                LOG.info("AS2 MDN [" + disposition.getAsString() + "] " + (message.isRequestingAsynchMDN() ? "sent asynchronously" : "answered")
                        + " for " + message.getMessageID() + (mic == null ? "" : ", MIC " + mic));
            } catch (Exception e) {
                LOG.log(Level.WARNING, "The MDN for AS2 message " + message.getMessageID() + " could not be sent", e);
            }
        }

        /**
         * The MIC over what the sender signed (RFC 4130 §7.3.1, RFC 5402): the signed entity with its headers, else the
         * decrypted entity with its headers, else a compressed entity as received with its headers, else the content
         * alone. With the first algorithm the sender asked for, else its signature's, else the profile's.
         */
        private String mic(AS2Message message, DispositionOptions options) {
            try {
                ECryptoAlgorithmSign algorithm = options.getFirstMICAlg();
                if (algorithm == null && signatureDigest != null) {
                    algorithm = ECryptoAlgorithmSign.getFromIDOrNull(signatureDigest);
                }
                if (algorithm == null && peer != null) {
                    algorithm = ECryptoAlgorithmSign.getFromIDOrNull(peer.settings().signAlgorithm());
                }
                if (algorithm == null) {
                    return null;
                }
                if (signedEntity != null) {
                    return As2Mic.of(signedEntity, true, algorithm);
                }
                if (decrypted != null) {
                    return As2Mic.of(decrypted, true, algorithm);
                }
                if (received != null && AS2Helper.getCryptoHelper().isCompressed(received.getContentType())) {
                    return As2Mic.of(received, true, algorithm);
                }
                return received == null ? null : As2Mic.of(received, false, algorithm);
            } catch (Exception e) {
                LOG.log(Level.WARNING, "MIC of AS2 message " + message.getMessageID() + " not computed", e);
                return null;
            }
        }

        /** The MDN's human-readable part: what was received, from whom, and what came of it, in plain words. */
        private String text(AS2Message message, DispositionType disposition, boolean failed) {
            String about = "The AS2 message " + message.getMessageID() + " from " + message.getAS2From() + " to " + message.getAS2To()
                    + (message.getHeader("Date") == null ? "" : " sent " + message.getHeader("Date"));
            if (!failed) {
                return about + " was received" + (signedEntity != null ? ", its signature verified against the certificate on file" : "")
                        + (decrypted != null ? ", decrypted" : "") + " and stored. This is no guarantee that its content is"
                        + " acceptable: that is the business acknowledgment's (997) to say.";
            }
            if (refusal != null) {
                return about + " was refused. " + refusal + ".";
            }
            String modifier = disposition.getStatusDescription() == null ? "" : disposition.getStatusDescription().strip().toLowerCase(java.util.Locale.ROOT);
            String why = switch (modifier) {
                case "authentication-failed" -> "Its sender " + message.getAS2From() + " is not a trading partner of " + hubAs2Id
                        + " that trades over AS2 (or not to this AS2 identity): the message was not processed.";
                case "decryption-failed" -> "It could not be decrypted with the certificate of " + hubAs2Id
                        + (peer != null && peer.settings().requireEncrypted() ? " (the profile requires encrypted messages)" : "")
                        + ": the message was not processed.";
                case "integrity-check-failed" -> "Its signature could not be verified: the message was not processed.";
                default -> "It could not be processed (" + disposition.getAsString() + "); please send it again later.";
            };
            return about + " was refused. " + why;
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
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
