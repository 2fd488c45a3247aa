package com.ascendelements.portal.shipping;

import com.ascendelements.portal.catalog.Material;
import com.ascendelements.portal.common.Quantity;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.util.Objects;

/** Item level of an 856 (HL I): the material shipped in a lot against one PO line, with its quantity (SN1). */
@Entity
@Table(name = "shipment_item")
public class ShipmentItem {

    @Id
    @SequenceGenerator(name = "shipment_item_seq", sequenceName = "shipment_item_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "shipment_item_seq")
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "lot_id")
    private ShipmentLot lot;

    @Column(name = "po_line_number", length = 20)
    private String poLineNumber;

    @ManyToOne(optional = false)
    @JoinColumn(name = "material_id")
    private Material material;

    @Embedded
    private Quantity quantity;

    protected ShipmentItem() {
        // JPA
    }

    ShipmentItem(ShipmentLot lot, String poLineNumber, Material material, Quantity quantity) {
        this.lot = lot;
        this.poLineNumber = poLineNumber;
        this.material = Objects.requireNonNull(material, "material");
        this.quantity = Objects.requireNonNull(quantity, "quantity");
        if (!quantity.isPositive()) {
            throw new IllegalArgumentException("A shipped quantity must be positive: " + quantity);
        }
    }

    public Long id() {
        return id;
    }

    public ShipmentLot lot() {
        return lot;
    }

    public String poLineNumber() {
        return poLineNumber;
    }

    public Material material() {
        return material;
    }

    public Quantity quantity() {
        return quantity;
    }
}
