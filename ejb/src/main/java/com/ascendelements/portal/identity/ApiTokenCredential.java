package com.ascendelements.portal.identity;

import jakarta.security.enterprise.credential.Credential;

/** An API token presented as "Authorization: Bearer ...". */
public record ApiTokenCredential(String token) implements Credential {

    @Override
    public String toString() {
        return "ApiTokenCredential[hidden]";
    }
}
