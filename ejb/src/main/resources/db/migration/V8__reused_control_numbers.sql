-- What the gateway does with a file whose ISA13 the same sender used before for other content: REJECT (TA1 025,
-- the X12 default) or PROCESS_WITH_WARNING (processed, TA1 E 025). An exact resend is a duplicate either way.
ALTER TABLE trading_partner ADD COLUMN reused_control_numbers VARCHAR(24) DEFAULT 'REJECT' NOT NULL;
