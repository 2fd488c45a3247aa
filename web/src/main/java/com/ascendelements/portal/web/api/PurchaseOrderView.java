package com.ascendelements.portal.web.api;

import com.ascendelements.portal.purchasing.PurchaseOrder;
import com.ascendelements.portal.purchasing.PurchaseOrderLine;
import com.ascendelements.portal.purchasing.StatusChange;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A purchase order as the API shows it; amounts are decimal strings in JSON numbers, never floating point. */
public record PurchaseOrderView(long id, String poNumber, String buyer, String seller, String contract,
                                LocalDate orderDate, String currency, String status, BigDecimal total,
                                List<Line> lines, List<Change> history) {

    public record Line(String lineNumber, String material, BigDecimal quantity, String unit, BigDecimal unitPrice, String priceUnit,
                       LocalDate requestedShipDate, LocalDate requestedDeliveryDate, String status) {
        static Line of(PurchaseOrderLine l) {
            return new Line(l.lineNumber(), l.material().code(), l.quantity().amount(), l.quantity().unit().symbol(),
                    l.unitPrice().amount(), l.priceUnit().symbol(), l.requestedShipDate(), l.requestedDeliveryDate(), l.status().name());
        }
    }

    public record Change(Instant at, String from, String to, String by, String reason) {
        static Change of(StatusChange c) {
            return new Change(c.at(), c.from() == null ? null : c.from().name(), c.to().name(), c.by(), c.reason());
        }
    }

    static PurchaseOrderView summary(PurchaseOrder o) {
        return new PurchaseOrderView(o.id(), o.poNumber(), o.buyer().code(), o.seller().code(),
                o.contract().map(c -> c.number()).orElse(null), o.orderDate(), o.currency(), o.status().name(),
                o.total().rounded().amount(), null, null);
    }

    static PurchaseOrderView detail(PurchaseOrder o) {
        return new PurchaseOrderView(o.id(), o.poNumber(), o.buyer().code(), o.seller().code(),
                o.contract().map(c -> c.number()).orElse(null), o.orderDate(), o.currency(), o.status().name(),
                o.total().rounded().amount(), o.lines().stream().map(Line::of).toList(),
                o.history().stream().map(Change::of).toList());
    }
}
