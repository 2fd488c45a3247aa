package com.ascendelements.portal.partners;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.ascendelements.portal.exchange.as2.HubKey;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;

class PartnerCertificateTest {

    static final TradingPartner PARTNER = new TradingPartner("SKBA", "SK Battery America", EnumSet.of(PartnerRole.SUPPLIER),
            new X12Identity("01", "080231617", "SKBA", X12Version.V005010), OutboundDelimiters.standard());
    static final HubKey KEY = HubKey.generate("skba", Duration.ofDays(365));
    static final Clock NOW = Clock.fixed(Instant.now(), ZoneOffset.UTC);

    @Test
    void importsPemAndDerWithSubjectIssuerSerialExpiryAndFingerprint() throws Exception {
        PartnerCertificate fromPem = PartnerCertificate.importFor(PARTNER, KEY.certificatePem().getBytes(StandardCharsets.US_ASCII), NOW, "admin");
        PartnerCertificate fromDer = PartnerCertificate.importFor(PARTNER, KEY.certificate().getEncoded(), NOW, "admin");

        assertThat(fromPem.subject()).contains("CN=skba");
        assertThat(fromPem.issuer()).isEqualTo(fromPem.subject());  // self-signed
        assertThat(fromPem.serialNumber()).isEqualTo(KEY.certificate().getSerialNumber().toString(16));
        assertThat(fromPem.notAfter()).isEqualTo(KEY.certificate().getNotAfter().toInstant());
        assertThat(fromPem.fingerprint()).hasSize(64).isEqualTo(fromDer.fingerprint());
        assertThat(fromDer.certificate()).isEqualTo(KEY.certificate());
        assertThat(fromPem.expiresWithin(PartnerCertificate.EXPIRY_WARNING, NOW.instant())).isFalse();
    }

    @Test
    void warnsThirtyDaysBeforeExpiry() {
        HubKey soon = HubKey.generate("soon", Duration.ofDays(29));
        PartnerCertificate c = PartnerCertificate.importFor(PARTNER, soon.certificatePem().getBytes(StandardCharsets.US_ASCII), NOW, "admin");
        assertThat(c.expiresWithin(PartnerCertificate.EXPIRY_WARNING, NOW.instant())).isTrue();
    }

    @Test
    void refusesGarbagePrivateKeysExpiredCertificatesAndEmptyFiles() {
        assertThatThrownBy(() -> PartnerCertificate.importFor(PARTNER, "hello".getBytes(StandardCharsets.US_ASCII), NOW, "admin"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Not a PEM or DER");
        assertThatThrownBy(() -> PartnerCertificate.importFor(PARTNER, new byte[0], NOW, "admin"))
                .isInstanceOf(IllegalArgumentException.class);
        byte[] withKey = ("-----BEGIN PRIVATE KEY-----\nMIIB\n-----END PRIVATE KEY-----\n" + KEY.certificatePem())
                .getBytes(StandardCharsets.US_ASCII);
        assertThatThrownBy(() -> PartnerCertificate.importFor(PARTNER, withKey, NOW, "admin"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("private key");
        HubKey expired = HubKey.generate("old", Instant.now().minus(Duration.ofDays(30)), Instant.now().minus(Duration.ofDays(1)));
        assertThatThrownBy(() -> PartnerCertificate.importFor(PARTNER, expired.certificatePem().getBytes(StandardCharsets.US_ASCII), NOW, "admin"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("expired");
    }

    @Test
    void as2SettingsRefuseWhatCannotWork() {
        assertThatThrownBy(() -> As2Settings.secure("has space", null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> As2Settings.secure("OK", "ftp://x/as2")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new As2Settings("OK", null, true, true, false, As2Settings.MdnMode.SYNC, true, "md5", "aes256-cbc"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(As2Settings.secure("ECOPROBMUS", "https://as2.ecopro.example/as2").url()).isEqualTo("https://as2.ecopro.example/as2");
        assertThat(As2Settings.none().enabled()).isFalse();
    }
}
