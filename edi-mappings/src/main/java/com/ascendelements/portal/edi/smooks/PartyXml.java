package com.ascendelements.portal.edi.smooks;

import com.ascendelements.portal.edi.message.Party;

/** Writes an N1 loop (N1, N2, N3, N4) of a party. */
final class PartyXml {

    private PartyXml() {
    }

    static void write(Party party, InterchangeXmlBuilder xml) {
        write(party, xml, () -> { });
    }

    /** The N1 loop, closed by what {@code more} writes into it (segments X12 places after the last N1 loop). */
    static void write(Party party, InterchangeXmlBuilder xml, Runnable more) {
        xml.start("N1Loop");
        xml.segment("N1", party.getEntityCode(), party.getName(), party.getIdQualifier(), party.getId());
        if (party.getAdditionalName() != null) {
            xml.wrapped("N1Segment", "N2", party.getAdditionalName());
        }
        if (party.getAddressLine1() != null || party.getAddressLine2() != null) {
            xml.wrapped("N1Segment", "N3", party.getAddressLine1(), party.getAddressLine2());
        }
        if (party.getCity() != null || party.getStateCode() != null || party.getPostalCode() != null
                || party.getCountryCode() != null) {
            xml.wrapped("N1Segment", "N4", party.getCity(), party.getStateCode(), party.getPostalCode(),
                    party.getCountryCode());
        }
        more.run();
        xml.end();
    }
}
