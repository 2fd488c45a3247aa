package com.ascendelements.portal.exchange.translation;

import com.ascendelements.portal.common.Quantity;
import com.ascendelements.portal.common.UnitOfMeasure;
import com.ascendelements.portal.edi.message.ChangedLine;
import com.ascendelements.portal.edi.message.DateReference;
import com.ascendelements.portal.edi.message.ProductId;
import com.ascendelements.portal.edi.message.PurchaseOrderChangeMessage;
import com.ascendelements.portal.edi.message.Reference;
import com.ascendelements.portal.edi.x12.out.OrderChangeAcknowledgment;
import com.ascendelements.portal.purchasing.LineChange;
import com.ascendelements.portal.purchasing.OrderChangeOutcome;
import com.ascendelements.portal.purchasing.PurchaseOrder;
import com.ascendelements.portal.purchasing.PurchaseOrderLine;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The 860 (a buyer's change to its order) to and from the domain's {@link LineChange}s, and the 865 that answers one.
 * Only translation: what the change may be is {@link com.ascendelements.portal.purchasing.OrderChanges}' business.
 */
public final class PurchaseOrderChangeTranslator {

    /** BCH01: the whole order is cancelled. */
    public static final String CANCELLATION = "01";

    /**
     * POC02 codes that change a line's quantity or dates, which the domain knows how to do: CA changes to the line, QI/QD/QC
     * quantity increase, decrease, change, CT change of dates, RS reschedule, RB replace all dates, RQ reschedule and
     * quantity, RZ replace all values. NC (a line repeated without change) is passed over.
     */
    private static final Set<String> LINE_CHANGES = Set.of("CA", "QI", "QD", "QC", "CT", "RS", "RB", "RQ", "RZ");

    private PurchaseOrderChangeTranslator() {
    }

    /** The changes asked for, and the lines whose POC the domain has no way to apply (an added line, a price), with why. */
    public record Translated(List<LineChange> changes, Map<String, String> untranslatable) {
    }

    /** Whether the 860 cancels the whole order rather than changing lines. */
    public static boolean cancels(PurchaseOrderChangeMessage message) {
        return CANCELLATION.equals(message.getPurposeCode());
    }

    /**
     * @param order the order the 860 names, for the units of quantities given without one (POC05 empty: the line's unit)
     */
    public static Translated toChanges(PurchaseOrderChangeMessage message, PurchaseOrder order) {
        List<LineChange> changes = new ArrayList<>();
        Map<String, String> untranslatable = new LinkedHashMap<>();
        for (ChangedLine poc : message.getLines()) {
            String number = poc.getLineNumber() == null ? "" : poc.getLineNumber().strip();
            String code = poc.getChangeCode() == null ? "" : poc.getChangeCode().strip().toUpperCase();
            if ("NC".equals(code)) {
                continue;   // concurrent item, no change
            }
            if (!LINE_CHANGES.contains(code)) {
                untranslatable.put(number, switch (code) {
                    case "AI" -> "adding a line (AI) is not done by a change: send a new order";
                    case "DI" -> "deleting a line (DI) is not done by a change: set its quantity, or cancel the order (BCH01 01)";
                    case "PC", "PQ", "PR" -> "prices are agreed in the contract or a new order, not by a change (" + code + ")";
                    case "CB", "CC" -> "changes to terms (" + code + ") are agreed in the contract, not by an order change";
                    default -> "change type " + code + " is not one we apply (CA, QI, QD, QC, CT, RS, RB, RQ, RZ)";
                });
                continue;
            }
            Quantity quantity = null;
            if (poc.getQuantity() != null) {
                Optional<UnitOfMeasure> unit = poc.getUnitCode() == null
                        ? order.line(number).map(l -> l.quantity().unit()) : UnitCodes.toDomain(poc.getUnitCode());
                if (unit.isEmpty()) {
                    untranslatable.put(number, "unit " + (poc.getUnitCode() == null ? "(none)" : poc.getUnitCode())
                            + " is not one we trade in (KG, LB, MT, EA)");
                    continue;
                }
                try {
                    quantity = Quantity.of(poc.getQuantity(), unit.get());
                } catch (IllegalArgumentException tooLarge) {
                    untranslatable.put(number, tooLarge.getMessage());
                    continue;
                }
            }
            changes.add(new LineChange(number, quantity, date(poc.getDates(), PurchaseOrderTranslator.REQUESTED_SHIP),
                    date(poc.getDates(), PurchaseOrderTranslator.REQUESTED_DELIVERY)));
        }
        return new Translated(changes, untranslatable);
    }

    /** The 860 the buyer sends for its change (or its cancellation: {@code changes} empty), numbered as the order counts them. */
    public static PurchaseOrderChangeMessage toMessage(PurchaseOrder order, List<LineChange> changes, boolean cancelled, LocalDate today) {
        PurchaseOrderChangeMessage message = new PurchaseOrderChangeMessage();
        message.setPurposeCode(cancelled ? CANCELLATION : "04");
        message.setPurchaseOrderNumber(order.poNumber());
        message.setChangeSequence(String.valueOf(order.changeCount()));
        message.setOrderDate(order.orderDate());
        message.setChangeDate(today);
        message.setCurrencyCode(order.currency());
        order.contract().ifPresent(c -> message.getReferences().add(new Reference("CT", c.number())));
        message.getParties().add(X12Text.party("BY", order.buyer()));
        message.getParties().add(X12Text.party("SE", order.seller()));
        for (LineChange change : changes) {
            PurchaseOrderLine line = order.line(change.lineNumber().strip()).orElseThrow();
            ChangedLine poc = new ChangedLine();
            poc.setLineNumber(line.lineNumber());
            poc.setChangeCode(change.quantity() == null ? "CT" : "CA");   // CT: change of dates; CA: changes to the line item
            poc.setQuantity(line.quantity().in(line.priceUnit()).amount().stripTrailingZeros());   // as the 850 gave it
            poc.setUnitCode(UnitCodes.toX12(line.priceUnit()));
            poc.getProductIds().add(new ProductId("VP", line.material().code()));
            if (line.requestedShipDate() != null) {
                poc.getDates().add(new DateReference(PurchaseOrderTranslator.REQUESTED_SHIP, line.requestedShipDate()));
            }
            if (line.requestedDeliveryDate() != null) {
                poc.getDates().add(new DateReference(PurchaseOrderTranslator.REQUESTED_DELIVERY, line.requestedDeliveryDate()));
            }
            message.getLines().add(poc);
        }
        return message;
    }

    /**
     * The 865 that answers a buyer's 860: every line it named accepted (AT), or, when the change was refused, every line
     * rejected with the reasons in notes (RD; nothing of a refused change is applied, so the lines that broke no rule
     * are rejected with it, and say so).
     */
    public static OrderChangeAcknowledgment answer(PurchaseOrderChangeMessage message, PurchaseOrder order, OrderChangeOutcome outcome,
                                                   Map<String, String> untranslatable, LocalDate today) {
        boolean accepted = outcome.applied() && untranslatable.isEmpty();
        Map<String, String> reasons = new LinkedHashMap<>(untranslatable);
        outcome.lineRefusals().forEach(reasons::putIfAbsent);
        List<OrderChangeAcknowledgment.Line> lines = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        outcome.refusal().ifPresent(notes::add);
        for (ChangedLine poc : message.getLines()) {
            String number = poc.getLineNumber() == null ? "" : poc.getLineNumber().strip();
            String product = poc.getProductIds().isEmpty() ? null : poc.getProductIds().get(0).getId();
            String unit = poc.getUnitCode() != null ? poc.getUnitCode()
                    : order.line(number).map(l -> UnitCodes.toX12(l.quantity().unit())).orElse(null);
            lines.add(new OrderChangeAcknowledgment.Line(number, poc.getChangeCode(), poc.getQuantity(), unit, product,
                    accepted ? "IA" : "IR"));
            if (!accepted) {
                notes.add("line " + number + ": " + reasons.getOrDefault(number, "not applied, another line of this change was refused"));
            }
        }
        return new OrderChangeAcknowledgment(accepted ? (lines.isEmpty() ? "AK" : "AT") : "RD", message.getPurchaseOrderNumber(), message.getOrderDate(),
                message.getChangeSequence(), today, lines, notes);
    }

    private static LocalDate date(List<DateReference> dates, String qualifier) {
        return dates.stream().filter(d -> qualifier.equals(d.getQualifier())).map(DateReference::getDate).filter(java.util.Objects::nonNull)
                .findFirst().orElse(null);
    }
}
