package com.ascendelements.portal.exchange;

/** How an interchange reached us or leaves us. */
public enum Transport {
    AS2, API_UPLOAD, PORTAL_UPLOAD, FOLDER, WEB_EDI
}
