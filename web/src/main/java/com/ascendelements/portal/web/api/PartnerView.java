package com.ascendelements.portal.web.api;

import com.ascendelements.portal.partners.AcknowledgmentSettings;
import com.ascendelements.portal.partners.As2Settings;
import com.ascendelements.portal.partners.TradingPartner;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/** A trading partner profile as the API shows it. */
public record PartnerView(long id, String code, String name, Set<String> roles, String x12Qualifier,
                          String x12InterchangeId, String x12ApplicationCode, String x12Version, boolean active, AcknowledgmentView acknowledgments,
                          As2View as2) {

    /**
     * How 997s flow with the partner, what we do with a different file under an ISA13 it used before (REJECT or
     * PROCESS_WITH_WARNING), and the envelope deviations of its system we accept, each still noted (names of
     * EnvelopeDeviation; empty: strict), whether a supplier is sent 861s and whether a customer's orders must fall under
     * an active contract (ordersUnderContract).
     */
    public record AcknowledgmentView(boolean sendAcknowledgments, boolean expectAcknowledgments, int windowHours,
                                     String reusedControlNumbers, List<String> allowedEnvelopeDeviations, Boolean sendReceivingAdvice,
                                     Boolean ordersUnderContract) {
        static AcknowledgmentView of(AcknowledgmentSettings s) {
            return new AcknowledgmentView(s.sendAcknowledgments(), s.expectAcknowledgments(), s.windowHours(),
                    s.reusedControlNumbers().name(), s.allowedEnvelopeDeviations().stream().map(Enum::name).toList(), s.sendReceivingAdvice(),
                    s.ordersUnderContract());
        }
    }

    /**
     * The partner's AS2 settings; null when it does not trade over AS2. {@code requireSigned}, {@code requireEncrypted},
     * {@code minSignAlgorithm}, {@code minEncryptAlgorithm} and {@code mdnHosts} are what we require of its messages;
     * {@code signOutbound}, {@code encryptOutbound}, {@code compress}, the algorithms, {@code gcmSupported},
     * {@code transferEncoding} (BINARY or BASE64) and the MDN settings are about what we send it. In a change, a missing signOutbound / encryptOutbound follows
     * requireSigned / requireEncrypted, missing minimums are sha-256 and aes128-cbc.
     */
    public record As2View(String as2Id, String url, boolean requireSigned, boolean requireEncrypted, boolean compress,
                          String mdnMode, boolean mdnSigned, String signAlgorithm, String encryptAlgorithm,
                          Boolean signOutbound, Boolean encryptOutbound, String minSignAlgorithm, String minEncryptAlgorithm,
                          boolean gcmSupported, String mdnHosts, String transferEncoding) {
        static As2View of(As2Settings s) {
            return s.enabled() ? new As2View(s.as2Id(), s.url(), s.requireSigned(), s.requireEncrypted(), s.compress(),
                    s.mdnMode().name(), s.mdnSigned(), s.signAlgorithm(), s.encryptAlgorithm(), s.signOutbound(),
                    s.encryptOutbound(), s.minSignAlgorithm(), s.minEncryptAlgorithm(), s.gcmSupported(), s.mdnHostsText(),
                    s.transferEncoding().name()) : null;
        }
    }

    static PartnerView of(TradingPartner p) {
        Set<String> roles = new TreeSet<>();
        p.roles().forEach(r -> roles.add(r.name()));
        return new PartnerView(p.id(), p.code(), p.name(), roles, p.x12().qualifier(), p.x12().interchangeId(),
                p.x12().applicationCode(), p.x12().version().code(), p.isActive(), AcknowledgmentView.of(p.acknowledgments()), As2View.of(p.as2()));
    }
}
