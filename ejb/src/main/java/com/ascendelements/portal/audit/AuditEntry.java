package com.ascendelements.portal.audit;

import com.ascendelements.portal.common.Texts;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/** One change somebody made: who, when, what they did, to which document, and the details. Never updated. */
@Entity
@Table(name = "audit_entry")
public class AuditEntry {

    @Id
    @SequenceGenerator(name = "audit_entry_seq", sequenceName = "audit_entry_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "audit_entry_seq")
    private Long id;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    private Instant occurredAt;

    @Column(name = "actor", length = 100, nullable = false, updatable = false)
    private String actor;

    @Column(name = "action", length = 60, nullable = false, updatable = false)
    private String action;

    @Column(name = "subject_type", length = 40, nullable = false, updatable = false)
    private String subjectType;

    @Column(name = "subject_id", length = 60, nullable = false, updatable = false)
    private String subjectId;

    @Column(name = "detail", length = 2000, updatable = false)
    private String detail;

    protected AuditEntry() {
        // JPA
    }

    AuditEntry(Instant occurredAt, String actor, String action, String subjectType, String subjectId, String detail) {
        this.occurredAt = Objects.requireNonNull(occurredAt);
        this.actor = Objects.requireNonNull(actor);
        this.action = Objects.requireNonNull(action);
        this.subjectType = Objects.requireNonNull(subjectType);
        this.subjectId = Objects.requireNonNull(subjectId);
        this.detail = Texts.fitting(detail, 2000);
    }

    public Instant occurredAt() { return occurredAt; }
    public String actor() { return actor; }
    public String action() { return action; }
    public String subjectType() { return subjectType; }
    public String subjectId() { return subjectId; }
    public String detail() { return detail; }
}
