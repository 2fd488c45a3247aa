package com.ascendelements.portal.shipping;

import com.ascendelements.portal.common.Quantity;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One receipt as a person, the API or an 861 states it, before the ship notice checks it.
 *
 * @param lotNumber         the lot on the ship notice
 * @param poLineNumber      the PO line of the lot's item; may be omitted when the lot has one item
 * @param receivedOn        the day it arrived
 * @param deliveryReference the truck, delivery note or part bill of lading it came with; optional
 * @param received          the quantity accepted into stock
 * @param rejected          the quantity refused at the dock; optional
 * @param rejectionReason   why, when something was rejected
 * @param wetWeight         the weight on the scale, for material sold dry; optional
 * @param moisturePercent   the moisture of that weight; optional
 * @param dryWeight         the dry weight, when the lab states it instead of the moisture; optional
 * @param deliveryCompleted nothing more is expected of this item, even if less arrived than was shipped (the
 *                          "delivery completed" mark of a last truck); an item is complete anyway once received and
 *                          rejected reach the shipped quantity within the weight franchise
 */
public record ReceiptEntry(String lotNumber, String poLineNumber, LocalDate receivedOn, String deliveryReference,
                           Quantity received, Quantity rejected, String rejectionReason, Quantity wetWeight,
                           BigDecimal moisturePercent, Quantity dryWeight, boolean deliveryCompleted) {
}
