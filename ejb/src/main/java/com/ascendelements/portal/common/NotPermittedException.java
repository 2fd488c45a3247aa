package com.ascendelements.portal.common;

import jakarta.ejb.ApplicationException;

/**
 * The caller may see the document but not do this to it (staff answering an order as its supplier would): refused
 * with the reason, nothing changed, nothing logged as a fault. The API answers 403, a page says why.
 */
@ApplicationException(rollback = true)
public class NotPermittedException extends RuntimeException {

    public NotPermittedException(String reason) {
        super(reason);
    }
}
