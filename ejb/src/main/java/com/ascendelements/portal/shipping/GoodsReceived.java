package com.ascendelements.portal.shipping;

/**
 * Something of a shipment arrived and was recorded (per lot and line). Observers run in the same transaction: the
 * invoices that bill it are matched again.
 */
public record GoodsReceived(ShipNotice notice, LotReceipt receipt) {
}
