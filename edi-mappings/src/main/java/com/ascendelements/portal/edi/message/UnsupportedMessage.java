package com.ascendelements.portal.edi.message;

/**
 * A transaction set the portal does not translate (for instance a 997 or an 860): only its envelope and
 * ST/SE values are kept, so it can be routed or reported rather than failing the whole interchange.
 */
public class UnsupportedMessage extends X12Message {
}
