package com.ascendelements.portal.exchange.as2;

import com.helger.as2lib.exception.AS2Exception;
import com.helger.as2lib.message.AS2Message;
import com.helger.as2lib.message.IMessage;
import com.helger.as2lib.message.IMessageMDN;
import com.helger.as2lib.partner.AbstractPartnershipFactory;
import com.helger.as2lib.partner.Partnership;
import com.helger.as2lib.processor.DefaultMessageProcessor;
import com.helger.as2lib.processor.receiver.AS2MDNReceiverModule;
import com.helger.as2lib.processor.receiver.net.AS2MDNReceiverHandler;
import com.helger.as2lib.session.AS2Session;
import com.helger.as2lib.util.http.IAS2HttpResponseHandler;
import com.helger.commons.collection.attr.StringMap;
import com.helger.commons.http.HttpHeaderMap;
import com.helger.commons.io.IWriteToStream;
import com.helger.commons.state.ESuccess;
import com.helger.commons.state.ETriState;
import com.helger.mail.datasource.ByteArrayDataSource;
import jakarta.mail.internet.ContentType;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Receives an asynchronous MDN for a message we sent, with the AS2 library: the sender must be the partner the
 * message went to, the MDN must be signed by that partner's certificate on file when its profile asks for signed
 * MDNs, and its MIC must be the MIC we recorded when sending. Only then is the receipt passed on; an MDN that fails
 * these checks changes nothing. Never throws.
 */
public final class As2MdnReceiver {

    static {
        MailStreamProvider.nameOnce();  // before any MIME work: see MailStreamProvider
    }

    private static final Logger LOG = Logger.getLogger(As2MdnReceiver.class.getName());

    /** A message we sent and whose MDN is awaited. */
    public record Pending(long partnerId, String mic) {
    }

    /** Where checked receipts go. */
    public interface Confirmations {
        void confirm(String messageId, boolean positive, String detail);
    }

    private final String hubAs2Id;
    private final HubKey hub;
    private final Function<String, Optional<As2Peer>> partnersByAs2Id;
    private final Function<String, Optional<Pending>> pendingByMessageId;
    private final Confirmations confirmations;

    public As2MdnReceiver(String hubAs2Id, HubKey hub, Function<String, Optional<As2Peer>> partnersByAs2Id,
                          Function<String, Optional<Pending>> pendingByMessageId, Confirmations confirmations) {
        this.hubAs2Id = hubAs2Id;
        this.hub = hub;
        this.partnersByAs2Id = partnersByAs2Id;
        this.pendingByMessageId = pendingByMessageId;
        this.confirmations = confirmations;
    }

    public As2Response receive(Map<String, String> headers, byte[] body, String remoteAddress) {
        Map<String, String> h = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        h.putAll(headers);
        String from = As2Receiver.unquote(h.get("AS2-From"));
        if (from == null || h.get("Content-Type") == null) {
            return As2Response.text(400, "Not an AS2 MDN: AS2-From and Content-Type are required");
        }
        Optional<As2Peer> peer = partnersByAs2Id.apply(from);
        if (peer.isEmpty()) {
            return As2Response.text(403, "Unknown AS2 partner " + from);
        }
        Outcome outcome = new Outcome();
        Collector response = new Collector();
        java.util.concurrent.atomic.AtomicReference<AS2Exception> handlerError = new java.util.concurrent.atomic.AtomicReference<>();
        try {
            AS2Session session = session(peer.get(), handlerError);
            AS2MDNReceiverModule module = session.getMessageProcessor().getModuleOfClass(AS2MDNReceiverModule.class);
            AS2Message message = new AS2Message();
            h.forEach((name, value) -> message.headers().addHeader(name, value));
            // the message the MDN answers went from the hub to the partner; the library turns this round for the MDN
            message.partnership().setSenderX509Alias(As2Keys.HUB_ALIAS);
            message.partnership().setReceiverX509Alias(peer.get().alias());
            message.partnership().setVerifyUseCertificateInBodyPart(ETriState.FALSE);
            Handler handler = new Handler(module, peer.get(), outcome);
            handler.handleIncomingMessage(remoteAddress, new ByteArrayDataSource(body, new ContentType(h.get("Content-Type")).toString(), null),
                    message, response);
        } catch (Exception e) {
            LOG.log(Level.WARNING, "Asynchronous MDN from " + from + " could not be read", e);
            return As2Response.text(400, "The MDN could not be read: " + e.getMessage());
        }
        if (outcome.messageId == null && outcome.problem == null && handlerError.get() != null) {
            outcome.problem = signatureFailure(handlerError.get())
                    ? "Signature failure: the MDN's signature does not verify against " + peer.get().code() + "'s certificate on file: "
                    + rootMessage(handlerError.get())
                    : "The MDN could not be read: " + rootMessage(handlerError.get());
            LOG.warning("Asynchronous MDN from " + from + " not accepted: " + outcome.problem);
        }
        if (outcome.messageId == null) {
            return As2Response.text(400, outcome.problem == null ? "The MDN could not be checked" : outcome.problem);
        }
        if (outcome.problem != null) {
            LOG.warning("Asynchronous MDN for " + outcome.messageId + " from " + from + " not accepted: " + outcome.problem);
            return As2Response.text(400, outcome.problem);
        }
        try {
            confirmations.confirm(outcome.messageId, outcome.positive, outcome.detail);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Receipt for " + outcome.messageId + " not recorded", e);
            return As2Response.text(503, "The receipt could not be recorded; please resend it later");
        }
        return As2Response.text(200, "MDN received");
    }

    private static boolean signatureFailure(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof java.security.GeneralSecurityException || t instanceof org.bouncycastle.cms.CMSException) {
                return true;
            }
        }
        return false;
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t.getClass().getSimpleName() + ": " + t.getMessage();
    }

    private AS2Session session(As2Peer peer, java.util.concurrent.atomic.AtomicReference<AS2Exception> handlerError) throws AS2Exception {
        AS2Session session = new AS2Session();
        session.setCryptoVerifyUseCertificateInBodyPart(false);
        session.setCertificateFactory(new As2Keys(hub, peer));
        AbstractPartnershipFactory partnerships = new AbstractPartnershipFactory() {
        };
        Partnership toHub = new Partnership(peer.code() + "-to-hub");
        toHub.setSenderAS2ID(peer.as2Id());
        toHub.setSenderX509Alias(peer.alias());
        toHub.setReceiverAS2ID(hubAs2Id);
        toHub.setReceiverX509Alias(As2Keys.HUB_ALIAS);
        toHub.setVerifyUseCertificateInBodyPart(ETriState.FALSE);
        partnerships.addPartnership(toHub);
        Partnership fromHub = new Partnership("hub-to-" + peer.code());
        fromHub.setSenderAS2ID(hubAs2Id);
        fromHub.setSenderX509Alias(As2Keys.HUB_ALIAS);
        fromHub.setReceiverAS2ID(peer.as2Id());
        fromHub.setReceiverX509Alias(peer.alias());
        fromHub.setVerifyUseCertificateInBodyPart(ETriState.FALSE);
        partnerships.addPartnership(fromHub);
        session.setPartnershipFactory(partnerships);
        DefaultMessageProcessor processor = new DefaultMessageProcessor();
        AS2MDNReceiverModule module = new AS2MDNReceiverModule() {
            @Override
            public void handleError(IMessage message, AS2Exception e) {
                handlerError.set(e);  // the library only logs it
            }
        };
        module.initDynamicComponent(session, new StringMap());
        processor.addModule(module);
        session.setMessageProcessor(processor);
        return session;
    }

    private static final class Outcome {
        String messageId;
        boolean positive;
        String detail;
        String problem;
    }

    /** The library's MDN receiver, reading the recorded MIC from the database instead of a pending-info file. */
    private final class Handler extends AS2MDNReceiverHandler {
        private final As2Peer peer;
        private final Outcome outcome;
        private final java.util.concurrent.atomic.AtomicBoolean signed = new java.util.concurrent.atomic.AtomicBoolean();

        Handler(AS2MDNReceiverModule module, As2Peer peer, Outcome outcome) {
            super(module);
            this.peer = peer;
            this.outcome = outcome;
            setVerificationCertificateConsumer(certificate -> signed.set(true));
            setMICMatchingHandler(new com.helger.as2lib.crypto.IMICMatchingHandler() {
                @Override
                public void onMICMatch(IMessage message, String mic) {
                    // recorded by the callback below
                }

                @Override
                public void onMICMismatch(IMessage message, String original, String returned) {
                    if (returned != null) {
                        outcome.problem = "MIC mismatch: sent " + original + ", the MDN returned " + returned;
                    }
                }
            });
            setIncomingMDNCallback((sync, mdn, from, to, disposition, mic, originalMessageId, wasSigned, micMatched) ->
                    judge(mdn, disposition, mic, originalMessageId, wasSigned, micMatched));
        }

        private void judge(IMessageMDN mdn, String disposition, String mic, String originalMessageId, boolean wasSigned, boolean micMatched) {
            Optional<Pending> pending = pendingByMessageId.apply(originalMessageId);
            if (pending.isEmpty() || pending.get().partnerId() != peer.partnerId()) {
                outcome.problem = "No message " + originalMessageId + " was sent to " + peer.code();
                return;
            }
            if (peer.settings().mdnSigned() && !(wasSigned || signed.get())) {
                outcome.problem = "The MDN for " + originalMessageId + " is not signed, although a signed MDN was requested";
                return;
            }
            outcome.messageId = originalMessageId;
            boolean processed;
            try {
                com.helger.as2lib.disposition.DispositionType type = com.helger.as2lib.disposition.DispositionType.createFromString(disposition);
                processed = !type.isError() && "processed".equalsIgnoreCase(type.getStatus());
            } catch (AS2Exception | RuntimeException e) {
                processed = false;
            }
            boolean noMic = processed && (mic == null || mic.isBlank());
            if (!processed) {
                outcome.problem = null; // a refusal carries no MIC to match
            } else if (noMic) {
                // positive, without a MIC (RFC 4130 §7.4.3 allows it for unsigned MDNs): delivered, noted, not a mismatch
                outcome.problem = null;
                LOG.info("Asynchronous MDN for " + originalMessageId + " from " + peer.code() + " carries no Received-Content-MIC");
            } else if (!micMatched) {
                if (outcome.problem == null) {
                    outcome.problem = "The MDN for " + originalMessageId + " carries no matching MIC";
                }
                return;
            }
            outcome.positive = processed;
            outcome.detail = "Asynchronous MDN " + disposition
                    + (noMic ? "; delivered without a MIC check: the MDN carries no Received-Content-MIC" : processed ? ", MIC matches" : "")
                    + (mdn.getText() == null || processed ? "" : " - " + mdn.getText().strip());
        }

        @Override
        protected InputStream openPendingInfoStreamForReading(AS2Message message) {
            String original = message.getMDN().attrs().getAsString(com.helger.as2lib.message.AS2MessageMDN.MDNA_ORIG_MESSAGEID);
            Optional<Pending> pending = pendingByMessageId.apply(original);
            if (pending.isEmpty() || pending.get().mic() == null) {
                return null;
            }
            return new ByteArrayInputStream((pending.get().mic() + "\n-\n").getBytes(StandardCharsets.ISO_8859_1));
        }

        @Override
        protected ESuccess deletePendingInfoStream(AS2Message message) {
            return ESuccess.SUCCESS;
        }

        @Override
        protected ESuccess deletePendingFile(AS2Message message, String pendingFile) {
            return ESuccess.SUCCESS;
        }
    }

    private static final class Collector implements IAS2HttpResponseHandler {
        @Override
        public void sendHttpResponse(int httpCode, HttpHeaderMap headers, IWriteToStream data) throws IOException {
            data.writeTo(new ByteArrayOutputStream());
        }
    }
}
