package com.ascendelements.portal.contracts;

/** Life of a contract: drafted, then active until it expires or is ended early. */
public enum ContractStatus {
    DRAFT, ACTIVE, SUSPENDED, EXPIRED, TERMINATED
}
