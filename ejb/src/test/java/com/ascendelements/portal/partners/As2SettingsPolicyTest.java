package com.ascendelements.portal.partners;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import org.junit.jupiter.api.Test;

/** What we require of a partner's AS2 messages apart from what we send it (issue 10, item 14). */
class As2SettingsPolicyTest {

    private static As2Settings base(String encrypt) {
        return new As2Settings("P", "https://as2.partner.example/as2", false, false, false, As2Settings.MdnMode.SYNC, true, "sha-256", encrypt);
    }

    @Test
    void notRequiringSignaturesDoesNotStopUsSigning() {
        As2Settings s = base("aes256-cbc").withPolicy(true, true, "sha-256", "aes128-cbc", false, null);
        assertThat(s.requireSigned()).isFalse();
        assertThat(s.signOutbound()).isTrue();
        assertThat(s.encryptOutbound()).isTrue();
    }

    @Test
    void aesGcmOnlyForAPartnerThatSupportsIt() {
        assertThatThrownBy(() -> base("aes256-gcm").withPolicy(true, true, null, null, false, null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("AES-GCM");
        assertThat(base("aes256-gcm").withPolicy(true, true, null, null, true, null).encryptAlgorithm()).isEqualTo("aes256-gcm");
    }

    @Test
    void inboundAlgorithmsBelowTheMinimumAreNotAccepted() {
        As2Settings s = base("aes256-cbc").withPolicy(true, true, "sha-256", "aes128-cbc", false, null);
        assertThat(s.acceptsSignature("sha-1")).isFalse();
        assertThat(s.acceptsSignature("sha1")).isFalse();
        assertThat(s.acceptsSignature("md5")).isFalse();
        assertThat(s.acceptsSignature("sha-256")).isTrue();
        assertThat(s.acceptsSignature("sha512")).isTrue();
        assertThat(s.acceptsEncryption("3des")).isFalse();
        assertThat(s.acceptsEncryption("rc2-cbc")).isFalse();
        assertThat(s.acceptsEncryption("aes128-gcm")).isTrue();
        assertThat(s.acceptsEncryption("aes256-cbc")).isTrue();
    }

    @Test
    void mdnHostsCompareHostAndPort() {
        As2Settings s = base("aes256-cbc").withPolicy(true, true, null, null, false, "MDN.partner.example:8443, 10.0.0.5:80");
        assertThat(s.mdnHostsText()).isEqualTo("mdn.partner.example:8443,10.0.0.5:80");
        assertThat(s.mdnHosts()).contains(As2Settings.HostPort.of(URI.create("https://as2.partner.example/mdn")),
                As2Settings.HostPort.of(URI.create("https://mdn.partner.example:8443/x")));
        assertThat(s.mdnHosts()).doesNotContain(As2Settings.HostPort.of(URI.create("http://as2.partner.example/mdn")),
                As2Settings.HostPort.of(URI.create("https://mdn.partner.example/x")));
        assertThatThrownBy(() -> base("aes256-cbc").withPolicy(true, true, null, null, false, "mdn.partner.example"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("host:port");
    }
}
