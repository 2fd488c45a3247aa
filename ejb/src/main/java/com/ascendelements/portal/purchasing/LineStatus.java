package com.ascendelements.portal.purchasing;

/** The seller's answer to one PO line (what an 855 ACK segment says). */
public enum LineStatus {
    OPEN, ACCEPTED, CHANGED, REJECTED
}
