package com.ascendelements.portal.platform;

import com.ascendelements.portal.catalog.Hazmat;
import com.ascendelements.portal.catalog.Material;
import com.ascendelements.portal.catalog.MaterialCategory;
import com.ascendelements.portal.catalog.Materials;
import com.ascendelements.portal.common.Money;
import com.ascendelements.portal.common.Quantity;
import com.ascendelements.portal.common.UnitOfMeasure;
import com.ascendelements.portal.contracts.Contract;
import com.ascendelements.portal.contracts.Contracts;
import com.ascendelements.portal.contracts.PriceTerms;
import com.ascendelements.portal.contracts.PricingBasis;
import com.ascendelements.portal.contracts.Tolerances;
import com.ascendelements.portal.exchange.EnvelopeParty;
import com.ascendelements.portal.exchange.Interchange;
import com.ascendelements.portal.exchange.InterchangeStatus;
import com.ascendelements.portal.exchange.Interchanges;
import com.ascendelements.portal.exchange.Transport;
import com.ascendelements.portal.identity.PasswordHashing;
import com.ascendelements.portal.identity.PortalRole;
import com.ascendelements.portal.identity.PortalUser;
import com.ascendelements.portal.identity.PortalUsers;
import com.ascendelements.portal.invoicing.Invoice;
import com.ascendelements.portal.invoicing.InvoiceMatching;
import com.ascendelements.portal.invoicing.InvoiceType;
import com.ascendelements.portal.invoicing.Invoices;
import com.ascendelements.portal.partners.As2Settings;
import com.ascendelements.portal.partners.AcknowledgmentSettings;
import com.ascendelements.portal.partners.OutboundDelimiters;
import com.ascendelements.portal.partners.PartnerContact;
import com.ascendelements.portal.partners.PartnerRole;
import com.ascendelements.portal.partners.TradingPartner;
import com.ascendelements.portal.partners.TradingPartners;
import com.ascendelements.portal.partners.X12Identity;
import com.ascendelements.portal.partners.X12Version;
import com.ascendelements.portal.purchasing.LineStatus;
import com.ascendelements.portal.purchasing.PurchaseOrder;
import com.ascendelements.portal.purchasing.PurchaseOrders;
import com.ascendelements.portal.reconciliation.RunningTotals;
import com.ascendelements.portal.shipping.Carrier;
import com.ascendelements.portal.shipping.ReceiptEntry;
import com.ascendelements.portal.shipping.ShipNotice;
import com.ascendelements.portal.shipping.ShipNotices;
import com.ascendelements.portal.shipping.ShipmentLot;
import com.ascendelements.portal.shipping.Weights;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Writes the demo data in one transaction through the domain's own constructors, so the demo can never hold
 * what the domain would refuse: the hub, EcoPro, SK Battery America and a second scrap supplier; the materials
 * of the loop; two contracts; orders both ways, a ship notice, an invoice; one login per role.
 */
@Stateless
public class DemoDataWriter {

    /** The demo logins, printed at start-up and in the README. */
    public static final String LOGINS = "admin/demo-admin (ADMIN), buyer/demo-buyer (PROCUREMENT), "
            + "finance/demo-finance (FINANCE), ecopro/demo-ecopro (PARTNER EcoPro), skba/demo-skba (PARTNER SK Battery America), "
            + "piedmont/demo-piedmont (PARTNER Piedmont Cell Works, no EDI: web EDI)";

    static final String HUB = "ASCEND";

    @Inject
    private TradingPartners partners;
    @Inject
    private Materials materials;
    @Inject
    private Contracts contracts;
    @Inject
    private PurchaseOrders orders;
    @Inject
    private ShipNotices shipNotices;
    @Inject
    private Invoices invoices;
    @Inject
    private InvoiceMatching matching;
    @Inject
    private RunningTotals runningTotals;
    @Inject
    private Interchanges interchanges;
    @Inject
    private PortalUsers users;
    @Inject
    private PasswordHashing passwords;
    @Inject
    private Clock clock;

    /**
     * Seeds everything unless the partners exist; answers whether it seeded. With {@code ecoproIsHub} the same data is seen from EcoPro's side:
     * this portal is EcoPro's gateway and Ascend Elements one of its suppliers (a counterpart instance for AS2 tests
     * between two portals, bin/check-as2-roundtrip).
     */
    public boolean seedIfEmpty(boolean ecoproIsHub) {
        if (partners.byCode(HUB).isPresent()) {
            return false;
        }
        if (!partners.all().isEmpty() || users.any()) {
            throw new IllegalStateException("This database holds real partners or users; demo data is seeded into an empty database"
                    + " only. Start without PORTAL_DEMO_DATA");
        }
        TradingPartner ascend = partner(HUB, "Ascend Elements, Inc.", EnumSet.of(ecoproIsHub ? PartnerRole.SUPPLIER : PartnerRole.HUB),
                new X12Identity("ZZ", "ASCENDELEMENTS", "ASCENDEL", X12Version.V004010),
                new PartnerContact("EDI", "EDI Operations", "edi@ascendelements.example", "+1 508 555 0100"));
        TradingPartner ecopro = partner("ECOPRO", "EcoPro BM America", EnumSet.of(ecoproIsHub ? PartnerRole.HUB : PartnerRole.CUSTOMER),
                new X12Identity("ZZ", "ECOPROBMUS", "ECOPRO", X12Version.V004010),
                new PartnerContact("Procurement", "Jiwoo Park", "procurement@ecopro.example", "+82 43 555 0100"));
        TradingPartner skba = partner("SKBA", "SK Battery America, Commerce GA", EnumSet.of(PartnerRole.SUPPLIER),
                new X12Identity("01", "080231617", "SKBA", X12Version.V005010),
                new PartnerContact("Logistics", "Dana Whitfield", "scrap.logistics@skba.example", "+1 706 555 0142"));
        TradingPartner piedmont = partner("PIEDMONT", "Piedmont Cell Works (scrap supplier)", EnumSet.of(PartnerRole.SUPPLIER),
                new X12Identity("ZZ", "PIEDMONTCELL", "PIEDMONT", X12Version.V004010),
                new PartnerContact("Accounts receivable", "Marcus Reyes", "ar@piedmontcell.example", null));
        // AS2 identities; no URL (nothing is sent to them until an administrator sets one) and no certificates yet
        // (their signed messages are refused until their certificates are imported). Piedmont has no EDI.
        ascend.changeAs2Settings(As2Settings.secure("ASCENDELEMENTS", null));
        ecopro.changeAs2Settings(As2Settings.secure("ECOPROBMUS", null));
        skba.changeAs2Settings(As2Settings.secure("SKBATTERYAMERICA", null));
        // no EDI system: it reads our 850s in the portal and sends no 997 for them
        piedmont.changeAcknowledgmentSettings(new AcknowledgmentSettings(true, false, AcknowledgmentSettings.DEFAULT_WINDOW_HOURS));

        Material electrodeScrap = materials.add(new Material("ES-NMC-AL", "NMC cathode electrode scrap on aluminium foil",
                MaterialCategory.ELECTRODE_SCRAP, UnitOfMeasure.KILOGRAM, "Coated cathode foil and off-spec electrodes, dry, no cells", null));
        Material eolPacks = materials.add(new Material("EOL-LIB-EV", "End-of-life EV lithium-ion battery packs",
                MaterialCategory.END_OF_LIFE_BATTERY, UnitOfMeasure.KILOGRAM, "Discharged packs, terminals protected",
                new Hazmat("UN3480", "9", "P903")));
        Material blackMass = materials.add(new Material("BM-NMC", "Black mass, NMC chemistry",
                MaterialCategory.BLACK_MASS, UnitOfMeasure.KILOGRAM,
                "Ni 15-25 %, Co 3-13 %, max Al 2 %, Cu 2 %, F 5 %, Fe 1 %, moisture max 5 %", null));
        Material pcam = materials.add(new Material("PCAM-NMC811", "NMC 811 precursor hydroxide (pCAM)",
                MaterialCategory.PCAM, UnitOfMeasure.KILOGRAM, "Ni0.8Mn0.1Co0.1(OH)2, D50 10-12 um", null));
        Material cam = materials.add(new Material("CAM-NMC811", "NMC 811 cathode active material (CAM)",
                MaterialCategory.CAM, UnitOfMeasure.KILOGRAM, "LiNi0.8Mn0.1Co0.1O2, recycled content certified", null));
        materials.add(new Material("LI2CO3-BG", "Lithium carbonate, battery grade",
                MaterialCategory.LITHIUM_SALT, UnitOfMeasure.KILOGRAM, "Li2CO3 >= 99.5 %", null));

        LocalDate today = LocalDate.now(clock);
        LocalDate yearStart = today.withDayOfYear(1);
        Contract camSupply = contracts.add(new Contract("AE-ECO-" + today.getYear() + "-001", ecopro, ascend, cam,
                "NMC 811 CAM per EcoPro spec ECO-CAM-811 rev. C, qualified recycled source",
                Quantity.of("1200", UnitOfMeasure.METRIC_TON),
                new PriceTerms(PricingBasis.FIXED, Money.of("28.50", "USD"), UnitOfMeasure.KILOGRAM, "Fixed, DAP Clarksville TN"),
                new Tolerances(new BigDecimal("2"), new BigDecimal("0.5")), yearStart, yearStart.plusYears(1).minusDays(1)));
        camSupply.activate();
        Contract scrapSupply = contracts.add(new Contract("AE-SKBA-" + today.getYear() + "-007", ascend, skba, electrodeScrap,
                "Cathode electrode scrap, Ni+Co >= 20 % dry basis",
                Quantity.of("3000", UnitOfMeasure.METRIC_TON),
                new PriceTerms(PricingBasis.ASSAY_INDEXED, Money.of("3.10", "USD"), UnitOfMeasure.KILOGRAM,
                        "Provisional 3.10 USD/kg; final on assay: Ni payable 72 %, Co payable 70 % of LME cash average, M+1"),
                new Tolerances(new BigDecimal("5"), new BigDecimal("1")), yearStart, yearStart.plusYears(2).minusDays(1)));
        scrapSupply.activate();

        PurchaseOrder camOrder = PurchaseOrder.place("ECO-4500012345", ecopro, ascend, camSupply, today.minusDays(3), "USD",
                "EDI " + ecopro.code(), clock);
        camOrder.addLine("1", cam, Quantity.of("40000", UnitOfMeasure.KILOGRAM), Money.of("28.50", "USD"), UnitOfMeasure.KILOGRAM,
                today.plusDays(10), today.plusDays(14));
        camOrder.addLine("2", cam, Quantity.of("20000", UnitOfMeasure.KILOGRAM), Money.of("28.50", "USD"), UnitOfMeasure.KILOGRAM,
                today.plusDays(40), today.plusDays(44));
        orders.add(camOrder);

        PurchaseOrder scrapOrder = PurchaseOrder.place("AE-PO-260001", ascend, skba, scrapSupply, today.minusDays(12), "USD",
                "buyer", clock);
        scrapOrder.addLine("1", electrodeScrap, Quantity.of("80000", UnitOfMeasure.KILOGRAM), Money.of("3.10", "USD"), UnitOfMeasure.KILOGRAM,
                today.minusDays(5), today.minusDays(3));
        scrapOrder.answerLine("1", LineStatus.ACCEPTED, "EDI " + skba.code(), clock);
        orders.add(scrapOrder);

        PurchaseOrder packOrder = PurchaseOrder.place("AE-PO-260002", ascend, piedmont, null, today.minusDays(1), "USD",
                "buyer", clock);
        packOrder.addLine("1", eolPacks, Quantity.of("18", UnitOfMeasure.METRIC_TON), Money.of("0.85", "USD"), UnitOfMeasure.KILOGRAM,
                today.plusDays(7), today.plusDays(9));
        orders.add(packOrder);

        ShipNotice scrapShipment = new ShipNotice("SKBA-SH-000481", skba, ascend,
                OffsetDateTime.of(today.minusDays(4).atTime(14, 30), ZoneOffset.ofHours(-5)), today.minusDays(2),
                new Carrier("ODFL", "Old Dominion Freight Line", "TRUCK"), "BOL-7730021",
                Weights.ofGrossAndTare(Quantity.kilograms("40950"), Quantity.kilograms("950")));
        ShipmentLot lot = scrapShipment.addOrder(scrapOrder.poNumber(), scrapOrder)
                .addLot("SKBA-L2611-0042", 38, "BOX", Weights.ofGrossAndTare(Quantity.kilograms("40950"), Quantity.kilograms("950")), null);
        lot.addItem("1", electrodeScrap, Quantity.kilograms("40000"));
        shipNotices.add(scrapShipment);

        Invoice provisional = new Invoice("SKBA-INV-77120", skba, ascend, scrapOrder.poNumber(), scrapOrder,
                today.minusDays(2), InvoiceType.PROVISIONAL, "USD");
        provisional.addLine("1", "1", electrodeScrap, Quantity.kilograms("40000"), Money.of("3.10", "USD"), UnitOfMeasure.KILOGRAM);
        invoices.add(provisional);
        matching.match(provisional);  // nothing has arrived yet: an exception until the dock records the truck
        PurchaseOrder threeTrucks = threeTrucksAndThreeInvoices(skba, ascend, electrodeScrap, scrapSupply, today);
        // written here around the services: the reconciliation's running totals of these orders are worked out once
        runningTotals.refresh(List.of(camOrder.id(), scrapOrder.id(), packOrder.id(), threeTrucks.id()));

        byte[] sample = sample850(ecopro, ascend, camOrder);
        Interchange received = Interchange.received(Transport.AS2, "ECO-4500012345.x12", sample, clock);
        received.identify(new EnvelopeParty("ZZ", ecopro.x12().interchangeId()), new EnvelopeParty("ZZ", ascend.x12().interchangeId()),
                "000004711", ecopro, ascend, clock);
        received.concludeProcessing(InterchangeStatus.PROCESSED, "Purchase order " + camOrder.poNumber() + " created", clock);
        interchanges.add(received, sample);

        users.add(PortalUser.staff("admin", "Alex Admin", passwords.hash("demo-admin"), Set.of(PortalRole.ADMIN)));
        users.add(PortalUser.staff("buyer", "Pat Procurement", passwords.hash("demo-buyer"), Set.of(PortalRole.PROCUREMENT)));
        users.add(PortalUser.staff("finance", "Fran Finance", passwords.hash("demo-finance"), Set.of(PortalRole.FINANCE)));
        users.add(PortalUser.ofPartner("ecopro", "EcoPro EDI desk", passwords.hash("demo-ecopro"), ecopro));
        users.add(PortalUser.ofPartner("skba", "SK Battery America scrap desk", passwords.hash("demo-skba"), skba));
        users.add(PortalUser.ofPartner("piedmont", "Piedmont Cell Works sales", passwords.hash("demo-piedmont"), piedmont));
        return true;
    }

    /**
     * Finance's worked example: 60 t of scrap on three trucks, received 20 t, 19.5 t and 20 t, billed by three invoices
     * that name their truck: one matches, one is short within the contract's 5 % (approved without a person), one bills
     * 3.20 USD/kg against 3.10 on contract, beyond its 1 % (an exception in finance's queue).
     */
    private PurchaseOrder threeTrucksAndThreeInvoices(TradingPartner skba, TradingPartner ascend, Material scrap, Contract contract, LocalDate today) {
        PurchaseOrder order = PurchaseOrder.place("AE-PO-260003", ascend, skba, contract, today.minusDays(20), "USD", "buyer", clock);
        order.addLine("1", scrap, Quantity.kilograms("60000"), Money.of("3.10", "USD"), UnitOfMeasure.KILOGRAM,
                today.minusDays(12), today.minusDays(10));
        order.answerLine("1", LineStatus.ACCEPTED, "EDI " + skba.code(), clock);
        orders.add(order);
        String[] received = {"20000", "19500", "20000"};
        String[] prices = {"3.10", "3.10", "3.20"};
        for (int truck = 0; truck < 3; truck++) {
            LocalDate shipped = today.minusDays(15 - 3L * truck);
            String billOfLading = "BOL-77300" + (31 + truck);
            ShipNotice notice = new ShipNotice("SKBA-SH-00049" + truck, skba, ascend, OffsetDateTime.of(shipped.atTime(9, 0), ZoneOffset.ofHours(-5)),
                    shipped.plusDays(1), new Carrier("ODFL", "Old Dominion Freight Line", "TRUCK"), billOfLading,
                    Weights.ofGrossAndTare(Quantity.kilograms("20500"), Quantity.kilograms("500")));
            String lotNumber = "SKBA-L2611-005" + truck;
            notice.addOrder(order.poNumber(), order).addLot(lotNumber, 19, "BOX",
                    Weights.ofGrossAndTare(Quantity.kilograms("20500"), Quantity.kilograms("500")), null)
                    .addItem("1", scrap, Quantity.kilograms("20000"));
            notice.receiveLot(new ReceiptEntry(lotNumber, "1", shipped.plusDays(1), "ODFL-" + (4410 + truck), Quantity.kilograms(received[truck]),
                    null, null, null, null, null, true), "buyer", clock);
            shipNotices.add(notice);
            Invoice invoice = new Invoice("SKBA-INV-7713" + truck, skba, ascend, order.poNumber(), order, shipped.plusDays(2),
                    InvoiceType.COMMERCIAL, "USD");
            invoice.addLine("1", "1", scrap, Quantity.kilograms("20000"), Money.of(prices[truck], "USD"), UnitOfMeasure.KILOGRAM);
            invoice.referToShipment(billOfLading);
            invoices.add(invoice);
            matching.match(invoice);
        }
        return order;
    }

    private TradingPartner partner(String code, String name, Set<PartnerRole> roles, X12Identity x12, PartnerContact contact) {
        TradingPartner partner = new TradingPartner(code, name, roles, x12, OutboundDelimiters.standard());
        partner.addContact(contact);
        return partners.add(partner);
    }

    private static byte[] sample850(TradingPartner from, TradingPartner to, PurchaseOrder order) {
        String isa = String.format("ISA*00*          *00*          *ZZ*%-15s*ZZ*%-15s*261126*0912*U*00401*000004711*0*P*>~",
                from.x12().interchangeId(), to.x12().interchangeId());
        String body = String.join("~\n", isa,
                "GS*PO*" + from.x12().applicationCode() + "*" + to.x12().applicationCode() + "*20261126*0912*4711*X*004010",
                "ST*850*0001",
                "BEG*00*SA*" + order.poNumber() + "**20261126",
                "N1*BY*EcoPro BM America",
                "N1*SE*Ascend Elements",
                "PO1*1*40000*KG*28.5**VP*CAM-NMC811",
                "PO1*2*20000*KG*28.5**VP*CAM-NMC811",
                "CTT*2",
                "SE*8*0001",
                "GE*1*4711",
                "IEA*1*000004711") + "~\n";
        return body.getBytes(StandardCharsets.US_ASCII);
    }
}
