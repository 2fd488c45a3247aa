package com.ascendelements.portal.exchange.translation;

import com.ascendelements.portal.common.Quantity;
import com.ascendelements.portal.common.UnitOfMeasure;
import com.ascendelements.portal.edi.message.DateReference;
import com.ascendelements.portal.edi.message.Measurement;
import com.ascendelements.portal.edi.message.ProductId;
import com.ascendelements.portal.edi.message.ReceivedItem;
import com.ascendelements.portal.edi.message.ReceivingAdviceMessage;
import com.ascendelements.portal.edi.message.Reference;
import com.ascendelements.portal.shipping.LotReceipt;
import com.ascendelements.portal.shipping.ReceiptEntry;
import com.ascendelements.portal.shipping.ShipNotice;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The anti-corruption layer for 861 Receiving Advices, both ways. The shipment is named in the heading (REF SI, the
 * 856's shipment id, or REF BM, its bill of lading); each RCD loop is one receipt of a lot's item: the lot in LIN (LT)
 * or REF LT, the PO line in LIN01, the quantity received in RCD02/03, what was rejected in RCD04 (returned) and in the
 * quantities in question whose receiving condition is a rejection (08 rejected, 01 damaged, 04 quality problem, 05
 * incorrect product, 10 scrapped, 12 over and returned), the reason in REF ZZ (REF03) or else the condition's name,
 * the day in DTM 050 (the loop's, else the heading's, else BRA02), the truck or delivery note in REF BM, and for
 * material sold dry the wet weight on the scale in MEA WT N and its moisture in MEA TR ZZ (unit P1, percent).
 */
public final class ReceivingAdviceTranslator {

    /** Receiving conditions (412) that mean the quantity was refused at the dock, with what a person reads. */
    private static final Map<String, String> REJECTIONS = Map.of("01", "damaged product or container", "04", "quality problem",
            "05", "incorrect product", "08", "rejected", "10", "material scrapped", "12", "quantity over, returned to supplier");

    /** Far above any receipt (10^12 of any unit) and inside the database's columns. */
    private static final BigDecimal LARGEST = BigDecimal.TEN.pow(12);

    private ReceivingAdviceTranslator() {
    }

    /** The shipment reference the advice names: REF SI, else REF BM. */
    public static Optional<String> shipmentReference(ReceivingAdviceMessage advice) {
        return reference(advice.getReferences(), "SI").or(() -> reference(advice.getReferences(), "BM"));
    }

    /** One receipt entry per RCD loop; the ship notice checks them against its lots when they are recorded. */
    public static List<ReceiptEntry> toEntries(ReceivingAdviceMessage advice) {
        if (advice.getPurposeCode() != null && !"00".equals(advice.getPurposeCode())) {
            // receipts are facts at the dock: a replacement or cancellation by EDI would rewrite what finance matched
            throw new TranslationException("861 " + advice.getReference() + " has purpose " + advice.getPurposeCode()
                    + " (BRA03); only original advices (00) are recorded: a correction goes to the hub's staff");
        }
        if (advice.getItems().isEmpty()) {
            throw new TranslationException("861 " + advice.getReference() + " reports nothing received (no RCD)");
        }
        LocalDate adviceDay = received(advice.getDates()).orElse(advice.getDate());
        List<ReceiptEntry> entries = new ArrayList<>();
        for (int i = 0; i < advice.getItems().size(); i++) {
            ReceivedItem item = advice.getItems().get(i);
            String where = "861 " + advice.getReference() + " RCD " + (i + 1);
            String lot = product(item.getProductIds(), "LT").or(() -> reference(item.getReferences(), "LT"))
                    .orElseThrow(() -> new TranslationException(where + ": no lot number (LIN LT or REF LT)"));
            UnitOfMeasure unit = unit(item.getUnitCode(), where);
            for (BigDecimal q : quantities(item)) {
                if (q.abs().compareTo(LARGEST) > 0) {
                    throw new TranslationException(where + ": " + q.toPlainString() + " is not a quantity a truck brings");
                }
            }
            Quantity received = Quantity.of(item.getQuantityReceived() == null ? BigDecimal.ZERO : item.getQuantityReceived(), unit);
            Quantity rejected = null;
            Set<String> reasons = new LinkedHashSet<>();
            if (item.getQuantityReturned() != null && item.getQuantityReturned().signum() != 0) {
                rejected = Quantity.of(item.getQuantityReturned(), unit(item.getReturnedUnitCode(), item.getUnitCode(), where));
                reasons.add("returned");
            }
            for (ReceivedItem.QuantityInQuestion q : item.getQuantitiesInQuestion()) {
                String rejection = REJECTIONS.get(q.getConditionCode());
                if (rejection != null && q.getQuantity() != null && q.getQuantity().signum() != 0) {
                    Quantity more = Quantity.of(q.getQuantity(), unit(q.getUnitCode(), item.getUnitCode(), where));
                    rejected = rejected == null ? more.in(unit) : rejected.plus(more);
                    reasons.add(rejection);
                }
            }
            String reason = item.getReferences().stream().filter(r -> "ZZ".equals(r.getQualifier()) && r.getDescription() != null)
                    .map(Reference::getDescription).findFirst().orElse(reasons.isEmpty() ? null : String.join(", ", reasons));
            Optional<Measurement> wet = measurement(item, "WT", "N");
            Optional<Measurement> moisture = measurement(item, "TR", "ZZ").filter(m -> "P1".equals(m.getUnitCode()));
            entries.add(new ReceiptEntry(lot, item.getLineNumber(), received(item.getDates()).orElse(adviceDay),
                    reference(item.getReferences(), "BM").orElse(null), received, rejected, reason,
                    wet.map(m -> Quantity.of(m.getValue(), unit(m.getUnitCode(), where))).orElse(null),
                    moisture.map(Measurement::getValue).orElse(null), null, false));
        }
        return entries;
    }

    /** The 861 that tells the shipper what arrived of one lot's item on one delivery. */
    public static ReceivingAdviceMessage toMessage(ShipNotice notice, LotReceipt receipt, LocalDate today) {
        ReceivingAdviceMessage advice = new ReceivingAdviceMessage();
        advice.setReference("RCV-" + receipt.id());
        advice.setDate(today);
        advice.setPurposeCode("00");
        advice.setTypeCode("1");  // receiving dock advice
        advice.getReferences().add(new Reference("SI", notice.shipmentId()));
        advice.getDates().add(new DateReference("050", receipt.receivedOn()));
        String poNumber = receipt.item().lot().order().poNumber();
        advice.getPurchaseOrderNumbers().add(poNumber);
        ReceivedItem item = new ReceivedItem();
        item.setAssignedId("1");
        item.setQuantityReceived(receipt.received().amount().stripTrailingZeros());
        item.setUnitCode(UnitCodes.toX12(receipt.received().unit()));
        if (receipt.rejected().isPositive()) {
            item.getQuantitiesInQuestion().add(new ReceivedItem.QuantityInQuestion(receipt.rejected().amount().stripTrailingZeros(),
                    UnitCodes.toX12(receipt.rejected().unit()), "08"));
        }
        item.setLineNumber(receipt.item().poLineNumber());
        item.getProductIds().add(new ProductId("VP", receipt.item().material().code()));
        item.getProductIds().add(new ProductId("LT", receipt.item().lot().lotNumber()));
        // REF02 is at most 30 characters in 004010
        receipt.deliveryReference().map(X12Text::plain).map(d -> d.length() > 30 ? d.substring(0, 30) : d)
                .ifPresent(d -> item.getReferences().add(new Reference("BM", d)));
        receipt.rejectionReason().ifPresent(r -> {
            Reference reason = new Reference("ZZ", null);
            reason.setDescription(X12Text.plain(r));
            item.getReferences().add(reason);
        });
        item.getDates().add(new DateReference("050", receipt.receivedOn()));
        item.setPurchaseOrderNumber(poNumber);
        receipt.wetWeight().ifPresent(w -> item.getMeasurements().add(measurement("WT", "N", w.amount(), UnitCodes.toX12(w.unit()))));
        receipt.moisturePercent().ifPresent(m -> item.getMeasurements().add(measurement("TR", "ZZ", m, "P1")));
        advice.getItems().add(item);
        return advice;
    }

    /** Every figure of the loop: RCD quantities and MEA values. */
    private static List<BigDecimal> quantities(ReceivedItem item) {
        List<BigDecimal> figures = new ArrayList<>();
        java.util.stream.Stream.of(item.getQuantityReceived(), item.getQuantityReturned()).filter(java.util.Objects::nonNull).forEach(figures::add);
        item.getQuantitiesInQuestion().stream().map(ReceivedItem.QuantityInQuestion::getQuantity).filter(java.util.Objects::nonNull)
                .forEach(figures::add);
        item.getMeasurements().stream().map(Measurement::getValue).filter(java.util.Objects::nonNull).forEach(figures::add);
        return figures;
    }

    private static Optional<LocalDate> received(List<DateReference> dates) {
        return dates.stream().filter(d -> "050".equals(d.getQualifier()) && d.getDate() != null).map(DateReference::getDate).findFirst();
    }

    private static Optional<String> reference(List<Reference> references, String qualifier) {
        return references.stream().filter(r -> qualifier.equals(r.getQualifier()) && r.getValue() != null).map(Reference::getValue).findFirst();
    }

    private static Optional<String> product(List<ProductId> ids, String qualifier) {
        return ids.stream().filter(p -> qualifier.equals(p.getQualifier()) && p.getId() != null).map(ProductId::getId).findFirst();
    }

    private static Optional<Measurement> measurement(ReceivedItem item, String reference, String qualifier) {
        return item.getMeasurements().stream().filter(m -> reference.equals(m.getReferenceCode()) && qualifier.equals(m.getQualifier())
                && m.getValue() != null).findFirst();
    }

    private static UnitOfMeasure unit(String code, String where) {
        return UnitCodes.toDomain(code).orElseThrow(() -> new TranslationException(where + ": unknown unit " + code));
    }

    private static UnitOfMeasure unit(String code, String fallback, String where) {
        return unit(code == null ? fallback : code, where);
    }

    private static Measurement measurement(String reference, String qualifier, BigDecimal value, String unit) {
        Measurement m = new Measurement();
        m.setReferenceCode(reference);
        m.setQualifier(qualifier);
        m.setValue(value.stripTrailingZeros());
        m.setUnitCode(unit);
        return m;
    }
}
