package com.ascendelements.portal.web.api;

import com.ascendelements.portal.partners.TradingPartner;
import java.util.Set;
import java.util.TreeSet;

/** A trading partner profile as the API shows it. */
public record PartnerView(long id, String code, String name, Set<String> roles, String x12Qualifier,
                          String x12InterchangeId, String x12ApplicationCode, String x12Version, boolean active) {

    static PartnerView of(TradingPartner p) {
        Set<String> roles = new TreeSet<>();
        p.roles().forEach(r -> roles.add(r.name()));
        return new PartnerView(p.id(), p.code(), p.name(), roles, p.x12().qualifier(), p.x12().interchangeId(),
                p.x12().applicationCode(), p.x12().version().code(), p.isActive());
    }
}
