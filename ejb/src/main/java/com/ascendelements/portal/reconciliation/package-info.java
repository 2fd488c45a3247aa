/**
 * Finance's reconciliation of a partner and period: ordered, shipped, received, invoiced and approved per PO line in
 * quantity and money, the accruals (received, not invoiced) and what was invoiced before it was received, and how long
 * invoice exceptions have been waiting.
 */
package com.ascendelements.portal.reconciliation;
