package com.ascendelements.portal.purchasing;

import java.util.List;

/**
 * The buyer changed its order, or cancelled it ({@code changes} empty): the seller hears it as an 860, unless the change
 * came in as one ({@code received}), in which case the buyer hears the answer (the 865) from whoever applied it.
 */
public record PurchaseOrderChanged(PurchaseOrder order, List<LineChange> changes, boolean cancelled, boolean received) {
}
