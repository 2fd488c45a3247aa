-- Our outbound control numbers (ISA13, GS06, ST02), one counter per partner and kind. A row is locked while a
-- number is taken, so two nodes never hand out the same number.
CREATE TABLE control_number (
    partner_id BIGINT      NOT NULL REFERENCES trading_partner (id),
    kind       VARCHAR(20) NOT NULL,
    last_value BIGINT      NOT NULL,
    PRIMARY KEY (partner_id, kind)
);

-- An outbound TA1/997 points at the inbound interchange it answers.
ALTER TABLE interchange ADD COLUMN acknowledges_id BIGINT REFERENCES interchange (id);
CREATE INDEX ix_interchange_acknowledges ON interchange (acknowledges_id);
