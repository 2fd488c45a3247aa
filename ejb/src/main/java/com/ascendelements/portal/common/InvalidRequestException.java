package com.ascendelements.portal.common;

import jakarta.ejb.ApplicationException;

/**
 * A request an application service refuses because of what the caller asked for (a bad page size, a quantity
 * below zero): the caller gets the message, the transaction is rolled back, nothing is logged as a fault.
 */
@ApplicationException(rollback = true)
public class InvalidRequestException extends RuntimeException {

    public InvalidRequestException(String message) {
        super(message);
    }
}
