package com.ascendelements.portal.purchasing;

import static com.ascendelements.portal.DomainFixtures.CLOCK;
import static org.assertj.core.api.Assertions.assertThat;

import com.ascendelements.portal.DomainFixtures;
import com.ascendelements.portal.common.Money;
import com.ascendelements.portal.common.Quantity;
import com.ascendelements.portal.common.UnitOfMeasure;
import com.ascendelements.portal.partners.PartnerRole;
import com.ascendelements.portal.partners.TradingPartner;
import java.lang.reflect.Field;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Who may ship and invoice an order: its seller, and nobody else. */
class FulfilmentTest {

    private final TradingPartner hub = withId(DomainFixtures.hub(), 1L);
    private final TradingPartner ecopro = withId(DomainFixtures.customer(), 2L);
    private final TradingPartner skba = withId(DomainFixtures.supplier(), 3L);
    private final TradingPartner piedmont = withId(DomainFixtures.partner("PIEDMONT", PartnerRole.SUPPLIER, "PIEDMONTCELL"), 4L);

    private final PurchaseOrder hubBuysFromPiedmont = order(hub, piedmont);
    private final PurchaseOrder ecoproBuysFromHub = order(ecopro, hub);

    @Test
    void aPartnerUserFulfilsTheOrdersItsCompanySellsOnly() {
        assertThat(Fulfilment.mayFulfil(Optional.of(4L), false, hubBuysFromPiedmont)).isTrue();
        assertThat(Fulfilment.mayFulfil(Optional.of(3L), false, hubBuysFromPiedmont)).as("another supplier").isFalse();
        assertThat(Fulfilment.mayFulfil(Optional.of(2L), false, ecoproBuysFromHub)).as("the buyer does not ship its own order").isFalse();
        assertThat(Fulfilment.mayFulfil(Optional.of(1L), false, ecoproBuysFromHub))
                .as("the partner restriction wins over the company it names").isTrue();
    }

    @Test
    void staffFulfilTheOrdersTheHubSellsButNeverOnASuppliersBehalf() {
        assertThat(Fulfilment.mayFulfil(Optional.empty(), true, ecoproBuysFromHub)).isTrue();
        assertThat(Fulfilment.mayFulfil(Optional.empty(), true, hubBuysFromPiedmont)).isFalse();
        assertThat(Fulfilment.mayFulfil(Optional.empty(), false, ecoproBuysFromHub)).as("finance does not ship").isFalse();
    }

    @Test
    void onlyTheBuyerChangesAnOrderItsUsersOrTheHubsStaffForWhatTheHubBought() {
        assertThat(Fulfilment.mayOrder(Optional.of(2L), false, ecoproBuysFromHub)).isTrue();
        assertThat(Fulfilment.mayOrder(Optional.of(4L), false, ecoproBuysFromHub)).as("another partner").isFalse();
        assertThat(Fulfilment.mayOrder(Optional.of(4L), false, hubBuysFromPiedmont)).as("the seller does not change what it was ordered").isFalse();
        assertThat(Fulfilment.mayOrder(Optional.empty(), true, hubBuysFromPiedmont)).isTrue();
        assertThat(Fulfilment.mayOrder(Optional.empty(), true, ecoproBuysFromHub)).as("staff never change a customer's order").isFalse();
        assertThat(Fulfilment.mayOrder(Optional.empty(), false, hubBuysFromPiedmont)).as("finance does not order").isFalse();
    }

    private static PurchaseOrder order(TradingPartner buyer, TradingPartner seller) {
        PurchaseOrder order = PurchaseOrder.place("PO-" + seller.code(), buyer, seller, null, LocalDate.of(2026, 11, 20), "USD", "test", CLOCK);
        order.addLine("1", DomainFixtures.scrap(), Quantity.kilograms("100"), Money.of("1", "USD"), UnitOfMeasure.KILOGRAM, null, null);
        return order;
    }

    static TradingPartner withId(TradingPartner partner, long id) {
        try {
            Field field = TradingPartner.class.getDeclaredField("id");
            field.setAccessible(true);
            field.set(partner, id);
            return partner;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
