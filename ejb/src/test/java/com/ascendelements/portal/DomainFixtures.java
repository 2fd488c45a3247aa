package com.ascendelements.portal;

import com.ascendelements.portal.catalog.Material;
import com.ascendelements.portal.catalog.MaterialCategory;
import com.ascendelements.portal.common.UnitOfMeasure;
import com.ascendelements.portal.partners.OutboundDelimiters;
import com.ascendelements.portal.partners.PartnerRole;
import com.ascendelements.portal.partners.TradingPartner;
import com.ascendelements.portal.partners.X12Identity;
import com.ascendelements.portal.partners.X12Version;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.EnumSet;

/** Partners, materials and a fixed clock for domain tests. */
public final class DomainFixtures {

    public static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-20T10:00:00Z"), ZoneOffset.UTC);

    private DomainFixtures() {
    }

    public static TradingPartner hub() {
        return partner("ASCEND", PartnerRole.HUB, "ASCENDELEMENTS");
    }

    public static TradingPartner customer() {
        return partner("ECOPRO", PartnerRole.CUSTOMER, "ECOPROBMUS");
    }

    public static TradingPartner supplier() {
        return partner("SKBA", PartnerRole.SUPPLIER, "080231617");
    }

    public static TradingPartner partner(String code, PartnerRole role, String x12Id) {
        return new TradingPartner(code, code + " Inc.", EnumSet.of(role),
                new X12Identity("ZZ", x12Id, code, X12Version.V004010), OutboundDelimiters.standard());
    }

    public static Material cam() {
        return new Material("CAM-NMC811", "NMC 811 CAM", MaterialCategory.CAM, UnitOfMeasure.KILOGRAM, null, null);
    }

    public static Material scrap() {
        return new Material("ES-NMC-AL", "Electrode scrap", MaterialCategory.ELECTRODE_SCRAP, UnitOfMeasure.KILOGRAM, null, null);
    }
}
