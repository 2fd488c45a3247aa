/**
 * Outbound X12 acknowledgments: TA1 interchange acknowledgments and 997 functional acknowledgments, written with
 * StAEDI's EDIStreamWriter from a validation report.
 */
package com.ascendelements.portal.edi.x12.ack;
