package com.ascendelements.portal.purchasing;

import com.ascendelements.portal.catalog.Material;
import com.ascendelements.portal.common.Money;
import com.ascendelements.portal.common.Quantity;
import com.ascendelements.portal.common.UnitOfMeasure;
import com.ascendelements.portal.contracts.Contract;
import com.ascendelements.portal.partners.TradingPartner;
import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A purchase order: EcoPro buying material from the hub, or the hub buying scrap from a supplier.
 * The PO number is the buyer's (BEG03) and is unique per buyer. Every status change is kept in its history.
 */
@Entity
@Table(name = "purchase_order")
@NamedQuery(name = PurchaseOrder.BY_NUMBER,
        query = "SELECT o FROM PurchaseOrder o WHERE o.buyer.id = :buyerId AND o.poNumber = :poNumber")
public class PurchaseOrder {

    static final String BY_NUMBER = "PurchaseOrder.byNumber";

    private static final Set<PurchaseOrderStatus> ANSWERABLE =
            EnumSet.of(PurchaseOrderStatus.OPEN, PurchaseOrderStatus.ACCEPTED, PurchaseOrderStatus.CHANGED);

    /** What the buyer may still change or cancel: nothing has shipped or been billed against it, and it stands. */
    private static final Set<PurchaseOrderStatus> CHANGEABLE =
            EnumSet.of(PurchaseOrderStatus.OPEN, PurchaseOrderStatus.ACCEPTED, PurchaseOrderStatus.CHANGED);

    private static final Set<PurchaseOrderStatus> SHIPPABLE =
            EnumSet.of(PurchaseOrderStatus.ACCEPTED, PurchaseOrderStatus.CHANGED, PurchaseOrderStatus.PARTIALLY_SHIPPED);

    @Id
    @SequenceGenerator(name = "purchase_order_seq", sequenceName = "purchase_order_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "purchase_order_seq")
    private Long id;

    @Version
    private long version;

    @Column(name = "po_number", length = 40, nullable = false)
    private String poNumber;

    @ManyToOne(optional = false)
    @JoinColumn(name = "buyer_id")
    private TradingPartner buyer;

    @ManyToOne(optional = false)
    @JoinColumn(name = "seller_id")
    private TradingPartner seller;

    @ManyToOne
    @JoinColumn(name = "contract_id")
    private Contract contract;

    @Column(name = "order_date", nullable = false)
    private LocalDate orderDate;

    @Column(name = "currency", length = 3, nullable = false)
    private String currency;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", length = 20, nullable = false)
    private PurchaseOrderStatus status;

    /** How many times the buyer has changed the order: the number of its latest change (BCH05 of the 860). */
    @Column(name = "change_count", nullable = false)
    private int changeCount;

    /** The buyer's own number of its latest change applied from its 860 (BCH05), when it gave one. */
    @Column(name = "buyer_change_number", length = 8)
    private String buyerChangeNumber;

    @OneToMany(mappedBy = "purchaseOrder", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("lineNumber")
    private List<PurchaseOrderLine> lines = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "purchase_order_status_change", joinColumns = @JoinColumn(name = "purchase_order_id"))
    @OrderColumn(name = "list_index")
    private List<StatusChange> history = new ArrayList<>();

    protected PurchaseOrder() {
        // JPA
    }

    private PurchaseOrder(String poNumber, TradingPartner buyer, TradingPartner seller, Contract contract,
                          LocalDate orderDate, String currency) {
        if (poNumber == null || poNumber.isBlank()) {
            throw new IllegalArgumentException("A purchase order needs a PO number");
        }
        this.poNumber = poNumber.strip();
        this.buyer = Objects.requireNonNull(buyer, "buyer");
        this.seller = Objects.requireNonNull(seller, "seller");
        if (buyer.code().equals(seller.code())) {
            throw new IllegalArgumentException("Buyer and seller of a purchase order must differ");
        }
        if (contract != null && (!contract.buyer().code().equals(buyer.code()) || !contract.seller().code().equals(seller.code()))) {
            throw new IllegalArgumentException("Contract " + contract.number() + " is not between " + buyer + " and " + seller);
        }
        this.contract = contract;
        this.orderDate = Objects.requireNonNull(orderDate, "order date");
        this.currency = Money.zero(currency).currency();
    }

    /** Opens a new order; the first entry of its history says who placed (or received) it. */
    public static PurchaseOrder place(String poNumber, TradingPartner buyer, TradingPartner seller, Contract contract,
                                      LocalDate orderDate, String currency, String placedBy, Clock clock) {
        PurchaseOrder order = new PurchaseOrder(poNumber, buyer, seller, contract, orderDate, currency);
        order.moveTo(PurchaseOrderStatus.OPEN, placedBy, null, clock);
        return order;
    }

    public PurchaseOrderLine addLine(String lineNumber, Material material, Quantity quantity, Money unitPrice,
                                     UnitOfMeasure priceUnit, LocalDate requestedShipDate, LocalDate requestedDeliveryDate) {
        if (status != PurchaseOrderStatus.OPEN) {
            throw new IllegalStateException("Lines can only be added to an open order; " + poNumber + " is " + status);
        }
        if (line(lineNumber).isPresent()) {
            throw new IllegalArgumentException("Order " + poNumber + " already has a line " + lineNumber);
        }
        if (!unitPrice.currency().equals(currency)) {
            throw new IllegalArgumentException("Line " + lineNumber + " is priced in " + unitPrice.currency()
                    + " but the order is in " + currency);
        }
        if (contract != null && !contract.material().code().equals(material.code())) {
            throw new IllegalArgumentException("Line " + lineNumber + ": contract " + contract.number()
                    + " covers " + contract.material().code() + ", not " + material.code());
        }
        PurchaseOrderLine line = new PurchaseOrderLine(this, lineNumber, material, quantity, unitPrice, priceUnit,
                requestedShipDate, requestedDeliveryDate);
        lines.add(line);
        return line;
    }

    /**
     * Records the seller's answer to one line; the order's status follows: rejected when every line is,
     * changed when any line is changed or rejected, accepted when every line is accepted.
     */
    public void answerLine(String lineNumber, LineStatus answer, String by, Clock clock) {
        answer(List.of(LineAnswer.of(lineNumber, answer)), by, clock);
    }

    /**
     * The seller confirms another quantity for one line (a change, ACK IC in the 855); returns the quantity it
     * replaces. The order's status follows as with {@link #answerLine}.
     */
    public Quantity changeLine(String lineNumber, Quantity confirmed, String by, Clock clock) {
        Quantity ordered = line(lineNumber).map(PurchaseOrderLine::quantity).orElse(null);
        answer(List.of(LineAnswer.changedTo(lineNumber, confirmed)), by, clock);
        return ordered;
    }

    /**
     * Records the seller's answers to several lines at once, as an 855 gives them: every answer is checked before any
     * is recorded, so that a refused answer leaves the order as it was. The status follows as with {@link #answerLine}.
     *
     * @return a line of text per change of quantity ("line 2: 20 t ordered, 18 t confirmed")
     */
    public List<String> answer(List<LineAnswer> answers, String by, Clock clock) {
        if (!ANSWERABLE.contains(status)) {
            throw new IllegalStateException("Order " + poNumber + " is " + status + " and can no longer be acknowledged");
        }
        for (LineAnswer answer : answers) {
            PurchaseOrderLine line = line(answer.lineNumber()).orElseThrow(
                    () -> new IllegalArgumentException("Order " + poNumber + " has no line " + answer.lineNumber()));
            if (answer.confirmed() != null) {
                line.checkChange(answer.confirmed());
            }
        }
        List<String> changes = new ArrayList<>();
        for (LineAnswer answer : answers) {
            PurchaseOrderLine line = line(answer.lineNumber()).orElseThrow();
            if (answer.confirmed() != null) {
                Quantity ordered = line.change(answer.confirmed());
                changes.add("line " + line.lineNumber() + ": " + ordered + " ordered, " + line.quantity() + " confirmed");
            } else {
                line.answer(answer.status());
            }
        }
        if (lines.stream().noneMatch(l -> l.status() == LineStatus.OPEN)) {
            moveTo(summaryOfAnswers(), by, null, clock);
        }
        return changes;
    }

    private PurchaseOrderStatus summaryOfAnswers() {
        if (lines.stream().allMatch(l -> l.status() == LineStatus.REJECTED)) {
            return PurchaseOrderStatus.REJECTED;
        }
        if (lines.stream().allMatch(l -> l.status() == LineStatus.ACCEPTED)) {
            return PurchaseOrderStatus.ACCEPTED;
        }
        return PurchaseOrderStatus.CHANGED;
    }

    /** Whether goods may ship against the order: its seller has answered it and not everything has shipped. */
    public boolean isShippable() {
        return SHIPPABLE.contains(status);
    }

    /** Whether the order may be invoiced: answered and not rejected, cancelled or closed. */
    public boolean isInvoiceable() {
        return isShippable() || status == PurchaseOrderStatus.SHIPPED || status == PurchaseOrderStatus.INVOICED;
    }

    /**
     * Records that a shipment left against the order: shipped when every line that was not rejected has shipped in
     * full, partially shipped otherwise.
     */
    public void recordShipment(boolean everyLineComplete, String by, Clock clock) {
        if (!isShippable()) {
            throw new IllegalStateException("Order " + poNumber + " is " + status + ": nothing can ship against it");
        }
        moveTo(everyLineComplete ? PurchaseOrderStatus.SHIPPED : PurchaseOrderStatus.PARTIALLY_SHIPPED, by, null, clock);
    }

    /** Records an invoice against the order; a fully shipped order is then invoiced. */
    public void recordInvoice(String by, Clock clock) {
        if (!isInvoiceable()) {
            throw new IllegalStateException("Order " + poNumber + " is " + status + " and cannot be invoiced");
        }
        if (status == PurchaseOrderStatus.SHIPPED) {
            moveTo(PurchaseOrderStatus.INVOICED, by, null, clock);
        }
    }

    /** Why the buyer may not change or cancel this order at all, if it may not. */
    public Optional<String> whyUnchangeable() {
        return CHANGEABLE.contains(status) ? Optional.empty() : Optional.of("Order " + poNumber + " is "
                + status.inWords()
                + "; only an order that nothing has shipped against, and that is not rejected or cancelled, can be changed");
    }

    /**
     * Per line asked for, why the change breaks a rule: the line must exist, once, not be rejected, and after the change
     * obey the rules of a new order's line ({@link OrderLineRules}: quantity, dates in order, the contract's end).
     */
    public Map<String, String> problemsOf(List<LineChange> changes) {
        Map<String, String> problems = new LinkedHashMap<>();
        Set<String> seen = new HashSet<>();
        for (LineChange change : changes) {
            String number = change.lineNumber() == null ? "" : change.lineNumber().strip();
            Optional<PurchaseOrderLine> line = line(number);
            if (!seen.add(number)) {
                problems.putIfAbsent(number, "the line is named twice in one change");
            } else if (line.isEmpty()) {
                problems.putIfAbsent(number, "order " + poNumber + " has no line " + number);
            } else if (change.isEmpty()) {
                problems.putIfAbsent(number, "nothing to change: give the new quantity or dates");
            } else if (line.get().status() == LineStatus.REJECTED) {
                problems.putIfAbsent(number, "the seller rejected this line; it cannot be changed");
            } else {
                line.get().problemWith(change, orderDate, contract).ifPresent(p -> problems.putIfAbsent(number, p));
            }
        }
        return problems;
    }

    /**
     * The buyer changes quantities or dates of lines: every change is checked before any is made, so that a refused
     * change leaves the order as it was. The line statuses and the order's status stay; the history says what changed.
     *
     * @return a line of text per changed line ("line 1: 20 t, now 25 t")
     */
    public List<String> change(List<LineChange> changes, String by, Clock clock) {
        whyUnchangeable().ifPresent(reason -> {
            throw new IllegalStateException(reason);
        });
        if (changes.isEmpty()) {
            throw new IllegalArgumentException("A change of order " + poNumber + " names at least one line");
        }
        Map<String, String> problems = problemsOf(changes);
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(problems.entrySet().stream().map(e -> "line " + e.getKey() + ": " + e.getValue())
                    .collect(java.util.stream.Collectors.joining("; ")));
        }
        List<String> done = new ArrayList<>();
        for (LineChange change : changes) {
            done.add(line(change.lineNumber().strip()).orElseThrow().change(change));
        }
        changeCount++;
        String text = "Change " + changeCount + ": " + String.join("; ", done);
        history.add(new StatusChange(clock.instant(), status, status, Objects.requireNonNull(by, "by"), text));
        return done;
    }

    /** Notes what happened to the order without changing it (the seller's answer to a change), in its history. */
    public void note(String by, String text, Clock clock) {
        history.add(new StatusChange(clock.instant(), status, status, Objects.requireNonNull(by, "by"), text));
    }

    /** The buyer cancels the order, which it may only do while it could change it. */
    public void cancel(String by, String reason, Clock clock) {
        whyUnchangeable().ifPresent(why -> {
            throw new IllegalStateException(why.replace("can be changed", "can be cancelled"));
        });
        changeCount++;   // a cancellation is the buyer's last change
        moveTo(PurchaseOrderStatus.CANCELLED, by, reason, clock);
    }

    private void moveTo(PurchaseOrderStatus next, String by, String reason, Clock clock) {
        if (next == status) {
            return;
        }
        history.add(new StatusChange(clock.instant(), status, next, Objects.requireNonNull(by, "by"), reason));
        status = next;
    }

    public Optional<PurchaseOrderLine> line(String lineNumber) {
        return lines.stream().filter(l -> l.lineNumber().equals(lineNumber)).findFirst();
    }

    /** The quantity tolerance of the order's contract in percent; none without a contract. */
    public java.math.BigDecimal quantityTolerancePercent() {
        return contract().map(c -> c.tolerances().quantityPercent()).orElse(java.math.BigDecimal.ZERO);
    }

    /** The most of one of its lines that may ship, or be billed, in all: what was ordered plus the tolerance. */
    public Quantity mostOf(PurchaseOrderLine line) {
        return line.quantity().times(java.math.BigDecimal.ONE.add(quantityTolerancePercent().movePointLeft(2)));
    }

    /** Sum of the lines' extended amounts. */
    public Money total() {
        return lines.stream().map(PurchaseOrderLine::extendedAmount).reduce(Money.zero(currency), Money::plus);
    }

    /** Whether the given partner is a party to this order (buyer or seller). */
    public boolean involves(TradingPartner partner) {
        return buyer.code().equals(partner.code()) || seller.code().equals(partner.code());
    }

    public Long id() {
        return id;
    }

    public String poNumber() {
        return poNumber;
    }

    public TradingPartner buyer() {
        return buyer;
    }

    public TradingPartner seller() {
        return seller;
    }

    public Optional<Contract> contract() {
        return Optional.ofNullable(contract);
    }

    public LocalDate orderDate() {
        return orderDate;
    }

    public String currency() {
        return currency;
    }

    public PurchaseOrderStatus status() {
        return status;
    }

    public List<PurchaseOrderLine> lines() {
        return Collections.unmodifiableList(lines);
    }

    /**
     * Why the buyer's change with its own number (BCH05) comes too late, if it does: a numbered change not above the last
     * one applied (an older change that arrives after a newer one must not overwrite it). Unnumbered changes, and numbers
     * that are not whole numbers, are taken in the order they arrive.
     */
    public Optional<String> whyOutOfDate(String buyersNumber) {
        if (buyersNumber == null || buyerChangeNumber == null || !buyersNumber.strip().matches("\\d{1,8}")
                || !buyerChangeNumber.matches("\\d{1,8}")) {
            return Optional.empty();
        }
        return Integer.parseInt(buyersNumber.strip()) <= Integer.parseInt(buyerChangeNumber)
                ? Optional.of("Change " + buyersNumber.strip() + " of order " + poNumber + " comes after change " + buyerChangeNumber
                + " was applied; it is not applied over it")
                : Optional.empty();
    }

    /** Remembers the buyer's number of the change just applied (BCH05). */
    public void changedAsNumbered(String buyersNumber) {
        if (buyersNumber != null && !buyersNumber.isBlank() && buyersNumber.strip().length() <= 8) {
            buyerChangeNumber = buyersNumber.strip();
        }
    }

    /** The number of the buyer's latest change; 0 while it has made none. */
    public int changeCount() {
        return changeCount;
    }

    public List<StatusChange> history() {
        return Collections.unmodifiableList(history);
    }
}
