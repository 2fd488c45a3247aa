package com.ascendelements.portal.contracts;

/** How a contract prices material. */
public enum PricingBasis {
    /** A fixed unit price (pCAM, CAM, lithium salts, most scrap). */
    FIXED,
    /** Priced on assay: payable share of the metal content at a reference index (black mass). */
    ASSAY_INDEXED
}
