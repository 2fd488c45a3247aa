package com.ascendelements.portal.partners;

/** What a trading partner is to the hub. A company can be both customer and supplier. */
public enum PartnerRole {
    /** Ascend Elements itself: the party that runs this portal. */
    HUB,
    /** Buys material from the hub (EcoPro). */
    CUSTOMER,
    /** Sells scrap or batteries to the hub (SK Battery America). */
    SUPPLIER
}
