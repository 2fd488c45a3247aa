package com.ascendelements.portal.exchange;

public enum Direction {
    INBOUND, OUTBOUND
}
