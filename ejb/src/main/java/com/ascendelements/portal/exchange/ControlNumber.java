package com.ascendelements.portal.exchange;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Objects;

/** The last control number of one kind we used with one partner. */
@Entity
@Table(name = "control_number")
public class ControlNumber {

    /** Which envelope the number goes into; each kind has its own range. */
    public enum Kind {
        INTERCHANGE(999_999_999L), GROUP(999_999_999L), TRANSACTION_SET(999_999_999L);

        private final long max;

        Kind(long max) {
            this.max = max;
        }
    }

    @EmbeddedId
    private Key key;

    @Column(name = "last_value", nullable = false)
    private long lastValue;

    protected ControlNumber() {
        // JPA
    }

    ControlNumber(long partnerId, Kind kind) {
        this.key = new Key(partnerId, kind);
    }

    /** The next number, starting at 1 again after the largest the envelope allows. */
    long next() {
        lastValue = lastValue >= key.kind.max ? 1 : lastValue + 1;
        return lastValue;
    }

    @Embeddable
    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;

        @Column(name = "partner_id")
        private long partnerId;

        @Enumerated(EnumType.STRING)
        @Column(name = "kind", length = 20)
        private Kind kind;

        protected Key() {
        }

        Key(long partnerId, Kind kind) {
            this.partnerId = partnerId;
            this.kind = kind;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && k.partnerId == partnerId && k.kind == kind;
        }

        @Override
        public int hashCode() {
            return Objects.hash(partnerId, kind);
        }
    }
}
