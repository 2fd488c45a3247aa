package com.ascendelements.portal.shipping;

import com.ascendelements.portal.catalog.Hazmat;
import com.ascendelements.portal.purchasing.PurchaseOrder;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * Order level of an 856 (HL O): the part of a shipment that fills one purchase order. The PO number is kept
 * as sent; the link to our purchase order is set when it is known.
 */
@Entity
@Table(name = "shipment_order")
public class ShipmentOrder {

    @Id
    @SequenceGenerator(name = "shipment_order_seq", sequenceName = "shipment_order_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "shipment_order_seq")
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "ship_notice_id")
    private ShipNotice shipNotice;

    @Column(name = "po_number", length = 40, nullable = false)
    private String poNumber;

    @ManyToOne
    @JoinColumn(name = "purchase_order_id")
    private PurchaseOrder purchaseOrder;

    @OneToMany(mappedBy = "order", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderColumn(name = "list_index")
    private List<ShipmentLot> lots = new ArrayList<>();

    protected ShipmentOrder() {
        // JPA
    }

    ShipmentOrder(ShipNotice shipNotice, String poNumber, PurchaseOrder purchaseOrder) {
        if (poNumber == null || poNumber.isBlank()) {
            throw new IllegalArgumentException("The order level of a ship notice needs a PO number");
        }
        if (purchaseOrder != null && !purchaseOrder.poNumber().equals(poNumber.strip())) {
            throw new IllegalArgumentException("PO number " + poNumber + " does not match order " + purchaseOrder.poNumber());
        }
        this.shipNotice = shipNotice;
        this.poNumber = poNumber.strip();
        this.purchaseOrder = purchaseOrder;
    }

    public ShipmentLot addLot(String lotNumber, int packageCount, String packagingCode, Weights weights, Hazmat hazmat) {
        if (lots.stream().anyMatch(l -> l.lotNumber().equals(lotNumber))) {
            throw new IllegalArgumentException("Lot " + lotNumber + " appears twice under PO " + poNumber);
        }
        ShipmentLot lot = new ShipmentLot(this, lotNumber, packageCount, packagingCode, weights, hazmat);
        lots.add(lot);
        return lot;
    }

    public ShipNotice shipNotice() {
        return shipNotice;
    }

    public String poNumber() {
        return poNumber;
    }

    public Optional<PurchaseOrder> purchaseOrder() {
        return Optional.ofNullable(purchaseOrder);
    }

    public List<ShipmentLot> lots() {
        return Collections.unmodifiableList(lots);
    }
}
