package com.ascendelements.portal.exchange.as2;

import com.helger.as2lib.AbstractDynamicComponent;
import com.helger.as2lib.cert.AS2CertificateNotFoundException;
import com.helger.as2lib.cert.AS2KeyNotFoundException;
import com.helger.as2lib.cert.ECertificatePartnershipType;
import com.helger.as2lib.cert.ICertificateFactory;
import com.helger.as2lib.exception.AS2Exception;
import com.helger.as2lib.message.IBaseMessage;
import com.helger.as2lib.partner.Partnership;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;

/**
 * The AS2 library's certificate factory for one exchange with one partner: the hub's key and certificate under the
 * alias {@value #HUB_ALIAS}, the partner's certificate under its own alias. Built per message from the profile in
 * the database, so that no keystore file holds partner certificates and an imported certificate applies at once.
 */
final class As2Keys extends AbstractDynamicComponent implements ICertificateFactory {

    static final String HUB_ALIAS = "hub";

    private final HubKey hub;
    private final As2Peer peer;

    As2Keys(HubKey hub, As2Peer peer) {
        this.hub = hub;
        this.peer = peer;
    }

    @Override
    public X509Certificate getCertificate(IBaseMessage message, ECertificatePartnershipType type) throws AS2Exception {
        Partnership partnership = message.partnership();
        String alias = type == ECertificatePartnershipType.SENDER ? partnership.getSenderX509Alias() : partnership.getReceiverX509Alias();
        if (HUB_ALIAS.equals(alias)) {
            return hub.certificate();
        }
        if (peer != null && peer.alias().equals(alias)) {
            if (peer.certificate() == null) {
                throw new AS2CertificateNotFoundException(type, alias);
            }
            return peer.certificate();
        }
        throw new AS2CertificateNotFoundException(type, alias);
    }

    @Override
    public PrivateKey getPrivateKey(X509Certificate certificate) throws AS2Exception {
        if (certificate != null && certificate.equals(hub.certificate())) {
            return hub.privateKey();
        }
        throw new AS2KeyNotFoundException(certificate, "", null, null);
    }
}
