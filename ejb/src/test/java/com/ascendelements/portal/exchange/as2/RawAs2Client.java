package com.ascendelements.portal.exchange.as2;

import jakarta.mail.internet.InternetHeaders;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.internet.MimeUtility;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.bouncycastle.asn1.ASN1OctetString;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cms.CMSAlgorithm;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.jcajce.JceCMSContentEncryptorBuilder;
import org.bouncycastle.cms.jcajce.JceKeyTransRecipientInfoGenerator;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoGeneratorBuilder;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.bouncycastle.cms.jcajce.ZlibCompressor;
import org.bouncycastle.mail.smime.SMIMECompressedGenerator;
import org.bouncycastle.mail.smime.SMIMEEnvelopedGenerator;
import org.bouncycastle.mail.smime.SMIMESigned;
import org.bouncycastle.mail.smime.SMIMESignedGenerator;

/**
 * An AS2 sender written with BouncyCastle and the JDK's HTTP client only (no as2-lib), the way other AS2 products
 * build their messages: optionally compressed BEFORE signing (OpenAS2's default), signed with a chosen digest, the
 * content sent with a chosen Content-Transfer-Encoding. It remembers the digest the signature covers (the CMS
 * messageDigest attribute), which is the MIC a correct MDN must return, and reads the MDN field by field.
 */
final class RawAs2Client {

    static {
        if (java.security.Security.getProvider("BC") == null) {
            java.security.Security.addProvider(new org.bouncycastle.jce.provider.BouncyCastleProvider());
        }
    }

    /** One MDN as received: HTTP status, whether it was signed (and verified), and its disposition fields. */
    record Mdn(int status, boolean signed, Map<String, String> fields, String text, String messageId, String expectedMic,
               Map<String, String> httpHeaders) {
        String field(String name) {
            return fields.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name)).map(Map.Entry::getValue)
                    .findFirst().orElse(null);
        }
    }

    String from = "ALPHA";
    String to = "BETA";
    HubKey key = As2Harness.ALPHA_KEY;
    boolean compressBeforeSign;
    boolean sign = true;
    String signatureAlgorithm = "SHA256withRSA";
    String micAlg = "sha-256";
    String transferEncoding = "binary";
    /** Encrypt (after signing) to {@link #encryptTo}, as application/pkcs7-mime. */
    boolean encrypt;
    X509Certificate encryptTo = As2Harness.BETA_KEY.certificate();
    /** A Content-Transfer-Encoding of the whole HTTP body (base64, quoted-printable), as some products send; null: none. */
    String messageTransferEncoding;
    /** Disposition-Notification-Options; null sends none. */
    String mdnOptions = "signed-receipt-protocol=optional, pkcs7-signature; signed-receipt-micalg=optional, sha-256";
    String receiptDeliveryOption;
    X509Certificate mdnSigner = As2Harness.BETA_KEY.certificate();

    Mdn send(String url, byte[] content) throws Exception {
        MimeBodyPart part = new MimeBodyPart();
        part.setContent(content, "application/edi-x12");
        part.setHeader("Content-Type", "application/edi-x12");
        part.setHeader("Content-Transfer-Encoding", transferEncoding);
        part.setHeader("Content-Disposition", "attachment; filename=\"raw.x12\"");
        MimeBodyPart payload = part;
        if (compressBeforeSign) {
            payload = new SMIMECompressedGenerator().generate(part, new ZlibCompressor());
        }
        String contentType;
        byte[] body;
        String expectedMic = null;
        MimeBodyPart inner = payload;
        if (sign) {
            SMIMESignedGenerator generator = new SMIMESignedGenerator();
            generator.addSignerInfoGenerator(new JcaSimpleSignerInfoGeneratorBuilder().setProvider("BC")
                    .build(signatureAlgorithm, key.privateKey(), key.certificate()));
            generator.addCertificates(new JcaCertStore(List.of(key.certificate())));
            MimeMultipart signed = generator.generate(payload);
            inner = new MimeBodyPart();
            inner.setContent(signed);
            inner.setHeader("Content-Type", signed.getContentType());
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            signed.writeTo(out);
            body = out.toByteArray();
            contentType = signed.getContentType().replaceAll("\\r?\\n[ \\t]*", " ");
            // what the signature covers, from the signature itself: the MIC the MDN must return
            SignerInformation signer = new SMIMESigned(signed).getSignerInfos().getSigners().iterator().next();
            ASN1OctetString digest = ASN1OctetString.getInstance(
                    signer.getSignedAttributes().get(CMSAttributes.messageDigest).getAttrValues().getObjectAt(0));
            expectedMic = Base64.getEncoder().encodeToString(digest.getOctets()) + ", " + micAlg;
        } else {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            payload.getDataHandler().writeTo(out);
            body = out.toByteArray();
            contentType = payload.getContentType();
        }
        if (encrypt) {
            SMIMEEnvelopedGenerator generator = new SMIMEEnvelopedGenerator();
            generator.addRecipientInfoGenerator(new JceKeyTransRecipientInfoGenerator(encryptTo).setProvider("BC"));
            MimeBodyPart enveloped = generator.generate(inner,
                    new JceCMSContentEncryptorBuilder(CMSAlgorithm.AES256_CBC).setProvider("BC").build());
            try (var in = enveloped.getInputStream()) {
                body = in.readAllBytes();  // the DER, without the part's own base64
            }
            contentType = enveloped.getContentType().replaceAll("\\r?\\n[ \\t]*", " ");
        }
        if (messageTransferEncoding != null && !messageTransferEncoding.startsWith("x-")) {
            if (encrypt && messageTransferEncoding.equalsIgnoreCase("quoted-printable")) {
                body = binaryQuotedPrintable(body);
            } else {
                ByteArrayOutputStream encoded = new ByteArrayOutputStream();
                try (var out = MimeUtility.encode(encoded, messageTransferEncoding)) {
                    out.write(body);
                }
                body = encoded.toByteArray();
            }
        }
        String messageId = "<" + UUID.randomUUID() + "@raw-as2-client>";
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(20))
                .header("AS2-Version", "1.2").header("AS2-From", from).header("AS2-To", to).header("Message-ID", messageId)
                .header("MIME-Version", "1.0").header("Content-Type", contentType)
                .header("Disposition-Notification-To", "edi@alpha.invalid")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        if (messageTransferEncoding != null) {
            request.header("Content-Transfer-Encoding", messageTransferEncoding);
        }
        if (mdnOptions != null) {
            request.header("Disposition-Notification-Options", mdnOptions);
        }
        if (receiptDeliveryOption != null) {
            request.header("Receipt-Delivery-Option", receiptDeliveryOption);
        }
        HttpResponse<byte[]> response = HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        Map<String, String> httpHeaders = new LinkedHashMap<>();
        response.headers().map().forEach((k, v) -> httpHeaders.put(k.toLowerCase(java.util.Locale.ROOT), String.join(", ", v)));
        return read(response.statusCode(), httpHeaders, response.body(), messageId, expectedMic);
    }

    /** Quoted-printable of binary data (RFC 2045 §6.7): CR and LF escaped too, soft line breaks every 72 characters. */
    static byte[] binaryQuotedPrintable(byte[] data) {
        StringBuilder out = new StringBuilder();
        int line = 0;
        for (byte b : data) {
            int c = b & 0xff;
            String token = c >= 33 && c <= 126 && c != '=' ? String.valueOf((char) c) : String.format("=%02X", c);
            if (line + token.length() > 72) {
                out.append("=\r\n");
                line = 0;
            }
            out.append(token);
            line += token.length();
        }
        return out.toString().getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    }

    private Mdn read(int status, Map<String, String> headers, byte[] body, String messageId, String expectedMic) throws Exception {
        String type = headers.get("content-type");
        if (type == null || body.length == 0 || !type.toLowerCase(java.util.Locale.ROOT).startsWith("multipart/")) {
            return new Mdn(status, false, Map.of(), null, messageId, expectedMic, headers);
        }
        InternetHeaders h = new InternetHeaders();
        h.setHeader("Content-Type", type);
        MimeBodyPart mdn = new MimeBodyPart(h, body);
        boolean signed = false;
        MimeBodyPart report = mdn;
        if (mdn.isMimeType("multipart/signed")) {
            MimeMultipart parts = (MimeMultipart) mdn.getContent();
            SMIMESigned smime = new SMIMESigned(parts);
            for (SignerInformation signer : smime.getSignerInfos().getSigners()) {
                signed = signer.verify(new JcaSimpleSignerInfoVerifierBuilder().setProvider("BC").build(mdnSigner));
            }
            report = (MimeBodyPart) parts.getBodyPart(0);
        }
        Map<String, String> fields = new LinkedHashMap<>();
        String text = null;
        MimeMultipart reportParts = (MimeMultipart) report.getContent();
        for (int i = 0; i < reportParts.getCount(); i++) {
            var p = reportParts.getBodyPart(i);
            if (p.isMimeType("message/disposition-notification")) {
                InternetHeaders f = new InternetHeaders(p.getInputStream());
                var lines = f.getAllHeaders();
                while (lines.hasMoreElements()) {
                    var header = lines.nextElement();
                    fields.put(header.getName(), header.getValue().strip());
                }
            } else if (p.isMimeType("text/plain")) {
                text = p.getContent().toString();
            }
        }
        return new Mdn(status, signed, fields, text, messageId, expectedMic, headers);
    }
}
