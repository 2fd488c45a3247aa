package com.ascendelements.portal.purchasing;

import java.time.LocalDate;
import java.util.List;

/**
 * An order a customer places with the hub, as its system sent it (an 850), before the rules have seen it.
 *
 * @param orderDate      null when the document has none (the day it arrives is used)
 * @param contractNumber the contract the customer orders under, null when it names none
 */
public record CustomerOrder(String poNumber, LocalDate orderDate, String currency, String contractNumber, List<OrderedLine> lines) {

    public CustomerOrder {
        lines = List.copyOf(lines);
    }
}
