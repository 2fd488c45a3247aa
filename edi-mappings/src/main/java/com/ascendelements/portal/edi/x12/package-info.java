/**
 * Envelope and syntax validation of inbound X12 files (StAEDI based).
 *
 * <p>Entry point: {@link com.ascendelements.portal.edi.x12.InterchangeValidator#validate(byte[])} returns an
 * {@link com.ascendelements.portal.edi.x12.X12ValidationReport}: one
 * {@link com.ascendelements.portal.edi.x12.InterchangeReport} per ISA..IEA (with its
 * {@link com.ascendelements.portal.edi.x12.X12Delimiters}), one
 * {@link com.ascendelements.portal.edi.x12.FunctionalGroupReport} per GS..GE and one
 * {@link com.ascendelements.portal.edi.x12.TransactionSetReport} per ST..SE, each carrying
 * {@link com.ascendelements.portal.edi.x12.X12Issue}s with their location and X12 code (TA105, AK905, AK502, AK304,
 * AK403). Acknowledgments are written from a report by {@link com.ascendelements.portal.edi.x12.ack.AcknowledgmentWriter}.
 *
 * <p>Transaction set schemas (StAEDI EDI schema v4) live in {@code com/ascendelements/portal/edi/x12/schema/}, one per set and version, generated from src/main/x12-schema.
 */
package com.ascendelements.portal.edi.x12;
