package com.ascendelements.portal.exchange.as2;

import static org.assertj.core.api.Assertions.assertThat;

import com.ascendelements.portal.partners.As2Settings;
import com.ascendelements.portal.partners.As2Settings.MdnMode;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Two hubs talking AS2 over loopback HTTP with generated certificates: ALPHA sends with {@link As2Sender}, BETA
 * receives with {@link As2Receiver}. Every case goes through the real library, signatures and MICs.
 */
class As2RoundTripTest {

    static final byte[] X12 = ("ISA*00*          *00*          *ZZ*ALPHA          *ZZ*BETA           *260101*1200*U*00401*000000001*0*P*>~"
            + "GS*PO*ALPHA*BETA*20260101*1200*1*X*004010~ST*850*0001~BEG*00*SA*PO-1**20260101~SE*3*0001~GE*1*1~IEA*1*000000001~")
            .getBytes(StandardCharsets.US_ASCII);

    As2Harness beta;

    @BeforeEach
    void start() throws Exception {
        beta = new As2Harness();
    }

    @AfterEach
    void stop() {
        beta.close();
    }

    @Test
    void signedEncryptedMessageIsStoredBeforeItsSignedMdnConfirmsTheMic() {
        beta.alphaAtBeta(As2Harness.settings("ALPHA", null, true, true, false, MdnMode.SYNC, true), As2Harness.ALPHA_KEY.certificate());
        As2Peer betaAtAlpha = betaAtAlpha(true, true, false, true, As2Harness.BETA_KEY.certificate());

        As2Sender.Result result = As2Harness.alphaSender().send(betaAtAlpha, "order.x12", X12);

        assertThat(result.outcome()).as(result.detail()).isEqualTo(As2Sender.Outcome.CONFIRMED);
        assertThat(result.detail()).contains("processed").contains("MIC").contains("matches");
        assertThat(result.mic()).endsWith(", sha-256");
        assertThat(beta.accepted).hasSize(1);
        assertThat(beta.accepted.get(0).payload()).isEqualTo(X12);
        assertThat(beta.accepted.get(0).fileName()).isEqualTo("order.x12");
        assertThat(beta.accepted.get(0).partner().code()).isEqualTo("ALPHA");
        assertThat(beta.refused).isEmpty();
    }

    @Test
    void compressedSignedEncryptedMessageRoundTrips() {
        beta.alphaAtBeta(As2Harness.settings("ALPHA", null, true, true, true, MdnMode.SYNC, true), As2Harness.ALPHA_KEY.certificate());
        As2Peer betaAtAlpha = betaAtAlpha(true, true, true, true, As2Harness.BETA_KEY.certificate());

        As2Sender.Result result = As2Harness.alphaSender().send(betaAtAlpha, "order.x12", X12);

        assertThat(result.outcome()).as(result.detail()).isEqualTo(As2Sender.Outcome.CONFIRMED);
        assertThat(result.detail()).contains("matches");
        assertThat(beta.accepted).singleElement().satisfies(a -> assertThat(a.payload()).isEqualTo(X12));
    }

    @Test
    void plainMessageWithSignedMdnRoundTripsAndItsMicIsChecked() {
        beta.alphaAtBeta(As2Harness.settings("ALPHA", null, false, false, false, MdnMode.SYNC, true), As2Harness.ALPHA_KEY.certificate());
        As2Peer betaAtAlpha = betaAtAlpha(false, false, false, true, As2Harness.BETA_KEY.certificate());

        As2Sender.Result result = As2Harness.alphaSender().send(betaAtAlpha, "order.x12", X12);

        assertThat(result.outcome()).as(result.detail()).isEqualTo(As2Sender.Outcome.CONFIRMED);
        assertThat(result.detail()).contains("matches");
        assertThat(beta.accepted).singleElement().satisfies(a -> assertThat(a.payload()).isEqualTo(X12));
    }

    @Test
    void plainMessageWithUnsignedMdnRoundTrips() {
        beta.alphaAtBeta(As2Harness.settings("ALPHA", null, false, false, false, MdnMode.SYNC, false), null);
        As2Peer betaAtAlpha = betaAtAlpha(false, false, false, false, null);

        As2Sender.Result result = As2Harness.alphaSender().send(betaAtAlpha, "order.x12", X12);

        assertThat(result.outcome()).as(result.detail()).isEqualTo(As2Sender.Outcome.CONFIRMED);
        assertThat(beta.accepted).singleElement().satisfies(a -> assertThat(a.payload()).isEqualTo(X12));
    }

    @Test
    void aSignedMdnAlteredOnTheWayIsRefused() {
        beta.alphaAtBeta(As2Harness.settings("ALPHA", null, true, true, false, MdnMode.SYNC, true), As2Harness.ALPHA_KEY.certificate());
        As2Peer betaAtAlpha = betaAtAlpha(true, true, false, true, As2Harness.BETA_KEY.certificate());
        beta.responseTamper = body -> new String(body, StandardCharsets.ISO_8859_1)
                .replace("Received-Content-MIC: ", "Received-Content-MIC: A")
                .getBytes(StandardCharsets.ISO_8859_1);

        As2Sender.Result result = As2Harness.alphaSender().send(betaAtAlpha, "order.x12", X12);

        assertThat(result.outcome()).as(result.detail()).isEqualTo(As2Sender.Outcome.REFUSED);
    }

    @Test
    void aSignatureByAnotherKeyIsRefusedWithANegativeMdnAndKept() {
        // BETA holds MALLORY's certificate for ALPHA: ALPHA's real signature does not verify against it
        beta.alphaAtBeta(As2Harness.settings("ALPHA", null, true, true, false, MdnMode.SYNC, false), As2Harness.MALLORY_KEY.certificate());
        As2Peer betaAtAlpha = betaAtAlpha(true, true, false, false, As2Harness.BETA_KEY.certificate());

        As2Sender.Result result = As2Harness.alphaSender().send(betaAtAlpha, "order.x12", X12);

        assertThat(result.outcome()).isEqualTo(As2Sender.Outcome.REFUSED);
        assertThat(result.detail()).contains("Negative MDN").containsIgnoringCase("integrity-check-failed");
        assertThat(beta.accepted).isEmpty();
        assertThat(beta.refused).singleElement().satisfies(r -> {
            assertThat(r.partnerId()).isEqualTo(1L);
            assertThat(r.reason()).containsIgnoringCase("integrity-check-failed");
        });
    }

    @Test
    void anUnsignedMessageIsRefusedWhenTheProfileRequiresSignatures() {
        beta.alphaAtBeta(As2Harness.settings("ALPHA", null, true, false, false, MdnMode.SYNC, false), As2Harness.ALPHA_KEY.certificate());
        As2Peer betaAtAlpha = betaAtAlpha(false, false, false, false, null);

        As2Sender.Result result = As2Harness.alphaSender().send(betaAtAlpha, "order.x12", X12);

        assertThat(result.outcome()).isEqualTo(As2Sender.Outcome.REFUSED);
        assertThat(beta.accepted).isEmpty();
        assertThat(beta.refused).hasSize(1);
    }

    @Test
    void anUnencryptedMessageIsRefusedWhenTheProfileRequiresEncryption() {
        beta.alphaAtBeta(As2Harness.settings("ALPHA", null, true, true, false, MdnMode.SYNC, false), As2Harness.ALPHA_KEY.certificate());
        As2Peer betaAtAlpha = betaAtAlpha(true, false, false, false, As2Harness.BETA_KEY.certificate());

        As2Sender.Result result = As2Harness.alphaSender().send(betaAtAlpha, "order.x12", X12);

        assertThat(result.outcome()).isEqualTo(As2Sender.Outcome.REFUSED);
        assertThat(result.detail()).containsIgnoringCase("decryption-failed");
        assertThat(beta.accepted).isEmpty();
    }

    @Test
    void anUnknownAs2PartnerGetsANegativeMdnAndItsMessageIsKept() {
        // BETA knows nobody
        As2Peer betaAtAlpha = betaAtAlpha(true, true, false, false, As2Harness.BETA_KEY.certificate());

        As2Sender.Result result = As2Harness.alphaSender().send(betaAtAlpha, "order.x12", X12);

        assertThat(result.outcome()).isEqualTo(As2Sender.Outcome.REFUSED);
        assertThat(result.detail()).containsIgnoringCase("authentication-failed");
        assertThat(beta.accepted).isEmpty();
        assertThat(beta.refused).singleElement().satisfies(r -> assertThat(r.partnerId()).isNull());
    }

    @Test
    void aMessageForAnotherHubIsRefused() {
        beta.alphaAtBeta(As2Harness.settings("ALPHA", null, true, true, false, MdnMode.SYNC, false), As2Harness.ALPHA_KEY.certificate());
        As2Peer wrongHub = new As2Peer(2L, "BETA", As2Harness.settings("GAMMA", beta.url(), true, true, false, MdnMode.SYNC, false),
                As2Harness.BETA_KEY.certificate());

        As2Sender.Result result = As2Harness.alphaSender().send(wrongHub, "order.x12", X12);

        assertThat(result.outcome()).isEqualTo(As2Sender.Outcome.REFUSED);
        assertThat(beta.accepted).isEmpty();
    }

    @Test
    void whenStorageFailsTheMdnIsNegative() {
        beta.alphaAtBeta(As2Harness.settings("ALPHA", null, true, true, false, MdnMode.SYNC, true), As2Harness.ALPHA_KEY.certificate());
        As2Peer betaAtAlpha = betaAtAlpha(true, true, false, true, As2Harness.BETA_KEY.certificate());
        beta.failStorage = true;

        As2Sender.Result result = As2Harness.alphaSender().send(betaAtAlpha, "order.x12", X12);

        assertThat(result.outcome()).isNotEqualTo(As2Sender.Outcome.CONFIRMED);
        assertThat(result.detail()).containsIgnoringCase("unexpected-processing-error");
    }

    @Test
    void aReplayedMdnOfAnotherMessageIsNotAcceptedAsReceipt() {
        beta.alphaAtBeta(As2Harness.settings("ALPHA", null, true, true, false, MdnMode.SYNC, true), As2Harness.ALPHA_KEY.certificate());
        As2Peer betaAtAlpha = betaAtAlpha(true, true, false, true, As2Harness.BETA_KEY.certificate());
        AtomicReference<byte[]> firstMdn = new AtomicReference<>();
        beta.responseTamper = body -> {
            if (firstMdn.get() == null) {
                firstMdn.set(body);
                return body;
            }
            return firstMdn.get(); // the genuine, signed MDN of the first message, returned for the second
        };
        assertThat(As2Harness.alphaSender().send(betaAtAlpha, "first.x12", X12).outcome()).isEqualTo(As2Sender.Outcome.CONFIRMED);

        byte[] other = new String(X12, StandardCharsets.US_ASCII).replace("PO-1", "PO-2").getBytes(StandardCharsets.US_ASCII);
        As2Sender.Result second = As2Harness.alphaSender().send(betaAtAlpha, "second.x12", other);

        assertThat(second.outcome()).as(second.detail()).isEqualTo(As2Sender.Outcome.REFUSED);
    }

    @Test
    void anMdnSignedByAnotherKeyIsNotAccepted() {
        beta.alphaAtBeta(As2Harness.settings("ALPHA", null, true, false, false, MdnMode.SYNC, true), As2Harness.ALPHA_KEY.certificate());
        // ALPHA believes BETA's certificate is MALLORY's; encryption to it fails at BETA, and nothing BETA signs verifies
        As2Peer betaAtAlpha = betaAtAlpha(true, false, false, true, As2Harness.MALLORY_KEY.certificate());

        As2Sender.Result result = As2Harness.alphaSender().send(betaAtAlpha, "order.x12", X12);

        assertThat(result.outcome()).as(result.detail()).isEqualTo(As2Sender.Outcome.REFUSED);
        assertThat(result.detail()).as(result.detail()).containsIgnoringCase("signature").contains("BETA")
                .doesNotContain("Unreadable MDN disposition");
        assertThat(beta.accepted).hasSize(1); // BETA took it; ALPHA cannot trust the receipt
    }

    // --- issue 10: interoperability with other AS2 products ---

    static final byte[] X12_LF = new String(X12, StandardCharsets.US_ASCII).replace("~", "~\n").getBytes(StandardCharsets.US_ASCII);

    @Test
    void aMessageCompressedBeforeSigningGetsTheMicOfTheSignedCompressedEntity() throws Exception {
        beta.alphaAtBeta(As2Harness.settings("ALPHA", null, true, false, false, MdnMode.SYNC, true), As2Harness.ALPHA_KEY.certificate());
        RawAs2Client alpha = new RawAs2Client();
        alpha.compressBeforeSign = true;

        RawAs2Client.Mdn mdn = alpha.send(beta.url(), X12);

        assertThat(mdn.status()).isEqualTo(200);
        assertThat(mdn.signed()).as("MDN signed by BETA").isTrue();
        assertThat(mdn.field("Disposition")).isEqualToIgnoringWhitespace("automatic-action/MDN-sent-automatically; processed");
        assertThat(mdn.field("Original-Message-ID")).isEqualTo(mdn.messageId());
        assertThat(mdn.field("Final-Recipient")).isEqualTo("rfc822; BETA");
        // the digest the signature covers (the compressed entity with its headers), not that of the decompressed content
        assertThat(mdn.field("Received-Content-MIC")).isEqualTo(mdn.expectedMic());
        assertThat(mdn.text()).contains(mdn.messageId()).contains("stored").doesNotContain("$");
        assertThat(beta.accepted).singleElement().satisfies(a -> assertThat(a.payload()).isEqualTo(X12));
    }

    @Test
    void lfOnlyContentSent8bitGetsTheMicOfItsCanonicalForm() throws Exception {
        beta.alphaAtBeta(As2Harness.settings("ALPHA", null, true, false, false, MdnMode.SYNC, true), As2Harness.ALPHA_KEY.certificate());
        RawAs2Client alpha = new RawAs2Client();
        alpha.transferEncoding = "8bit";

        RawAs2Client.Mdn mdn = alpha.send(beta.url(), X12_LF);

        assertThat(mdn.field("Disposition")).endsWith("processed");
        assertThat(mdn.field("Received-Content-MIC")).isEqualTo(mdn.expectedMic());
        assertThat(beta.accepted).singleElement().satisfies(a -> assertThat(a.payload()).isEqualTo(X12_LF));
    }

    @Test
    void aCompressedBeforeSignedLfOnly8bitMessageEncryptedByAsTwoLibRoundTripsToo() throws Exception {
        // the same with the MIC algorithm of an unsigned MDN request and no signature on the MDN
        beta.alphaAtBeta(As2Harness.settings("ALPHA", null, true, false, false, MdnMode.SYNC, false), As2Harness.ALPHA_KEY.certificate());
        RawAs2Client alpha = new RawAs2Client();
        alpha.compressBeforeSign = true;
        alpha.transferEncoding = "8bit";
        alpha.mdnOptions = "signed-receipt-micalg=optional, sha-256";

        RawAs2Client.Mdn mdn = alpha.send(beta.url(), X12_LF);

        assertThat(mdn.signed()).isFalse();
        assertThat(mdn.field("Disposition")).endsWith("processed");
        assertThat(mdn.field("Received-Content-MIC")).isEqualTo(mdn.expectedMic());
    }

    @Test
    void aSignatureDigestBelowTheProfilesMinimumGetsANegativeMdnSayingSo() throws Exception {
        beta.alphaAtBeta(As2Harness.settings("ALPHA", null, true, false, false, MdnMode.SYNC, true), As2Harness.ALPHA_KEY.certificate());
        RawAs2Client alpha = new RawAs2Client();
        alpha.signatureAlgorithm = "SHA1withRSA";
        alpha.micAlg = "sha-1";

        RawAs2Client.Mdn mdn = alpha.send(beta.url(), X12);

        assertThat(mdn.field("Disposition")).containsIgnoringCase("processed/error").containsIgnoringCase("insufficient-message-security");
        assertThat(mdn.text()).contains("sha-1").contains("sha-256").contains("not processed").doesNotContain("$");
        assertThat(beta.accepted).isEmpty();
        assertThat(beta.refused).singleElement().satisfies(r -> assertThat(r.reason()).contains("insufficient-message-security"));
    }

    @Test
    void aSha1SignatureIsAcceptedWhereTheProfileAllowsIt() throws Exception {
        beta.alphaAtBeta(As2Harness.settings("ALPHA", null, true, false, false, MdnMode.SYNC, true)
                .withPolicy(false, false, "sha-1", "3des", false, null), As2Harness.ALPHA_KEY.certificate());
        RawAs2Client alpha = new RawAs2Client();
        alpha.signatureAlgorithm = "SHA1withRSA";
        alpha.micAlg = "sha-1";
        alpha.mdnOptions = "signed-receipt-protocol=optional, pkcs7-signature; signed-receipt-micalg=optional, sha-1";

        RawAs2Client.Mdn mdn = alpha.send(beta.url(), X12);

        assertThat(mdn.field("Disposition")).endsWith("processed");
        assertThat(mdn.field("Received-Content-MIC")).isEqualTo(mdn.expectedMic());
    }

    @Test
    void aCipherBelowTheProfilesMinimumGetsANegativeMdn() {
        beta.alphaAtBeta(As2Harness.settings("ALPHA", null, true, true, false, MdnMode.SYNC, true), As2Harness.ALPHA_KEY.certificate());
        As2Peer betaAtAlpha = new As2Peer(2L, "BETA", new com.ascendelements.portal.partners.As2Settings("BETA", beta.url(), true, true,
                false, MdnMode.SYNC, true, "sha-256", "3des"), As2Harness.BETA_KEY.certificate());

        As2Sender.Result result = As2Harness.alphaSender().send(betaAtAlpha, "order.x12", X12);

        assertThat(result.outcome()).isEqualTo(As2Sender.Outcome.REFUSED);
        assertThat(result.detail()).containsIgnoringCase("insufficient-message-security").contains("3des").contains("aes128-cbc");
        assertThat(beta.accepted).isEmpty();
    }

    @Test
    void whatWeRequireDoesNotSwitchOffWhatWeSend() {
        // BETA requires ALPHA's messages signed and encrypted; ALPHA does not require BETA's to be, but sends signed
        // and encrypted all the same (the outbound side of its profile)
        beta.alphaAtBeta(As2Harness.settings("ALPHA", null, true, true, false, MdnMode.SYNC, true), As2Harness.ALPHA_KEY.certificate());
        As2Peer betaAtAlpha = new As2Peer(2L, "BETA", As2Harness.settings("BETA", beta.url(), false, false, false, MdnMode.SYNC, true)
                .withPolicy(true, true, "sha-256", "aes128-cbc", false, null), As2Harness.BETA_KEY.certificate());

        As2Sender.Result result = As2Harness.alphaSender().send(betaAtAlpha, "order.x12", X12);

        assertThat(result.outcome()).as(result.detail()).isEqualTo(As2Sender.Outcome.CONFIRMED);
        assertThat(beta.requests).singleElement().satisfies(h -> assertThat(h.get("content-type")).contains("application/pkcs7-mime"));
    }

    @Test
    void aPartnerWhoseProductCannotReadBinaryBodiesGetsBase64AndTheMessageRoundTrips() {
        beta.alphaAtBeta(As2Harness.settings("ALPHA", null, true, true, false, MdnMode.SYNC, true), As2Harness.ALPHA_KEY.certificate());
        As2Peer binary = betaAtAlpha(true, true, false, true, As2Harness.BETA_KEY.certificate());
        As2Peer base64 = new As2Peer(2L, "BETA", binary.settings().withTransferEncoding(As2Settings.TransferEncoding.BASE64),
                As2Harness.BETA_KEY.certificate());

        As2Sender.Result asBytes = As2Harness.alphaSender().send(binary, "order-1.x12", X12);
        As2Sender.Result asText = As2Harness.alphaSender().send(base64, "order-2.x12", X12);

        assertThat(asBytes.outcome()).as(asBytes.detail()).isEqualTo(As2Sender.Outcome.CONFIRMED);
        assertThat(asText.outcome()).as(asText.detail()).isEqualTo(As2Sender.Outcome.CONFIRMED);
        assertThat(asText.detail()).contains("matches");
        assertThat(beta.requests.get(0).get("content-transfer-encoding")).isEqualTo("binary");
        assertThat(beta.requests.get(1).get("content-transfer-encoding")).isEqualTo("base64");
        assertThat(beta.bodies.get(0)[0]).as("DER: a SEQUENCE").isEqualTo((byte) 0x30);
        String text = new String(beta.bodies.get(1), StandardCharsets.US_ASCII);
        assertThat(text).matches("[A-Za-z0-9+/=\\r\\n]+");
        assertThat(java.util.Base64.getMimeDecoder().decode(text)[0]).isEqualTo((byte) 0x30);
        assertThat(beta.accepted).extracting(a -> new String(a.payload(), StandardCharsets.US_ASCII))
                .containsExactly(new String(X12, StandardCharsets.US_ASCII), new String(X12, StandardCharsets.US_ASCII));
    }

    @Test
    void anUnsignedMdnIsAskedForTheMicAlgorithmAndItsMicMatches() {
        beta.alphaAtBeta(As2Harness.settings("ALPHA", null, true, true, false, MdnMode.SYNC, false), As2Harness.ALPHA_KEY.certificate());
        As2Peer betaAtAlpha = betaAtAlpha(true, true, false, false, As2Harness.BETA_KEY.certificate());

        As2Sender.Result result = As2Harness.alphaSender().send(betaAtAlpha, "order.x12", X12);

        assertThat(beta.requests).singleElement().satisfies(h -> assertThat(h.get("disposition-notification-options"))
                .contains("signed-receipt-micalg").contains("sha-256").doesNotContain("pkcs7-signature"));
        assertThat(result.outcome()).as(result.detail()).isEqualTo(As2Sender.Outcome.CONFIRMED);
        assertThat(result.detail()).contains("MIC " + result.mic() + " matches");
    }

    @Test
    void aPositiveUnsignedMdnWithoutMicIsADeliveryWithoutMicCheckNotARefusal() {
        beta.alphaAtBeta(As2Harness.settings("ALPHA", null, true, true, false, MdnMode.SYNC, false), As2Harness.ALPHA_KEY.certificate());
        As2Peer betaAtAlpha = betaAtAlpha(true, true, false, false, As2Harness.BETA_KEY.certificate());
        // a partner product that leaves the MIC out of unsigned MDNs
        beta.responseTamper = body -> new String(body, StandardCharsets.ISO_8859_1)
                .replaceAll("Received-Content-MIC: [^\r\n]*\r?\n", "").getBytes(StandardCharsets.ISO_8859_1);

        As2Sender.Result result = As2Harness.alphaSender().send(betaAtAlpha, "order.x12", X12);

        assertThat(result.outcome()).as(result.detail()).isEqualTo(As2Sender.Outcome.CONFIRMED);
        assertThat(result.detail()).contains("processed").contains("without a MIC check").doesNotContain("mismatch");
    }

    @Test
    void aNegativeMdnOfOursSaysWhatHappenedWithoutPlaceholders() {
        beta.alphaAtBeta(As2Harness.settings("ALPHA", null, true, false, false, MdnMode.SYNC, false), As2Harness.MALLORY_KEY.certificate());
        RawAs2Client.Mdn mdn;
        try {
            mdn = new RawAs2Client().send(beta.url(), X12);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
        assertThat(mdn.field("Disposition")).containsIgnoringCase("processed/error").containsIgnoringCase("integrity-check-failed");
        assertThat(mdn.text()).contains(mdn.messageId()).contains("ALPHA").contains("BETA")
                .contains("does not verify against the certificate of ALPHA")
                .doesNotContain("$").doesNotContainIgnoringCase("integrity was verified").doesNotContainIgnoringCase("verified and");
    }

    // --- a Content-Transfer-Encoding on the whole message or on a body part (as some AS2 products send) ---

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"base64", "quoted-printable", "BASE64", "binary", "8bit"})
    void aSignedEncryptedMessageSentWithAContentTransferEncodingIsDecodedBeforeDecryption(String encoding) throws Exception {
        beta.alphaAtBeta(As2Harness.settings("ALPHA", null, true, true, false, MdnMode.SYNC, true), As2Harness.ALPHA_KEY.certificate());
        RawAs2Client alpha = new RawAs2Client();
        alpha.encrypt = true;
        alpha.messageTransferEncoding = encoding;

        RawAs2Client.Mdn mdn = alpha.send(beta.url(), X12);

        assertThat(mdn.status()).isEqualTo(200);
        assertThat(mdn.signed()).isTrue();
        assertThat(mdn.field("Disposition")).as(mdn.text()).endsWith("processed");
        assertThat(mdn.field("Received-Content-MIC")).isEqualTo(mdn.expectedMic());
        assertThat(beta.accepted).singleElement().satisfies(a -> assertThat(a.payload()).isEqualTo(X12));
        assertThat(beta.refused).isEmpty();
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"base64", "quoted-printable"})
    void aCompressedSignedMessageSentWithAContentTransferEncodingIsDecodedBeforeVerification(String encoding) throws Exception {
        beta.alphaAtBeta(As2Harness.settings("ALPHA", null, true, false, false, MdnMode.SYNC, true), As2Harness.ALPHA_KEY.certificate());
        RawAs2Client alpha = new RawAs2Client();
        alpha.compressBeforeSign = true;
        alpha.messageTransferEncoding = encoding;

        RawAs2Client.Mdn mdn = alpha.send(beta.url(), X12_LF);

        assertThat(mdn.field("Disposition")).as(mdn.text()).endsWith("processed");
        assertThat(mdn.field("Received-Content-MIC")).isEqualTo(mdn.expectedMic());
        assertThat(beta.accepted).singleElement().satisfies(a -> assertThat(a.payload()).isEqualTo(X12_LF));
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"base64", "quoted-printable"})
    void anUnsignedPlainMessageSentWithAContentTransferEncodingIsStoredDecoded(String encoding) throws Exception {
        beta.alphaAtBeta(As2Harness.settings("ALPHA", null, false, false, false, MdnMode.SYNC, false), null);
        RawAs2Client alpha = new RawAs2Client();
        alpha.sign = false;
        alpha.mdnOptions = "signed-receipt-micalg=optional, sha-256";
        alpha.messageTransferEncoding = encoding;
        byte[] binary = (new String(X12, StandardCharsets.ISO_8859_1) + "N9*ZZ*caf\u00e9=\r\n~").getBytes(StandardCharsets.ISO_8859_1);

        RawAs2Client.Mdn mdn = alpha.send(beta.url(), binary);

        assertThat(mdn.field("Disposition")).as(mdn.text()).endsWith("processed");
        assertThat(mdn.field("Received-Content-MIC")).isEqualTo(java.util.Base64.getEncoder().encodeToString(
                java.security.MessageDigest.getInstance("SHA-256").digest(binary)) + ", sha-256");
        assertThat(beta.accepted).singleElement().satisfies(a -> assertThat(a.payload()).isEqualTo(binary));
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"base64", "quoted-printable"})
    void aSignedBodyPartWithAContentTransferEncodingIsDecodedBeforeStorage(String encoding) throws Exception {
        beta.alphaAtBeta(As2Harness.settings("ALPHA", null, true, true, false, MdnMode.SYNC, true), As2Harness.ALPHA_KEY.certificate());
        RawAs2Client alpha = new RawAs2Client();
        alpha.encrypt = true;
        alpha.transferEncoding = encoding;  // the payload part inside the signature

        RawAs2Client.Mdn mdn = alpha.send(beta.url(), X12);

        assertThat(mdn.field("Disposition")).as(mdn.text()).endsWith("processed");
        assertThat(mdn.field("Received-Content-MIC")).isEqualTo(mdn.expectedMic());
        assertThat(beta.accepted).singleElement().satisfies(a -> assertThat(a.payload()).isEqualTo(X12));
    }

    @Test
    void anUnknownContentTransferEncodingIsRefusedAndKept() throws Exception {
        beta.alphaAtBeta(As2Harness.settings("ALPHA", null, true, false, false, MdnMode.SYNC, true), As2Harness.ALPHA_KEY.certificate());
        RawAs2Client alpha = new RawAs2Client();
        alpha.messageTransferEncoding = "x-rot13";

        assertThat(alpha.send(beta.url(), X12).status()).isEqualTo(400);

        assertThat(beta.accepted).isEmpty();
        assertThat(beta.refused).singleElement().satisfies(r -> assertThat(r.reason()).contains("x-rot13"));
    }

    @Test
    void nobodyListeningIsRetryable() {
        As2Peer nowhere = new As2Peer(2L, "BETA", As2Harness.settings("BETA", "http://127.0.0.1:9/as2", true, true, false, MdnMode.SYNC, true),
                As2Harness.BETA_KEY.certificate());

        As2Sender.Result result = As2Harness.alphaSender().send(nowhere, "order.x12", X12);

        assertThat(result.outcome()).as(result.detail()).isEqualTo(As2Sender.Outcome.RETRY);
    }

    /** Beta as Alpha knows it: Beta's URL, synchronous MDNs, the given security and certificate. */
    private As2Peer betaAtAlpha(boolean signed, boolean encrypted, boolean compress, boolean mdnSigned,
                                java.security.cert.X509Certificate certificate) {
        return new As2Peer(2L, "BETA", As2Harness.settings("BETA", beta.url(), signed, encrypted, compress, MdnMode.SYNC, mdnSigned),
                certificate);
    }
}
