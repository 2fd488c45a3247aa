-- Envelope deviations a partner's system is known to make and that we accept from it, noted (issue 10, item 8).
-- Names of com.ascendelements.portal.edi.x12.EnvelopeDeviation, comma-separated; empty is strict (the default).
ALTER TABLE trading_partner ADD COLUMN allowed_envelope_deviations VARCHAR(400) DEFAULT '' NOT NULL;
