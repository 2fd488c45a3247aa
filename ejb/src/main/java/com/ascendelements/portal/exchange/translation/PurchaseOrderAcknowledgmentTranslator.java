package com.ascendelements.portal.exchange.translation;

import com.ascendelements.portal.edi.x12.out.PurchaseOrderAcknowledgment;
import com.ascendelements.portal.purchasing.PurchaseOrder;
import com.ascendelements.portal.purchasing.PurchaseOrderLine;
import com.ascendelements.portal.purchasing.PurchaseOrderStatus;

/** The anti-corruption layer for outbound 855s: a fully answered purchase order as the 855 that says so. */
public final class PurchaseOrderAcknowledgmentTranslator {

    private PurchaseOrderAcknowledgmentTranslator() {
    }

    public static PurchaseOrderAcknowledgment toMessage(PurchaseOrder order) {
        String type = switch (order.status()) {
            case ACCEPTED -> "AD";
            case REJECTED -> "RJ";
            default -> "AC";
        };
        if (order.status() == PurchaseOrderStatus.OPEN) {
            throw new TranslationException("Purchase order " + order.poNumber() + " still has unanswered lines");
        }
        return new PurchaseOrderAcknowledgment(type, order.poNumber(), order.orderDate(),
                order.lines().stream().map(PurchaseOrderAcknowledgmentTranslator::line).toList());
    }

    private static PurchaseOrderAcknowledgment.Line line(PurchaseOrderLine line) {
        String status = switch (line.status()) {
            case ACCEPTED -> "IA";
            case REJECTED -> "IR";
            case CHANGED -> "IC";
            case OPEN -> throw new TranslationException("Line " + line.lineNumber() + " has no answer yet");
        };
        return new PurchaseOrderAcknowledgment.Line(line.lineNumber(), line.quantity().amount(),
                UnitCodes.toX12(line.quantity().unit()), line.unitPrice().amount(), line.material().code(), status);
    }

}
