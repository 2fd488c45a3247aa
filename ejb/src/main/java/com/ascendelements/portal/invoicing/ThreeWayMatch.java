package com.ascendelements.portal.invoicing;

import com.ascendelements.portal.common.Money;
import com.ascendelements.portal.common.Quantity;
import com.ascendelements.portal.common.UnitOfMeasure;
import com.ascendelements.portal.purchasing.PurchaseOrder;
import com.ascendelements.portal.purchasing.PurchaseOrderLine;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The three-way match of an invoice: each line against its PO line (price, ordered quantity), what was shipped against
 * that line, and the receipts it bills. The receipts are the ones the invoice's shipment references name (bill of
 * lading, shipment id, lot, delivery) or, when it names none of this order's shipments, the ones not yet billed, oldest
 * first; what other invoices have billed of a receipt cannot be billed again.
 *
 * <p>A difference is tolerated when it is within the contract's percentage and, where the contract sets one, its
 * absolute amount; an invoice line billed at a price below the order's is not a difference. All quantities are compared
 * in the PO line's unit, prices per the PO line's price unit.
 */
public final class ThreeWayMatch {

    /** A receipt of one lot and PO line: when, how much, the references of its shipment, and what other invoices billed of it. */
    public record Arrival(long receiptId, String poLineNumber, LocalDate receivedOn, Quantity received, Set<String> references,
                          Quantity billedElsewhere) {
    }

    /** An item shipped against a PO line, with the references that name its shipment and lot. */
    public record Shipment(String poLineNumber, Quantity quantity, Set<String> references) {
    }

    /** The contract's tolerances: quantity and price in percent, and an absolute amount (null: none). */
    public record Terms(BigDecimal quantityPercent, BigDecimal pricePercent, BigDecimal amount) {
        public static final Terms NONE = new Terms(BigDecimal.ZERO, BigDecimal.ZERO, null);
    }

    /** What a receipt gave to an invoice line. */
    public record Allocation(long receiptId, Quantity quantity) {
    }

    /**
     * The match of one invoice line with the figures finance compares, quantities in the PO line's unit: ordered, shipped
     * and received on the PO line, billed by earlier invoices, billed by this one, and what of it the receipts covered.
     */
    public record LineMatch(String lineNumber, MatchStatus status, Set<MatchReason> reasons, Quantity ordered, Quantity shipped,
                            Quantity received, Quantity invoicedBefore, Quantity invoiced, Quantity matched, Money contractPrice,
                            Money invoicePrice, Money difference, List<Allocation> allocations) {
    }

    private final PurchaseOrder order;
    private final Terms terms;
    private final List<Shipment> shipments;
    private final List<Arrival> arrivals;
    private final Map<String, Quantity> invoicedBefore;
    private final Set<String> namedElsewhere;
    private final boolean duplicate;

    /**
     * @param order          the order the invoice bills, null when it names none we know
     * @param invoicedBefore what the order's other invoices bill per PO line
     * @param namedElsewhere the shipment references the order's other invoices name (theirs to bill)
     * @param duplicate      whether an earlier invoice of the seller has the same order, total, date and shipments
     */
    public ThreeWayMatch(PurchaseOrder order, Terms terms, List<Shipment> shipments, List<Arrival> arrivals,
                         Map<String, Quantity> invoicedBefore, Set<String> namedElsewhere, boolean duplicate) {
        this.order = order;
        this.terms = terms;
        this.shipments = shipments;
        this.arrivals = arrivals;
        this.invoicedBefore = invoicedBefore;
        this.namedElsewhere = namedElsewhere;
        this.duplicate = duplicate;
    }

    public List<LineMatch> match(Invoice invoice) {
        Set<String> references = invoice.shipmentReferences();
        return invoice.lines().stream().map(line -> match(invoice, line, references)).toList();
    }

    private LineMatch match(Invoice invoice, InvoiceLine line, Set<String> references) {
        EnumSet<MatchReason> reasons = EnumSet.noneOf(MatchReason.class);
        if (duplicate) {
            reasons.add(MatchReason.DUPLICATE_INVOICE);
        }
        Optional<PurchaseOrderLine> found = order == null ? Optional.empty() : order.line(line.poLineNumber());
        if (found.isEmpty() || !convertible(line.quantity().unit(), found.get().quantity().unit())
                || !found.get().material().code().equals(line.material().code())) {
            reasons.add(order == null ? MatchReason.UNKNOWN_PURCHASE_ORDER : MatchReason.UNKNOWN_PO_LINE);
            Quantity none = Quantity.zero(line.quantity().unit());
            return new LineMatch(line.lineNumber(), MatchStatus.EXCEPTION, reasons, none, none, none, none, line.quantity(), none,
                    null, line.unitPrice(), line.amount().rounded(), List.of());
        }
        PurchaseOrderLine poLine = found.get();
        UnitOfMeasure unit = poLine.quantity().unit();
        Quantity invoiced = line.quantity().in(unit);
        Quantity before = invoicedBefore.getOrDefault(poLine.lineNumber(), Quantity.zero(unit)).in(unit);
        Quantity shipped = shipments.stream().filter(s -> poLine.lineNumber().equals(s.poLineNumber()))
                .filter(s -> convertible(s.quantity().unit(), unit)).map(Shipment::quantity).reduce(Quantity.zero(unit), Quantity::plus);
        Quantity received = arrivals.stream().filter(a -> poLine.lineNumber().equals(a.poLineNumber()))
                .filter(a -> convertible(a.received().unit(), unit)).map(Arrival::received).reduce(Quantity.zero(unit), Quantity::plus);
        List<Arrival> billable = billable(poLine.lineNumber(), unit, references);
        Quantity arrivedOfBilled = billable.stream().map(Arrival::received).reduce(Quantity.zero(unit), Quantity::plus);

        List<Allocation> allocations = new ArrayList<>();
        Quantity open = invoiced;
        for (Arrival arrival : billable) {
            Quantity free = arrival.received().minus(arrival.billedElsewhere()).in(unit);
            if (open.isPositive() && free.isPositive()) {
                Quantity taken = free.compareTo(open) < 0 ? free : open;
                allocations.add(new Allocation(arrival.receiptId(), taken));
                open = open.minus(taken);
            }
        }
        Quantity matched = invoiced.minus(open);

        boolean sameCurrency = invoice.currency().equals(poLine.unitPrice().currency());
        if (!sameCurrency) {
            reasons.add(MatchReason.CURRENCY_DIFFERS);
        }
        Money contractPrice = poLine.unitPrice();
        // the invoice's price per the PO line's price unit: e.g. 3,100 USD per t is 3.10 USD per kg
        Money invoicePrice = line.unitPrice().times(Quantity.of(BigDecimal.ONE, poLine.priceUnit()).in(line.priceUnit()).amount());
        // what the line bills beyond what was received at the order's price
        Money difference = sameCurrency
                ? Money.of(line.amount().amount().subtract(contractPrice.amount().multiply(matched.in(poLine.priceUnit()).amount())),
                        invoice.currency()).rounded()
                : Money.zero(invoice.currency());
        // only billing more than arrived at the order's price counts against the amount tolerance
        boolean withinAmount = terms.amount() == null || difference.amount().compareTo(terms.amount()) <= 0;

        boolean tolerated = false;
        if (!arrivedOfBilled.isPositive()) {
            // nothing it may bill has arrived: the truck it names is on its way, or (naming none) what arrived is
            // named by the order's other invoices
            reasons.add(namesAShipment(poLine.lineNumber(), references) || !received.isPositive()
                    ? MatchReason.NOT_YET_RECEIVED : MatchReason.OVER_INVOICED);
        } else if (open.isPositive()) {
            if (open.compareTo(matched.times(percent(terms.quantityPercent()))) <= 0 && withinAmount) {
                tolerated = true;
            } else {
                reasons.add(arrivedOfBilled.compareTo(invoiced) >= 0 ? MatchReason.OVER_INVOICED : MatchReason.QUANTITY_ABOVE_RECEIVED);
            }
        }
        Quantity allowed = poLine.quantity().times(BigDecimal.ONE.add(percent(terms.quantityPercent())));
        if (before.plus(invoiced).compareTo(allowed) > 0) {
            reasons.add(MatchReason.OVER_INVOICED);
        }
        if (sameCurrency && invoicePrice.amount().compareTo(contractPrice.amount()) > 0) {
            BigDecimal ceiling = contractPrice.amount().multiply(BigDecimal.ONE.add(percent(terms.pricePercent())));
            if (invoicePrice.amount().compareTo(ceiling) <= 0 && withinAmount) {
                tolerated = true;
            } else {
                reasons.add(MatchReason.PRICE_ABOVE_CONTRACT);
            }
        }
        MatchStatus status = !reasons.isEmpty() ? MatchStatus.EXCEPTION : tolerated ? MatchStatus.WITHIN_TOLERANCE : MatchStatus.MATCHED;
        return new LineMatch(line.lineNumber(), status, Collections.unmodifiableSet(reasons), poLine.quantity(), shipped, received,
                before, invoiced, matched, contractPrice, invoicePrice, difference, List.copyOf(allocations));
    }

    /**
     * The receipts an invoice line may bill: those of the shipments its references name, if it names any shipment of this
     * order; otherwise the receipts of the PO line that no other invoice names. Oldest first.
     */
    private List<Arrival> billable(String poLineNumber, UnitOfMeasure unit, Set<String> references) {
        boolean namesAShipment = namesAShipment(poLineNumber, references);
        return arrivals.stream().filter(a -> poLineNumber.equals(a.poLineNumber()) && convertible(a.received().unit(), unit))
                .filter(a -> namesAShipment ? !Collections.disjoint(a.references(), references)
                        : Collections.disjoint(a.references(), namedElsewhere))
                .sorted(Comparator.comparing(Arrival::receivedOn).thenComparingLong(Arrival::receiptId))
                .toList();
    }

    private boolean namesAShipment(String poLineNumber, Set<String> references) {
        return !references.isEmpty() && shipments.stream()
                .anyMatch(s -> poLineNumber.equals(s.poLineNumber()) && !Collections.disjoint(s.references(), references));
    }

    private static BigDecimal percent(BigDecimal value) {
        return value == null ? BigDecimal.ZERO : value.movePointLeft(2);
    }

    private static boolean convertible(UnitOfMeasure a, UnitOfMeasure b) {
        return a == b || (a.kilograms().isPresent() && b.kilograms().isPresent());
    }
}
