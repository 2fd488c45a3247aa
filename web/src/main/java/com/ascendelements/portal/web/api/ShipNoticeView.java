package com.ascendelements.portal.web.api;

import com.ascendelements.portal.common.Quantity;
import com.ascendelements.portal.shipping.LotReceipt;
import com.ascendelements.portal.shipping.ShipNotice;
import com.ascendelements.portal.shipping.ShipmentItem;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/** A ship notice as the API shows it: its lots and items with what has arrived of each, and every receipt. */
public record ShipNoticeView(long id, String shipmentId, String shipper, String receiver, OffsetDateTime shippedAt,
                             String billOfLading, String status, List<Item> items, List<Receipt> receipts) {

    /** One item: a lot's material against one PO line, shipped and (so far) received and rejected, in its unit. */
    public record Item(long id, String poNumber, String lotNumber, String poLineNumber, String material, BigDecimal shipped,
                       BigDecimal received, BigDecimal rejected, String unit) {
    }

    /** One receipt of one item on one delivery. */
    public record Receipt(long id, long itemId, String lotNumber, String poLineNumber, LocalDate receivedOn, String deliveryReference,
                         BigDecimal received, BigDecimal rejected, String unit, String rejectionReason, BigDecimal wetWeight,
                         BigDecimal moisturePercent, BigDecimal dryWeight, String weightUnit, boolean deliveryCompleted,
                         String receivedBy, Instant recordedAt) {
        static Receipt of(LotReceipt r) {
            ShipmentItem item = r.item();
            return new Receipt(r.id(), item.id(), item.lot().lotNumber(), item.poLineNumber(), r.receivedOn(),
                    r.deliveryReference().orElse(null), r.received().amount(), r.rejected().amount(), r.received().unit().symbol(),
                    r.rejectionReason().orElse(null), r.wetWeight().map(Quantity::amount).orElse(null),
                    r.moisturePercent().orElse(null), r.dryWeight().map(Quantity::amount).orElse(null),
                    r.wetWeight().map(w -> w.unit().symbol()).orElse(null), r.deliveryCompleted(), r.receivedBy(), r.recordedAt());
        }
    }

    static ShipNoticeView summary(ShipNotice n) {
        return new ShipNoticeView(n.id(), n.shipmentId(), n.shipper().code(), n.receiver().code(), n.shippedAt(), n.billOfLading(),
                n.status().name(), null, null);
    }

    static ShipNoticeView detail(ShipNotice n) {
        List<Item> items = n.orders().stream().flatMap(o -> o.lots().stream().flatMap(lot -> lot.items().stream().map(i ->
                new Item(i.id(), o.poNumber(), lot.lotNumber(), i.poLineNumber(), i.material().code(), i.quantity().amount(),
                        n.receivedOf(i).amount(), n.rejectedOf(i).amount(), i.quantity().unit().symbol())))).toList();
        return new ShipNoticeView(n.id(), n.shipmentId(), n.shipper().code(), n.receiver().code(), n.shippedAt(), n.billOfLading(),
                n.status().name(), items, n.lotReceipts().stream().map(Receipt::of).toList());
    }
}
