package com.ascendelements.portal.catalog;

/** Where a material sits in the closed loop, from scrap to cathode. */
public enum MaterialCategory {
    /** Electrode and cell scrap from battery manufacturing (coated foil, off-spec cells). */
    ELECTRODE_SCRAP,
    /** Spent EV battery packs and modules. */
    END_OF_LIFE_BATTERY,
    /** Shredded, dried active material: Ni, Co, Mn, Li, with graphite. Priced on assay. */
    BLACK_MASS,
    /** Cathode precursor, e.g. NMC hydroxide. */
    PCAM,
    /** Cathode active material, e.g. lithiated NMC oxide. */
    CAM,
    /** Lithium carbonate or hydroxide. */
    LITHIUM_SALT
}
