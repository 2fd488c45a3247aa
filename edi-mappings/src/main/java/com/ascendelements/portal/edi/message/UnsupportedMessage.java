package com.ascendelements.portal.edi.message;

/**
 * A transaction set the portal does not translate (for instance an 860 or an 824): only its envelope and
 * ST/SE values are kept, so it can be routed or reported rather than failing the whole interchange.
 */
public class UnsupportedMessage extends X12Message {
}
