package com.ascendelements.portal.shipping;

import com.ascendelements.portal.catalog.Hazmat;
import com.ascendelements.portal.catalog.Material;
import com.ascendelements.portal.common.Quantity;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
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
import java.util.Objects;
import java.util.Optional;

/**
 * Pack/lot level of an 856 (HL P): a traceable lot (drums, bags, pallets of one production lot) with its
 * weights and, for batteries, its dangerous-goods classification.
 */
@Entity
@Table(name = "shipment_lot")
public class ShipmentLot {

    @Id
    @SequenceGenerator(name = "shipment_lot_seq", sequenceName = "shipment_lot_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "shipment_lot_seq")
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "shipment_order_id")
    private ShipmentOrder order;

    @Column(name = "lot_number", length = 40, nullable = false)
    private String lotNumber;

    @Column(name = "package_count", nullable = false)
    private int packageCount;

    @Column(name = "packaging_code", length = 10)
    private String packagingCode;

    @Embedded
    private Weights weights;

    @Embedded
    private Hazmat hazmat;

    @OneToMany(mappedBy = "lot", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderColumn(name = "list_index")
    private List<ShipmentItem> items = new ArrayList<>();

    protected ShipmentLot() {
        // JPA
    }

    ShipmentLot(ShipmentOrder order, String lotNumber, int packageCount, String packagingCode, Weights weights, Hazmat hazmat) {
        this.order = order;
        if (lotNumber == null || lotNumber.isBlank()) {
            throw new IllegalArgumentException("A shipped lot needs a lot number");
        }
        if (packageCount < 1) {
            throw new IllegalArgumentException("Lot " + lotNumber + " must have at least one package");
        }
        this.lotNumber = lotNumber.strip();
        this.packageCount = packageCount;
        this.packagingCode = packagingCode;
        this.weights = Objects.requireNonNull(weights, "weights");
        this.hazmat = hazmat;
    }

    public ShipmentItem addItem(String poLineNumber, Material material, Quantity quantity) {
        ShipmentItem item = new ShipmentItem(this, poLineNumber, material, quantity);
        items.add(item);
        return item;
    }

    public ShipmentOrder order() {
        return order;
    }

    public String lotNumber() {
        return lotNumber;
    }

    public int packageCount() {
        return packageCount;
    }

    public String packagingCode() {
        return packagingCode;
    }

    public Weights weights() {
        return weights;
    }

    public Optional<Hazmat> hazmat() {
        return Optional.ofNullable(hazmat);
    }

    public List<ShipmentItem> items() {
        return Collections.unmodifiableList(items);
    }
}
