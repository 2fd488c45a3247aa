package com.ascendelements.portal.partners;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.Duration;

/**
 * How 997s flow with a partner: whether we answer its functional groups with 997s, whether it answers ours, and how
 * long we wait for its 997 before one of our groups is overdue, and what we do when it reuses an interchange control
 * number for another file.
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

    protected AcknowledgmentSettings() {
        // JPA
    }

    public AcknowledgmentSettings(boolean sendAcknowledgments, boolean expectAcknowledgments, int windowHours) {
        this(sendAcknowledgments, expectAcknowledgments, windowHours, ReusedControlNumbers.REJECT);
    }

    public AcknowledgmentSettings(boolean sendAcknowledgments, boolean expectAcknowledgments, int windowHours,
                                  ReusedControlNumbers reusedControlNumbers) {
        if (windowHours < 1 || windowHours > 24 * 30) {
            throw new IllegalArgumentException("The acknowledgment window is 1 to 720 hours: " + windowHours);
        }
        this.sendAcknowledgments = sendAcknowledgments;
        this.expectAcknowledgments = expectAcknowledgments;
        this.windowHours = windowHours;
        this.reusedControlNumbers = reusedControlNumbers == null ? ReusedControlNumbers.REJECT : reusedControlNumbers;
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

    public Duration window() {
        return Duration.ofHours(windowHours);
    }
}
