package com.ascendelements.portal.purchasing;

import com.ascendelements.portal.catalog.Material;
import com.ascendelements.portal.common.Limits;
import com.ascendelements.portal.contracts.Contract;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The rules every ordered line obeys, whichever door the order comes through: procurement's form and the API
 * ({@link PurchaseOrderService#place}) and a customer's 850 ({@link CustomerOrders#take}). Each problem names the field
 * it is about, so that a form shows it beside the field and an 855 gives it as the line's reason.
 */
public final class OrderLineRules {

    /** One broken rule: the field of the line (materialCode, quantity, unitPrice, requestedShipDate, requestedDeliveryDate). */
    public record Problem(String field, String message) {
    }

    private OrderLineRules() {
    }

    /**
     * @param material  the catalogue's material for {@code line.materialCode()}, null when there is none
     * @param orderDate the order's date, null when the order has none (its own problem)
     * @param contract  the contract the order is placed under, null when none
     */
    public static List<Problem> check(OrderedLine line, Material material, LocalDate orderDate, Contract contract) {
        List<Problem> problems = new ArrayList<>();
        boolean named = line.materialCode() != null && !line.materialCode().isBlank();
        if (material == null) {
            problems.add(new Problem("materialCode", named ? "No material " + line.materialCode().strip() + " in the catalogue" : "Choose the material"));
        } else if (contract != null && !contract.material().code().equals(material.code())) {
            problems.add(new Problem("materialCode", "Contract " + contract.number() + " covers " + contract.material().code()));
        }
        if (line.quantity() == null) {
            problems.add(new Problem("quantity", "Enter the quantity"));
        } else if (line.quantity().signum() <= 0) {
            problems.add(new Problem("quantity", "The quantity must be more than zero"));
        } else if (line.unit() != null && (line.unit().isMass() ? line.unit().kilograms().orElseThrow().multiply(line.quantity())
                : line.quantity()).compareTo(Limits.PLAUSIBLE_QUANTITY) > 0) {
            problems.add(new Problem("quantity", line.quantity().stripTrailingZeros().toPlainString() + " " + line.unit().symbol()
                    + " is more than one line can be (at most a million tonnes, or a billion pieces)"));
        }
        if (line.unit() == null) {
            problems.add(new Problem("quantity", line.unitCode() == null ? "Choose the unit"
                    : "Unit " + line.unitCode().strip() + " is not one we trade in (KG, LB, MT, EA)"));
        }
        if (line.unitPrice() == null) {
            problems.add(new Problem("unitPrice", "Enter the unit price"));
        } else if (line.unitPrice().signum() < 0) {
            problems.add(new Problem("unitPrice", "A price cannot be negative"));
        } else if (line.unitPrice().compareTo(Limits.PLAUSIBLE_PRICE) > 0) {
            problems.add(new Problem("unitPrice", "A unit price above " + Limits.PLAUSIBLE_PRICE.toPlainString() + " is not plausible"));
        }
        if (line.priceUnit() == null || line.unit() != null && line.priceUnit() != line.unit()
                && !(line.priceUnit().isMass() && line.unit().isMass())) {
            problems.add(new Problem("unitPrice", "The price must be per a unit the quantity converts to"));
        } else if (line.unit() != null && line.quantity() != null && line.unitPrice() != null && line.quantity().signum() > 0
                && amountOf(line).compareTo(Limits.PLAUSIBLE_AMOUNT) > 0) {
            problems.add(new Problem("unitPrice", "The line comes to more than " + Limits.PLAUSIBLE_AMOUNT.toPlainString()
                    + ": check the quantity, its unit and the price"));
        }
        if (orderDate != null) {
            datePlausible(line.requestedShipDate(), orderDate, "requestedShipDate", "ship date", problems);
            datePlausible(line.requestedDeliveryDate(), orderDate, "requestedDeliveryDate", "delivery date", problems);
        }
        if (line.requestedShipDate() != null && orderDate != null && line.requestedShipDate().isBefore(orderDate)) {
            problems.add(new Problem("requestedShipDate", "The ship date is before the order date"));
        }
        if (line.requestedDeliveryDate() != null && line.requestedShipDate() != null
                && line.requestedDeliveryDate().isBefore(line.requestedShipDate())) {
            problems.add(new Problem("requestedDeliveryDate", "The delivery date is before the ship date"));
        } else if (line.requestedDeliveryDate() != null && orderDate != null && line.requestedDeliveryDate().isBefore(orderDate)) {
            problems.add(new Problem("requestedDeliveryDate", "The delivery date is before the order date"));
        } else if (line.requestedDeliveryDate() != null && contract != null && line.requestedDeliveryDate().isAfter(contract.validTo())) {
            problems.add(new Problem("requestedDeliveryDate", "The delivery date is after contract " + contract.number() + " ends on "
                    + contract.validTo()));
        }
        return problems;
    }

    /** Quantity in the price's unit times the price, as the order will price the line. */
    private static java.math.BigDecimal amountOf(OrderedLine line) {
        java.math.BigDecimal quantity = line.quantity();
        if (line.unit() != line.priceUnit()) {   // both masses (checked before)
            quantity = quantity.multiply(line.unit().kilograms().orElseThrow())
                    .divide(line.priceUnit().kilograms().orElseThrow(), 4, java.math.RoundingMode.HALF_UP);
        }
        return quantity.multiply(line.unitPrice());
    }

    /** Why an order's date cannot be one, if it cannot (year 1, year 9999): the same for the form, the API and an 850. */
    public static java.util.Optional<String> implausibleOrderDate(LocalDate orderDate, LocalDate today) {
        return Limits.implausibleDate(orderDate, today, "order date");
    }

    private static void datePlausible(LocalDate date, LocalDate orderDate, String field, String what, List<Problem> problems) {
        if (date != null && date.isAfter(orderDate.plusYears(Limits.YEARS_AHEAD))) {
            problems.add(new Problem(field, "The " + what + " " + date + " is more than " + Limits.YEARS_AHEAD + " years after the order date"));
        }
    }
}
