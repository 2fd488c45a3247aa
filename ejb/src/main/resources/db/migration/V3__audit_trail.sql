-- Who changed what, when: one row per change made by a person or a partner's system.
CREATE SEQUENCE audit_entry_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE audit_entry (
    id           BIGINT                   NOT NULL PRIMARY KEY,
    occurred_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    actor        VARCHAR(100)             NOT NULL,
    action       VARCHAR(60)              NOT NULL,
    subject_type VARCHAR(40)              NOT NULL,
    subject_id   VARCHAR(60)              NOT NULL,
    detail       VARCHAR(2000)
);
CREATE INDEX ix_audit_entry_subject ON audit_entry (subject_type, subject_id, occurred_at);
CREATE INDEX ix_audit_entry_time ON audit_entry (occurred_at);
