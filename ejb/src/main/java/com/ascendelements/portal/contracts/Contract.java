package com.ascendelements.portal.contracts;

import com.ascendelements.portal.catalog.Material;
import com.ascendelements.portal.common.Quantity;
import com.ascendelements.portal.partners.TradingPartner;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A supply agreement between a buyer and a seller for one material: how much is committed over which
 * period, to which specification, at which price, within which tolerances.
 */
@Entity
@Table(name = "contract")
@NamedQuery(name = Contract.BY_NUMBER, query = "SELECT c FROM Contract c WHERE c.number = :number")
@NamedQuery(name = Contract.ALL, query = "SELECT c FROM Contract c ORDER BY c.validFrom DESC, c.number")
@NamedQuery(name = Contract.FOR_PARTNER,
        query = "SELECT c FROM Contract c WHERE c.buyer.id = :partnerId OR c.seller.id = :partnerId ORDER BY c.number")
public class Contract {

    static final String BY_NUMBER = "Contract.byNumber";
    static final String ALL = "Contract.all";
    static final String FOR_PARTNER = "Contract.forPartner";

    @Id
    @SequenceGenerator(name = "contract_seq", sequenceName = "contract_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "contract_seq")
    private Long id;

    @Version
    private long version;

    @Column(name = "contract_number", length = 40, nullable = false, unique = true)
    private String number;

    @ManyToOne(optional = false)
    @JoinColumn(name = "buyer_id")
    private TradingPartner buyer;

    @ManyToOne(optional = false)
    @JoinColumn(name = "seller_id")
    private TradingPartner seller;

    @ManyToOne(optional = false)
    @JoinColumn(name = "material_id")
    private Material material;

    @Column(name = "specification", length = 2000)
    private String specification;

    @Embedded
    @AttributeOverride(name = "amount", column = @Column(name = "committed_quantity"))
    @AttributeOverride(name = "unit", column = @Column(name = "committed_unit"))
    private Quantity committed;

    @Embedded
    private PriceTerms priceTerms;

    @Embedded
    private Tolerances tolerances;

    @Column(name = "valid_from", nullable = false)
    private LocalDate validFrom;

    @Column(name = "valid_to", nullable = false)
    private LocalDate validTo;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", length = 20, nullable = false)
    private ContractStatus status = ContractStatus.DRAFT;

    protected Contract() {
        // JPA
    }

    public Contract(String number, TradingPartner buyer, TradingPartner seller, Material material,
                    String specification, Quantity committed, PriceTerms priceTerms, Tolerances tolerances,
                    LocalDate validFrom, LocalDate validTo) {
        if (number == null || number.isBlank()) {
            throw new IllegalArgumentException("Contract number is required");
        }
        this.number = number.strip();
        this.buyer = Objects.requireNonNull(buyer, "buyer");
        this.seller = Objects.requireNonNull(seller, "seller");
        if (buyer.code().equals(seller.code())) {
            throw new IllegalArgumentException("Buyer and seller must be different partners");
        }
        this.material = Objects.requireNonNull(material, "material");
        this.specification = specification;
        this.committed = Objects.requireNonNull(committed, "committed quantity");
        if (!committed.isPositive()) {
            throw new IllegalArgumentException("The committed quantity must be positive");
        }
        this.priceTerms = Objects.requireNonNull(priceTerms, "price terms");
        this.tolerances = Objects.requireNonNull(tolerances, "tolerances");
        this.validFrom = Objects.requireNonNull(validFrom, "valid from");
        this.validTo = Objects.requireNonNull(validTo, "valid to");
        if (validTo.isBefore(validFrom)) {
            throw new IllegalArgumentException("A contract cannot end (" + validTo + ") before it starts (" + validFrom + ")");
        }
    }

    /** Changes the terms of a contract that has not ended: specification, commitment, price, tolerances, end date. */
    public void revise(String newSpecification, Quantity newCommitted, PriceTerms newPriceTerms, Tolerances newTolerances,
                       LocalDate newValidTo) {
        if (status == ContractStatus.EXPIRED || status == ContractStatus.TERMINATED) {
            throw new IllegalStateException("Contract " + number + " has ended and can no longer be revised");
        }
        if (newCommitted == null || !newCommitted.isPositive()) {
            throw new IllegalArgumentException("The committed quantity must be positive");
        }
        if (newValidTo == null || newValidTo.isBefore(validFrom)) {
            throw new IllegalArgumentException("A contract cannot end (" + newValidTo + ") before it starts (" + validFrom + ")");
        }
        this.specification = newSpecification;
        this.committed = newCommitted;
        this.priceTerms = Objects.requireNonNull(newPriceTerms, "price terms");
        this.tolerances = Objects.requireNonNull(newTolerances, "tolerances");
        this.validTo = newValidTo;
    }

    public void activate() {
        if (status != ContractStatus.DRAFT && status != ContractStatus.SUSPENDED) {
            throw new IllegalStateException("Only a draft or suspended contract can be activated, this one is " + status);
        }
        status = ContractStatus.ACTIVE;
    }

    public void suspend() {
        requireStatus(ContractStatus.ACTIVE);
        status = ContractStatus.SUSPENDED;
    }

    public void terminate() {
        if (status == ContractStatus.EXPIRED || status == ContractStatus.TERMINATED) {
            throw new IllegalStateException("Contract " + number + " has already ended");
        }
        status = ContractStatus.TERMINATED;
    }

    /** Whether orders may be placed against this contract on the given day. */
    public boolean isOpenOn(LocalDate day) {
        return status == ContractStatus.ACTIVE && !day.isBefore(validFrom) && !day.isAfter(validTo);
    }

    private void requireStatus(ContractStatus expected) {
        if (status != expected) {
            throw new IllegalStateException("Contract " + number + " is " + status + ", expected " + expected);
        }
    }

    public Long id() {
        return id;
    }

    public String number() {
        return number;
    }

    public TradingPartner buyer() {
        return buyer;
    }

    public TradingPartner seller() {
        return seller;
    }

    public Material material() {
        return material;
    }

    public String specification() {
        return specification;
    }

    public Quantity committed() {
        return committed;
    }

    public PriceTerms priceTerms() {
        return priceTerms;
    }

    public Tolerances tolerances() {
        return tolerances;
    }

    public LocalDate validFrom() {
        return validFrom;
    }

    public LocalDate validTo() {
        return validTo;
    }

    public ContractStatus status() {
        return status;
    }
}
