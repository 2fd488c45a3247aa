-- Syntax and business outcomes of a received file, side by side (issue 12 item 2): what our TA1/997 said, and what
-- became of its documents (applied, partly applied, refused with an 855/824). Null for outbound files and for files
-- processed before this version.
ALTER TABLE interchange ADD COLUMN syntax_outcome VARCHAR(24);
ALTER TABLE interchange ADD COLUMN business_outcome VARCHAR(24);
