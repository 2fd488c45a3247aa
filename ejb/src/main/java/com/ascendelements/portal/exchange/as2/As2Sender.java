package com.ascendelements.portal.exchange.as2;

import com.ascendelements.portal.partners.As2Settings;
import com.helger.as2lib.client.AS2Client;
import com.helger.as2lib.client.AS2ClientRequest;
import com.helger.as2lib.client.AS2ClientResponse;
import com.helger.as2lib.client.AS2ClientSettings;
import com.helger.as2lib.crypto.ECompressionType;
import com.helger.as2lib.crypto.ECryptoAlgorithmCrypt;
import com.helger.as2lib.crypto.ECryptoAlgorithmSign;
import com.helger.as2lib.crypto.IMICMatchingHandler;
import com.helger.as2lib.crypto.MIC;
import com.helger.as2lib.disposition.DispositionOptions;
import com.helger.as2lib.disposition.DispositionType;
import com.helger.as2lib.exception.AS2Exception;
import com.helger.as2lib.message.AS2Message;
import com.helger.as2lib.message.IMessage;
import com.helger.as2lib.processor.sender.AS2HttpResponseException;
import com.helger.as2lib.processor.sender.AS2SenderModule;
import com.helger.as2lib.session.AS2Session;
import com.helger.security.keystore.EKeyStoreType;
import com.helger.mail.cte.EContentTransferEncoding;
import com.helger.mail.datasource.ByteArrayDataSource;
import jakarta.activation.DataHandler;
import java.io.IOException;
import java.security.cert.X509Certificate;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.hc.core5.util.Timeout;

/**
 * Sends one document to a partner over AS2 with the AS2 library: signed, encrypted and compressed as its profile
 * says, requesting a (signed) MDN, synchronous or asynchronous. A synchronous MDN is checked: its signature against
 * the partner's certificate (required when a signed MDN was requested), its disposition, and its MIC against the
 * MIC of what we sent.
 */
public final class As2Sender {

    private static final java.util.logging.Logger LOG = java.util.logging.Logger.getLogger(As2Sender.class.getName());

    static {
        MailStreamProvider.nameOnce();  // before any MIME work: see MailStreamProvider
    }

    /** What came of a send. */
    public record Result(Outcome outcome, String messageId, String mic, String detail) {
    }

    public enum Outcome {
        /** A positive synchronous MDN with a matching MIC. */
        CONFIRMED,
        /** Sent; the asynchronous MDN will come later. */
        AWAITING_MDN,
        /** The partner's MDN refused the document, or the MDN failed its checks: resending the same will not help. */
        REFUSED,
        /** Not delivered (connection, timeout, HTTP 5xx): try again later. */
        RETRY
    }

    private final String hubAs2Id;
    private final HubKey hub;
    private final String asyncMdnUrl;
    private final Timeout connectTimeout;
    private final Timeout responseTimeout;

    public As2Sender(String hubAs2Id, HubKey hub, String asyncMdnUrl, Timeout connectTimeout, Timeout responseTimeout) {
        this.hubAs2Id = hubAs2Id;
        this.hub = hub;
        this.asyncMdnUrl = asyncMdnUrl;
        this.connectTimeout = connectTimeout;
        this.responseTimeout = responseTimeout;
    }

    public Result send(As2Peer partner, String fileName, byte[] content) {
        return send(partner, fileName, content, (messageId, mic) -> { });
    }

    /**
     * Sends; {@code awaitingMdn} is told the message id and MIC of a message whose MDN comes asynchronously before
     * the message leaves, so that it can record them durably before the MDN can arrive.
     */
    public Result send(As2Peer partner, String fileName, byte[] content, java.util.function.BiConsumer<String, String> awaitingMdn) {
        return send(partner, fileName, content, null, awaitingMdn);
    }

    /**
     * Sends under {@code messageId} (with its angle brackets) when it is given, else under a new Message-ID: a document
     * sent again (a retry, a resend after a crash) keeps the Message-ID of its first attempt, so that the partner
     * recognises the duplicate.
     */
    public Result send(As2Peer partner, String fileName, byte[] content, String messageId,
                       java.util.function.BiConsumer<String, String> awaitingMdn) {
        var settings = partner.settings();
        if (!settings.enabled() || settings.url() == null) {
            return new Result(Outcome.REFUSED, null, null, partner.code() + " has no AS2 URL in its profile");
        }
        if (partner.certificate() == null && (settings.encryptOutbound() || settings.mdnSigned())) {
            return new Result(Outcome.REFUSED, null, null, partner.code() + " has no valid certificate: import one in its profile");
        }
        ECryptoAlgorithmSign sign = ECryptoAlgorithmSign.getFromIDOrNull(settings.signAlgorithm());
        ECryptoAlgorithmCrypt crypt = ECryptoAlgorithmCrypt.getFromIDOrNull(settings.encryptAlgorithm());

        AS2ClientSettings client = new AS2ClientSettings();
        // The library wants a keystore description; the keys themselves come from As2Keys (initCertificateFactory).
        client.setKeyStore(EKeyStoreType.PKCS12, new byte[0], "");
        client.setSenderData(hubAs2Id, "edi@" + hubAs2Id.replaceAll("[^A-Za-z0-9.-]", "") + ".invalid", As2Keys.HUB_ALIAS);
        client.setReceiverData(partner.as2Id(), partner.alias(), settings.url());
        client.setPartnershipName(hubAs2Id + "-to-" + partner.code());
        // what we send follows the profile's outbound settings, not what we require of the partner's messages
        client.setEncryptAndSign(settings.encryptOutbound() ? crypt : null, settings.signOutbound() ? sign : null);
        if (settings.compress()) {
            // compressed after signing: the MIC is then taken over the signed content on both sides (RFC 5402 allows
            // either order; the library's sender and receiver disagree on the MIC of content compressed before signing)
            client.setCompress(ECompressionType.ZLIB, false);
        }
        client.setMDNRequested(true);
        if (settings.mdnSigned()) {
            client.setMDNOptions(new DispositionOptions()
                    .setProtocol(DispositionOptions.PROTOCOL_PKCS7_SIGNATURE).setProtocolImportance(DispositionOptions.IMPORTANCE_REQUIRED)
                    .setMICAlg(sign).setMICAlgImportance(DispositionOptions.IMPORTANCE_REQUIRED));
        } else {
            // an unsigned MDN still carries the MIC when asked for its algorithm (RFC 4130 §7.4.3): without it a
            // positive MDN has nothing to match
            client.setMDNOptions(DispositionOptions.SIGNED_RECEIPT_MICALG + "=" + DispositionOptions.IMPORTANCE_OPTIONAL + ", " + sign.getID());
        }
        if (settings.mdnMode() == As2Settings.MdnMode.ASYNC) {
            client.setAsyncMDNUrl(asyncMdnUrl);
        }
        client.setRetryCount(0);
        client.setConnectTimeout(connectTimeout);
        client.setResponseTimeout(responseTimeout);
        MicCheck micCheck = new MicCheck();
        client.setMICMatchingHandler(micCheck);
        AtomicReference<X509Certificate> mdnSigner = new AtomicReference<>();
        client.setVerificationCertificateConsumer(mdnSigner::set);

        AS2ClientRequest request = new AS2ClientRequest(fileName)
                .setContentType("application/edi-x12")
                .setFilename(fileName)
                .setData(new DataHandler(new ByteArrayDataSource(content, "application/edi-x12", fileName)));
        // binary, the AS2 norm, unless the partner's product can only read a base64 body (the library applies it to
        // the HTTP body and the MIME parts within)
        request.setContentTransferEncoding(settings.transferEncoding() == As2Settings.TransferEncoding.BASE64
                ? EContentTransferEncoding.BASE64 : EContentTransferEncoding.BINARY);
        Client as2 = new Client(partner, messageId, awaitingMdn);
        AS2ClientResponse response = as2.sendSynchronous(client, request);
        messageId = response.getOriginalMessageID();
        String mic = as2.sentMic.get() == null ? null : as2.sentMic.get().getAsAS2String();

        if (response.hasException()) {
            Throwable e = response.getException();
            return classify(e, messageId, mic);
        }
        if (as2.mdnError.get() != null && !(partner.certificate() == null
                && as2.mdnError.get() instanceof com.helger.as2lib.cert.AS2CertificateNotFoundException)) {
            // (with no certificate on file, the library stops before reading an unsigned MDN: that one is read below)
            return mdnFailure(partner, as2.mdnError.get(), messageId, mic);
        }
        if (settings.mdnMode() == As2Settings.MdnMode.ASYNC && !response.hasMDN()) {
            return new Result(Outcome.AWAITING_MDN, messageId, mic, "Sent to " + settings.url() + "; asynchronous MDN awaited");
        }
        if (!response.hasMDN()) {
            return new Result(Outcome.RETRY, messageId, mic, "No MDN came back from " + settings.url());
        }
        String disposition = response.getMDNDisposition();
        String returned = response.getMDN().attrs().getAsString(com.helger.as2lib.message.AS2MessageMDN.MDNA_MIC);
        String answers = response.getMDN().attrs().getAsString(com.helger.as2lib.message.AS2MessageMDN.MDNA_ORIG_MESSAGEID);
        if (mdnSigner.get() == null && !micCheck.matched && micCheck.mismatch == null) {
            // the library checks the report of signed MDNs only; an unsigned one is read here
            UnsignedReport report = UnsignedReport.of(response.getMDN());
            if (disposition == null) {
                disposition = report.disposition();
            }
            if (returned == null) {
                returned = report.mic();
            }
            if (answers == null) {
                answers = report.originalMessageId();
            }
        }
        if (returned != null && mic != null && !micCheck.matched) {
            if (MIC.parse(returned).equals(MIC.parse(mic))) {
                micCheck.matched = true;
                micCheck.mismatch = null;
            } else {
                micCheck.mismatch = "sent " + mic + ", the MDN returned " + returned;
            }
        }
        String text = response.getMDNText() == null ? "" : response.getMDNText().strip();
        DispositionType type;
        try {
            type = DispositionType.createFromString(disposition);
        } catch (AS2Exception | RuntimeException e) {
            return new Result(Outcome.REFUSED, messageId, mic, "Unreadable MDN disposition: " + disposition);
        }
        if (answers != null && messageId != null && !answers.strip().equals(messageId.strip())) {
            return new Result(Outcome.REFUSED, messageId, mic, "The MDN answers another message (" + answers + ") than " + messageId);
        }
        if (type.isError() || !DispositionType.STATUS_PROCESSED.equalsIgnoreCase(type.getStatus())) {
            return new Result(Outcome.REFUSED, messageId, mic, "Negative MDN: " + disposition + (text.isEmpty() ? "" : " - " + text));
        }
        if (settings.mdnSigned() && mdnSigner.get() == null) {
            return new Result(Outcome.REFUSED, messageId, mic, "The MDN is not signed, although a signed MDN was requested");
        }
        if (micCheck.mismatch != null) {
            return new Result(Outcome.REFUSED, messageId, mic, "MIC mismatch: " + micCheck.mismatch);
        }
        if (!micCheck.matched) {
            // a positive MDN without a MIC (allowed for unsigned MDNs, RFC 4130 §7.4.3): the partner says it processed
            // the file, but nothing proves it received these bytes. Delivered, noted, not a mismatch.
            LOG.info("AS2 MDN for " + messageId + " from " + partner.code() + " carries no Received-Content-MIC: delivered without a MIC check");
            return new Result(Outcome.CONFIRMED, messageId, mic, "MDN " + disposition
                    + "; delivered without a MIC check: the MDN carries no Received-Content-MIC (ours: " + mic + ")");
        }
        return new Result(Outcome.CONFIRMED, messageId, mic, "MDN " + disposition + ", MIC " + mic + " matches");
    }

    /** An MDN that came back but could not be read or verified: refused with the reason, a signature failure named as one. */
    private static Result mdnFailure(As2Peer partner, AS2Exception e, String messageId, String mic) {
        boolean signature = false;
        for (Throwable t = e; t != null && !signature; t = t.getCause()) {
            signature = t instanceof java.security.GeneralSecurityException || t instanceof org.bouncycastle.cms.CMSException
                    || t instanceof org.bouncycastle.operator.OperatorException;
        }
        String detail;
        if (signature) {
            X509Certificate onFile = partner.certificate();
            detail = "Signature failure: the MDN's signature does not verify against " + partner.code() + "'s certificate on file"
                    + (onFile == null ? "" : " (" + onFile.getSubjectX500Principal().getName() + ", serial " + onFile.getSerialNumber().toString(16) + ")")
                    + ": " + rootMessage(e) + ". The receipt proves nothing; check the partner's certificate";
        } else {
            detail = "The MDN could not be read: " + rootMessage(e);
        }
        LOG.warning("AS2 message " + messageId + " to " + partner.code() + ": " + detail);
        return new Result(Outcome.REFUSED, messageId, mic, detail);
    }

    private static Result classify(Throwable e, String messageId, String mic) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof com.helger.as2lib.disposition.AS2DispositionException negative) {
                return new Result(Outcome.REFUSED, messageId, mic, "Negative MDN: " + negative.getMessage()
                        + (negative.getText() == null ? "" : " - " + negative.getText().strip()));
            }
            if (t instanceof AS2HttpResponseException http) {
                boolean retry = http.getCode() >= 500 || http.getCode() == 408 || http.getCode() == 429;
                return new Result(retry ? Outcome.RETRY : Outcome.REFUSED, messageId, mic, "HTTP " + http.getCode() + ": " + http.getMessage());
            }
            if (t instanceof IOException) {
                return new Result(Outcome.RETRY, messageId, mic, t.getClass().getSimpleName() + ": " + t.getMessage());
            }
        }
        return new Result(Outcome.REFUSED, messageId, mic, "MDN check failed: " + rootMessage(e));
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t.getClass().getSimpleName() + ": " + t.getMessage();
    }

    /** The disposition and MIC of an unsigned MDN (a multipart/report with a message/disposition-notification part). */
    record UnsignedReport(String disposition, String mic, String originalMessageId) {
        static UnsignedReport of(com.helger.as2lib.message.IMessageMDN mdn) {
            try {
                Object content = mdn.getData().getContent();
                if (content instanceof jakarta.mail.internet.MimeMultipart report) {
                    for (int i = 0; i < report.getCount(); i++) {
                        jakarta.mail.BodyPart part = report.getBodyPart(i);
                        if (part.isMimeType("message/disposition-notification")) {
                            jakarta.mail.internet.InternetHeaders fields;
                            try (java.io.InputStream in = part.getInputStream()) {
                                fields = new jakarta.mail.internet.InternetHeaders(in);
                            }
                            return new UnsignedReport(fields.getHeader("Disposition", null), fields.getHeader("Received-Content-MIC", null),
                                    fields.getHeader("Original-Message-ID", null));
                        }
                    }
                }
            } catch (Exception e) {
                // unreadable: no disposition
            }
            return new UnsignedReport(null, null, null);
        }
    }

    /** Remembers whether the MDN's MIC matched the MIC of what we sent. */
    private static final class MicCheck implements IMICMatchingHandler {
        volatile boolean matched;
        volatile String mismatch;

        @Override
        public void onMICMatch(IMessage message, String mic) {
            matched = true;
        }

        @Override
        public void onMICMismatch(IMessage message, String sent, String returned) {
            if (returned != null) {
                mismatch = "sent " + sent + ", the MDN returned " + returned;
            }
        }
    }

    /**
     * A secured part whose body goes over HTTP as its Content-Transfer-Encoding says. as2-lib 5.1 announces the part's
     * encoding (base64) in the HTTP headers but writes the decoded bytes ({@code getInputStream}), so a partner reading
     * base64 got binary: this part hands out its encoded bytes instead.
     */
    private static final class SentAsEncoded extends jakarta.mail.internet.MimeBodyPart {
        SentAsEncoded(jakarta.mail.internet.MimeBodyPart secured) throws jakarta.mail.MessagingException, IOException {
            super(encoded(secured));
        }

        private static java.io.InputStream encoded(jakarta.mail.internet.MimeBodyPart part)
                throws jakarta.mail.MessagingException, IOException {
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
            part.writeTo(out);
            return new java.io.ByteArrayInputStream(out.toByteArray());
        }

        @Override
        public java.io.InputStream getInputStream() throws jakarta.mail.MessagingException {
            return getRawInputStream();
        }
    }

    /** The library's client with this exchange's keys, and no pending-MDN files on disk (the database keeps them). */
    private final class Client extends AS2Client {
        private final As2Peer partner;
        final AtomicReference<MIC> sentMic = new AtomicReference<>();
        /** What went wrong reading the MDN: the library only logs it and reports no disposition. */
        final AtomicReference<AS2Exception> mdnError = new AtomicReference<>();

        private final String messageId;

        Client(As2Peer partner, String messageId, java.util.function.BiConsumer<String, String> awaitingMdn) {
            this.partner = partner;
            this.messageId = messageId;
            setAS2SenderModuleFactory(() -> new AS2SenderModule() {
                @Override
                protected MIC calculateAndStoreMIC(AS2Message message) throws Exception {
                    MIC mic = super.calculateAndStoreMIC(message);
                    sentMic.set(mic);
                    return mic;
                }

                @Override
                protected jakarta.mail.internet.MimeBodyPart secure(IMessage message, EContentTransferEncoding encoding)
                        throws Exception {
                    jakarta.mail.internet.MimeBodyPart secured = super.secure(message, encoding);
                    return encoding == EContentTransferEncoding.BASE64 ? new SentAsEncoded(secured) : secured;
                }

                @Override
                protected void onReceivedMDNError(AS2Message message, AS2Exception e) {
                    mdnError.set(e);
                }

                @Override
                protected void storePendingInfo(AS2Message message, MIC mic) throws AS2Exception {
                    sentMic.set(mic);
                    try {
                        awaitingMdn.accept(message.getMessageID(), mic == null ? null : mic.getAsAS2String());
                    } catch (RuntimeException e) {
                        throw new AS2Exception("The message could not be recorded before sending: " + e.getMessage(), e);
                    }
                }
            });
        }

        @Override
        protected AS2Message createMessage(com.helger.as2lib.partner.Partnership partnership, AS2ClientRequest request)
                throws jakarta.mail.MessagingException {
            AS2Message message = super.createMessage(partnership, request);
            if (messageId != null) {
                message.setMessageID(messageId);
            }
            return message;
        }

        @Override
        protected void initCertificateFactory(AS2ClientSettings settings, AS2Session session) throws AS2Exception {
            session.setCertificateFactory(new As2Keys(hub, partner));
            // an MDN's signature is verified against the partner's certificate on file, never one the MDN carries
            session.setCryptoVerifyUseCertificateInBodyPart(false);
        }

        @Override
        protected com.helger.as2lib.partner.Partnership buildPartnership(AS2ClientSettings settings) {
            com.helger.as2lib.partner.Partnership partnership = super.buildPartnership(settings);
            partnership.setVerifyUseCertificateInBodyPart(com.helger.commons.state.ETriState.FALSE);
            return partnership;
        }
    }
}
