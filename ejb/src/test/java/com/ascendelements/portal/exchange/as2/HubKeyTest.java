package com.ascendelements.portal.exchange.as2;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HubKeyTest {

    @Test
    void theDemoKeyPairIsGeneratedOnceReadableByTheOwnerOnlyAndReadBackAfterARestart(@TempDir Path data) throws Exception {
        HubKey first = HubKey.loadOrCreateDemo(data, "ASCENDELEMENTS");
        HubKey again = HubKey.loadOrCreateDemo(data, "ASCENDELEMENTS");

        assertThat(again.certificate()).isEqualTo(first.certificate());
        assertThat(again.privateKey().getEncoded()).isEqualTo(first.privateKey().getEncoded());
        assertThat(Files.getPosixFilePermissions(data.resolve("as2-hub.p12"))).isEqualTo(PosixFilePermissions.fromString("rw-------"));
        assertThat(Files.getPosixFilePermissions(data.resolve("as2-hub.p12.password"))).isEqualTo(PosixFilePermissions.fromString("rw-------"));
        assertThat(first.certificate().getSubjectX500Principal().getName()).contains("CN=ASCENDELEMENTS");

        char[] password = Files.readString(data.resolve("as2-hub.p12.password")).strip().toCharArray();
        assertThat(HubKey.fromPkcs12(data.resolve("as2-hub.p12"), password, null).certificate()).isEqualTo(first.certificate());
    }
}
