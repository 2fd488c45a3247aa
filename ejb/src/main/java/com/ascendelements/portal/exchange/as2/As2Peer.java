package com.ascendelements.portal.exchange.as2;

import com.ascendelements.portal.partners.As2Settings;
import java.security.cert.X509Certificate;
import java.util.Objects;

/**
 * A trading partner as the AS2 layer sees it: its identity, its profile and the certificate in use now (none when
 * none is imported or every imported one has expired).
 */
public record As2Peer(long partnerId, String code, As2Settings settings, X509Certificate certificate) {

    public As2Peer {
        Objects.requireNonNull(code);
        Objects.requireNonNull(settings);
    }

    public String as2Id() {
        return settings.as2Id();
    }

    /** The alias under which the AS2 library finds this partner's certificate. */
    String alias() {
        return "partner-" + code;
    }
}
