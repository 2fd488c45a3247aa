package com.ascendelements.portal.exchange.translation;

import com.ascendelements.portal.common.Quantity;
import com.ascendelements.portal.common.UnitOfMeasure;
import com.ascendelements.portal.edi.message.AcknowledgedLine;
import com.ascendelements.portal.edi.message.LineAcknowledgment;
import com.ascendelements.portal.edi.message.PurchaseOrderAcknowledgmentMessage;
import com.ascendelements.portal.edi.message.PurchaseOrderMessage;
import com.ascendelements.portal.edi.message.ProductId;
import com.ascendelements.portal.purchasing.LineAnswer;
import com.ascendelements.portal.purchasing.LineStatus;
import com.ascendelements.portal.purchasing.PurchaseOrder;
import com.ascendelements.portal.purchasing.PurchaseOrderLine;
import com.ascendelements.portal.purchasing.PurchaseOrderStatus;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The anti-corruption layer for 855s. Outbound: a fully answered purchase order as the 855 that says so. Inbound: a
 * seller's 855 as its answers to the lines of the order it answers (ACK01 per line; BAK02 where a line has no ACK or
 * the 855 has no lines).
 */
public final class PurchaseOrderAcknowledgmentTranslator {

    /** ACK01 (X12 element 668) codes by what they say about the line. */
    private static final Set<String> ACCEPTING = Set.of("AC", "AR", "BP", "IA", "IB", "SP");
    private static final Set<String> CHANGING = Set.of("DR", "IC", "IE", "IF", "IH", "IP", "IQ", "IS", "IW");
    private static final Set<String> REJECTING = Set.of("ID", "IR", "R1", "R2", "R3", "R4");
    /** BAK02 (X12 element 587) codes that reject the whole order. */
    private static final Set<String> ORDER_REJECTED = Set.of("RD", "RF", "RJ", "RO", "RV");

    private PurchaseOrderAcknowledgmentTranslator() {
    }

    public static PurchaseOrderAcknowledgmentMessage toMessage(PurchaseOrder order) {
        String type = switch (order.status()) {
            case ACCEPTED -> "AD";
            case REJECTED -> "RJ";
            default -> "AC";
        };
        if (order.status() == PurchaseOrderStatus.OPEN) {
            throw new TranslationException("Purchase order " + order.poNumber() + " still has unanswered lines");
        }
        return acknowledgment(type, order.poNumber(), order.orderDate(),
                order.lines().stream().map(PurchaseOrderAcknowledgmentTranslator::line).toList(), List.of());
    }

    /**
     * The 855 that refuses an 850 the hub could not take as an order (an unknown material, unit or party): BAK02 RD,
     * every line as ordered with ACK IR, and the reason in an N9 L1 / MSG note, so that the buyer's system and its
     * people learn that the order was not taken, and why.
     */
    public static PurchaseOrderAcknowledgmentMessage refusal(PurchaseOrderMessage order, String reason) {
        List<AcknowledgedLine> lines = refusedLines(order, number -> true);
        // BAK02 RD: rejected with detail (the lines, each ACK IR); RJ, rejected without detail, for an order without lines
        return acknowledgment(lines.isEmpty() ? "RJ" : "RD", order.getPurchaseOrderNumber(), order.getOrderDate(), lines,
                List.of("Order not taken, " + reason));
    }

    /**
     * The 855 that tells a customer which lines of its 850 the hub did not take, and why, at once: BAK02 AC (acknowledged
     * with detail and change), those lines as ordered with ACK IR, one N9 L1 / MSG note per line with its reason. The
     * lines that were taken are not in it: they are answered when the hub confirms them, in the order's own 855.
     *
     * @param reasons why, by PO1 line number (as {@link PurchaseOrderTranslator#lineNumber} numbers them)
     */
    public static PurchaseOrderAcknowledgmentMessage linesRefused(PurchaseOrderMessage order, java.util.Map<String, String> reasons) {
        return acknowledgment("AC", order.getPurchaseOrderNumber(), order.getOrderDate(),
                refusedLines(order, reasons::containsKey), reasons.entrySet().stream()
                .map(e -> "Line " + e.getKey() + " not taken, " + e.getValue()).toList());
    }

    /** The 850's lines whose number passes, as ordered, each ACK IR. */
    private static List<AcknowledgedLine> refusedLines(PurchaseOrderMessage order, java.util.function.Predicate<String> which) {
        List<AcknowledgedLine> lines = new ArrayList<>();
        for (int i = 0; i < order.getLines().size(); i++) {
            com.ascendelements.portal.edi.message.PurchaseOrderLine l = order.getLines().get(i);
            if (which.test(PurchaseOrderTranslator.lineNumber(l, i))) {
                lines.add(line(l.getLineNumber(), l.getQuantity(), l.getUnitCode(), l.getUnitPrice(),
                        l.getProductIds().isEmpty() ? null : l.getProductIds().get(0).getId(), "IR"));
            }
        }
        return lines;
    }

    /**
     * @return the seller's answer to each line the 855 answers; every line of the order when the 855 answers the order
     *         as a whole (no PO1 loops)
     * @throws TranslationException when a line or a code of the 855 does not fit the order
     */
    public static List<LineAnswer> toAnswers(PurchaseOrderAcknowledgmentMessage message, PurchaseOrder order) {
        boolean orderRejected = message.getAcknowledgmentTypeCode() != null
                && ORDER_REJECTED.contains(message.getAcknowledgmentTypeCode().strip());
        if (message.getLines().isEmpty()) {
            LineStatus all = orderRejected ? LineStatus.REJECTED : LineStatus.ACCEPTED;
            return order.lines().stream().map(line -> LineAnswer.of(line.lineNumber(), all)).toList();
        }
        List<LineAnswer> answers = new ArrayList<>();
        for (AcknowledgedLine acknowledged : message.getLines()) {
            String number = acknowledged.getLineNumber() == null ? "" : acknowledged.getLineNumber().strip();
            PurchaseOrderLine line = order.line(number).orElseThrow(() -> new TranslationException(
                    "855 line " + number + ": purchase order " + order.poNumber() + " has no such line"));
            answers.add(answer(acknowledged, line, orderRejected));
        }
        return answers;
    }

    private static LineAnswer answer(AcknowledgedLine acknowledged, PurchaseOrderLine line, boolean orderRejected) {
        List<LineAcknowledgment> acks = acknowledged.getAcknowledgments();
        Quantity ordered = line.quantity();
        if (acks.isEmpty()) {
            if (orderRejected) {
                return LineAnswer.of(line.lineNumber(), LineStatus.REJECTED);
            }
            Quantity stated = quantity(acknowledged.getQuantity(), acknowledged.getUnitCode(), line);
            return stated == null || stated.compareTo(ordered) == 0 ? LineAnswer.of(line.lineNumber(), LineStatus.ACCEPTED)
                    : LineAnswer.changedTo(line.lineNumber(), stated);
        }
        Quantity confirmed = null;
        boolean changed = false;
        boolean anyKept = false;
        for (LineAcknowledgment ack : acks) {
            String code = ack.getStatusCode() == null ? "" : ack.getStatusCode().strip();
            if (REJECTING.contains(code)) {
                changed = true;  // a part of the line refused
                continue;
            }
            if (!ACCEPTING.contains(code) && !CHANGING.contains(code)) {
                throw new TranslationException("855 line " + line.lineNumber() + ": ACK01 '" + code
                        + "' is not a line status code (X12 element 668)");
            }
            anyKept = true;
            changed |= CHANGING.contains(code);
            Quantity part = quantity(ack.getQuantity(), ack.getUnitCode(), line);
            if (part != null) {
                confirmed = confirmed == null ? part : confirmed.plus(part);
            }
        }
        if (!anyKept) {
            return LineAnswer.of(line.lineNumber(), LineStatus.REJECTED);
        }
        if (confirmed != null && confirmed.compareTo(ordered) != 0) {
            return LineAnswer.changedTo(line.lineNumber(), confirmed);
        }
        return LineAnswer.of(line.lineNumber(), changed ? LineStatus.CHANGED : LineStatus.ACCEPTED);
    }

    /** A quantity of the 855 in the line's unit; the line's unit when the 855 names none; null when none is given. */
    private static Quantity quantity(BigDecimal amount, String unitCode, PurchaseOrderLine line) {
        if (amount == null) {
            return null;
        }
        UnitOfMeasure unit = unitCode == null || unitCode.isBlank() ? line.quantity().unit() : UnitCodes.toDomain(unitCode)
                .orElseThrow(() -> new TranslationException("855 line " + line.lineNumber() + ": unit " + unitCode + " is not one we trade in"));
        try {
            return Quantity.of(amount, unit).in(line.quantity().unit());
        } catch (IllegalArgumentException e) {
            throw new TranslationException("855 line " + line.lineNumber() + ": " + e.getMessage());
        }
    }

    private static AcknowledgedLine line(PurchaseOrderLine line) {
        String status = switch (line.status()) {
            case ACCEPTED -> "IA";
            case REJECTED -> "IR";
            case CHANGED -> "IC";
            case OPEN -> throw new TranslationException("Line " + line.lineNumber() + " has no answer yet");
        };
        return line(line.lineNumber(), line.quantity().amount(), UnitCodes.toX12(line.quantity().unit()), line.unitPrice().amount(),
                line.material().code(), status);
    }

    /**
     * An 855 to write: BAK02 {@code type} (AC acknowledged with detail and change, AD without change, RD rejected with
     * detail, RJ rejected without detail), the lines, and the notes a person at the buyer reads (an N9 L1 loop of MSGs).
     */
    private static PurchaseOrderAcknowledgmentMessage acknowledgment(String type, String poNumber, LocalDate poDate,
                                                                     List<AcknowledgedLine> lines, List<String> notes) {
        if (lines.isEmpty() && !"RJ".equals(type) && !"RD".equals(type)) {
            throw new IllegalArgumentException("An 855 that is not a rejection needs at least one line");
        }
        PurchaseOrderAcknowledgmentMessage ack = new PurchaseOrderAcknowledgmentMessage();
        ack.setAcknowledgmentTypeCode(type);
        ack.setPurchaseOrderNumber(poNumber);
        ack.setOrderDate(poDate);
        ack.setLines(new ArrayList<>(lines));
        ack.setNotes(new ArrayList<>(notes));
        return ack;
    }

    /** One answered line as ordered (PO1, the product as the vendor's part number), with one ACK: IA, IR or IC. */
    private static AcknowledgedLine line(String number, BigDecimal quantity, String unitCode, BigDecimal unitPrice, String productId,
                                         String status) {
        AcknowledgedLine line = new AcknowledgedLine();
        line.setLineNumber(number);
        line.setQuantity(quantity);
        line.setUnitCode(unitCode);
        line.setUnitPrice(unitPrice);
        if (productId != null) {
            line.getProductIds().add(new ProductId("VP", productId));
        }
        LineAcknowledgment ack = new LineAcknowledgment();
        ack.setStatusCode(status);
        if (quantity != null && unitCode != null) {  // ACK02 and ACK03 come in pairs
            ack.setQuantity(quantity);
            ack.setUnitCode(unitCode);
        }
        line.getAcknowledgments().add(ack);
        return line;
    }

}
