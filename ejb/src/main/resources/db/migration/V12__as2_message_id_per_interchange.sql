-- An outbound interchange keeps the AS2 Message-ID of its first attempt on every resend (a retry, a restart after a
-- crash): the Message-ID is recorded before the first send and looked up by interchange.
CREATE INDEX ix_as2_outbound_message_interchange ON as2_outbound_message (interchange_id);
