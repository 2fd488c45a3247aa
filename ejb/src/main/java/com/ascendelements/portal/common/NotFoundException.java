package com.ascendelements.portal.common;

import jakarta.ejb.ApplicationException;

/**
 * A document that does not exist, or that the caller may not see: both answer the same, so that a partner user
 * cannot probe for other partners' document ids.
 */
@ApplicationException
public class NotFoundException extends RuntimeException {

    public NotFoundException(String what) {
        super(what + " not found");
    }
}
