package com.ascendelements.portal.identity;

/** What a portal user may do. Role names are the Jakarta Security group names. */
public enum PortalRole {
    /** Runs the gateway: partner profiles, users, reprocessing. */
    ADMIN,
    /** Contracts, purchase orders, shipments, exceptions. */
    PROCUREMENT,
    /** Invoices, matching, settlement. */
    FINANCE,
    /** A user of one trading partner; sees that partner's documents only. */
    PARTNER;

    /** Role names for {@code @RolesAllowed}, kept beside the enum so they cannot drift. */
    public static final class Names {
        public static final String ADMIN = "ADMIN";
        public static final String PROCUREMENT = "PROCUREMENT";
        public static final String FINANCE = "FINANCE";
        public static final String PARTNER = "PARTNER";

        private Names() {
        }
    }
}
