/**
 * Value types shared by every capability: {@link com.ascendelements.portal.common.Quantity} (an amount with
 * its unit) and {@link com.ascendelements.portal.common.Money} (an amount with its currency). Never double.
 */
package com.ascendelements.portal.common;
