package com.ascendelements.portal.partners;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import com.ascendelements.portal.edi.x12.EnvelopeDeviation;
import java.time.Duration;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * How 997s flow with a partner: whether we answer its functional groups with 997s, whether it answers ours, and how
 * long we wait for its 997 before one of our groups is overdue, what we do when it reuses an interchange control
 * number for another file, which envelope deviations its system is known to make that we accept (each still noted
 * in the TA1/997 and the reason; none by default: strict), and whether a supplier is sent an 861 Receiving Advice for
 * what the hub receives of its shipments (off by default).
 */
@Embeddable
public class AcknowledgmentSettings {

    public static final int DEFAULT_WINDOW_HOURS = 24;

    @Column(name = "send_acknowledgments", nullable = false)
    private boolean sendAcknowledgments = true;

    @Column(name = "expect_acknowledgments", nullable = false)
    private boolean expectAcknowledgments = true;

    @Column(name = "acknowledgment_window_hours", nullable = false)
    private int windowHours = DEFAULT_WINDOW_HOURS;

    @Enumerated(EnumType.STRING)
    @Column(name = "reused_control_numbers", nullable = false, length = 24)
    private ReusedControlNumbers reusedControlNumbers = ReusedControlNumbers.REJECT;

    /** Names of the allowed {@link EnvelopeDeviation}s, comma-separated; empty is strict. */
    @Column(name = "allowed_envelope_deviations", nullable = false, length = 400)
    private String allowedEnvelopeDeviations = "";

    @Column(name = "send_receiving_advice", nullable = false)
    private boolean sendReceivingAdvice;

    @Column(name = "orders_under_contract", nullable = false)
    private boolean ordersUnderContract;

    protected AcknowledgmentSettings() {
        // JPA
    }

    public AcknowledgmentSettings(boolean sendAcknowledgments, boolean expectAcknowledgments, int windowHours) {
        this(sendAcknowledgments, expectAcknowledgments, windowHours, ReusedControlNumbers.REJECT);
    }

    public AcknowledgmentSettings(boolean sendAcknowledgments, boolean expectAcknowledgments, int windowHours,
                                  ReusedControlNumbers reusedControlNumbers) {
        this(sendAcknowledgments, expectAcknowledgments, windowHours, reusedControlNumbers, Set.of());
    }

    public AcknowledgmentSettings(boolean sendAcknowledgments, boolean expectAcknowledgments, int windowHours,
                                  ReusedControlNumbers reusedControlNumbers, Set<EnvelopeDeviation> allowedEnvelopeDeviations) {
        if (windowHours < 1 || windowHours > 24 * 30) {
            throw new IllegalArgumentException("The acknowledgment window is 1 to 720 hours: " + windowHours);
        }
        this.sendAcknowledgments = sendAcknowledgments;
        this.expectAcknowledgments = expectAcknowledgments;
        this.windowHours = windowHours;
        this.reusedControlNumbers = reusedControlNumbers == null ? ReusedControlNumbers.REJECT : reusedControlNumbers;
        this.allowedEnvelopeDeviations = allowedEnvelopeDeviations == null ? "" : allowedEnvelopeDeviations.stream().sorted()
                .map(Enum::name).collect(Collectors.joining(","));
    }

    public static AcknowledgmentSettings defaults() {
        return new AcknowledgmentSettings(true, true, DEFAULT_WINDOW_HOURS);
    }

    public boolean sendAcknowledgments() {
        return sendAcknowledgments;
    }

    public boolean expectAcknowledgments() {
        return expectAcknowledgments;
    }

    public int windowHours() {
        return windowHours;
    }

    public ReusedControlNumbers reusedControlNumbers() {
        return reusedControlNumbers == null ? ReusedControlNumbers.REJECT : reusedControlNumbers;
    }

    /** @return the envelope deviations accepted (and noted) from this partner; empty is strict */
    public Set<EnvelopeDeviation> allowedEnvelopeDeviations() {
        Set<EnvelopeDeviation> allowed = EnumSet.noneOf(EnvelopeDeviation.class);
        if (allowedEnvelopeDeviations != null) {
            for (String name : allowedEnvelopeDeviations.split(",")) {
                Arrays.stream(EnvelopeDeviation.values()).filter(d -> d.name().equals(name.strip())).forEach(allowed::add);
            }
        }
        return allowed;
    }

    /** Whether the partner, as a supplier, is sent an 861 for each receipt of its material at the hub's dock. */
    public boolean sendReceivingAdvice() {
        return sendReceivingAdvice;
    }

    /** These settings with 861s sent, or not. */
    public AcknowledgmentSettings withReceivingAdvice(boolean send) {
        AcknowledgmentSettings copy = copy();
        copy.sendReceivingAdvice = send;
        return copy;
    }

    /**
     * Whether every line the partner orders from the hub must fall under an active contract between the two for its
     * material on the order date (a line that does not is refused in the 855); off: orders outside contracts are taken
     * for the hub to answer.
     */
    public boolean ordersUnderContract() {
        return ordersUnderContract;
    }

    /** These settings with orders required to fall under a contract, or not. */
    public AcknowledgmentSettings withOrdersUnderContract(boolean required) {
        AcknowledgmentSettings copy = copy();
        copy.ordersUnderContract = required;
        return copy;
    }

    private AcknowledgmentSettings copy() {
        AcknowledgmentSettings copy = new AcknowledgmentSettings(sendAcknowledgments, expectAcknowledgments, windowHours,
                reusedControlNumbers(), allowedEnvelopeDeviations());
        copy.sendReceivingAdvice = sendReceivingAdvice;
        copy.ordersUnderContract = ordersUnderContract;
        return copy;
    }

    public Duration window() {
        return Duration.ofHours(windowHours);
    }
}
