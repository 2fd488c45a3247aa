package com.ascendelements.portal.partners;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.Duration;

/**
 * How 997s flow with a partner: whether we answer its functional groups with 997s, whether it answers ours, and how
 * long we wait for its 997 before one of our groups is overdue.
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

    protected AcknowledgmentSettings() {
        // JPA
    }

    public AcknowledgmentSettings(boolean sendAcknowledgments, boolean expectAcknowledgments, int windowHours) {
        if (windowHours < 1 || windowHours > 24 * 30) {
            throw new IllegalArgumentException("The acknowledgment window is 1 to 720 hours: " + windowHours);
        }
        this.sendAcknowledgments = sendAcknowledgments;
        this.expectAcknowledgments = expectAcknowledgments;
        this.windowHours = windowHours;
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

    public Duration window() {
        return Duration.ofHours(windowHours);
    }
}
