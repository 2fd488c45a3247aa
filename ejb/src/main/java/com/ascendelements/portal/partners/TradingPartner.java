package com.ascendelements.portal.partners;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.eclipse.persistence.annotations.JoinFetch;
import org.eclipse.persistence.annotations.JoinFetchType;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A company the hub trades with, and the hub itself. Its profile is data: how it is addressed in X12,
 * which delimiters it expects, who to call, how it trades over AS2 (its certificates are {@link PartnerCertificate}s).
 */
@Entity
@Table(name = "trading_partner")
@NamedQuery(name = TradingPartner.BY_CODE, query = "SELECT p FROM TradingPartner p WHERE p.code = :code")
@NamedQuery(name = TradingPartner.ALL, query = "SELECT p FROM TradingPartner p ORDER BY p.name")
@NamedQuery(name = TradingPartner.BY_AS2_ID, query = "SELECT p FROM TradingPartner p WHERE p.as2.as2Id = :as2Id")
@NamedQuery(name = TradingPartner.BY_X12_ID,
        query = "SELECT p FROM TradingPartner p WHERE p.x12.qualifier = :qualifier AND p.x12.interchangeId = :id")
public class TradingPartner {

    static final String BY_CODE = "TradingPartner.byCode";
    static final String ALL = "TradingPartner.all";
    static final String BY_X12_ID = "TradingPartner.byX12Id";
    static final String BY_AS2_ID = "TradingPartner.byAs2Id";

    @Id
    @SequenceGenerator(name = "trading_partner_seq", sequenceName = "trading_partner_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "trading_partner_seq")
    private Long id;

    @Version
    private long version;

    /** Short stable key used in URLs, file folders and logs, e.g. {@code ECOPRO}. */
    @Column(name = "code", length = 20, nullable = false, unique = true)
    private String code;

    @Column(name = "name", length = 200, nullable = false)
    private String name;

    @ElementCollection(fetch = FetchType.EAGER)
    @JoinFetch(JoinFetchType.OUTER)  // in the entity's own SELECT: no second query per partner or user read
    @CollectionTable(name = "trading_partner_role", joinColumns = @JoinColumn(name = "partner_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "role", length = 20, nullable = false)
    private Set<PartnerRole> roles = EnumSet.noneOf(PartnerRole.class);

    @Embedded
    private X12Identity x12;

    @Embedded
    private OutboundDelimiters delimiters;

    @ElementCollection
    @CollectionTable(name = "partner_contact", joinColumns = @JoinColumn(name = "partner_id"))
    @OrderColumn(name = "list_index")
    private List<PartnerContact> contacts = new ArrayList<>();

    @Embedded
    private AcknowledgmentSettings acknowledgments = AcknowledgmentSettings.defaults();

    @Embedded
    private As2Settings as2 = As2Settings.none();

    @Column(name = "active", nullable = false)
    private boolean active = true;

    protected TradingPartner() {
        // JPA
    }

    public TradingPartner(String code, String name, Set<PartnerRole> roles, X12Identity x12, OutboundDelimiters delimiters) {
        if (code == null || !code.matches("[A-Z0-9_-]{2,20}")) {
            throw new IllegalArgumentException("Partner code must be 2-20 capital letters, digits, '-' or '_': " + code);
        }
        if (roles == null || roles.isEmpty()) {
            throw new IllegalArgumentException("A trading partner needs at least one role");
        }
        this.code = code;
        this.name = requireName(name);
        this.roles = EnumSet.copyOf(roles);
        this.x12 = Objects.requireNonNull(x12, "X12 identity");
        this.delimiters = Objects.requireNonNull(delimiters, "delimiters");
    }

    private static String requireName(String name) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("Partner name is required");
        }
        return name.strip();
    }

    public void rename(String newName) {
        this.name = requireName(newName);
    }

    public void addContact(PartnerContact contact) {
        contacts.add(Objects.requireNonNull(contact));
    }

    public void changeX12Identity(X12Identity identity, OutboundDelimiters outbound) {
        this.x12 = Objects.requireNonNull(identity);
        this.delimiters = Objects.requireNonNull(outbound);
    }

    public void changeAcknowledgmentSettings(AcknowledgmentSettings settings) {
        this.acknowledgments = Objects.requireNonNull(settings);
    }

    public void changeAs2Settings(As2Settings settings) {
        this.as2 = Objects.requireNonNull(settings);
    }

    /** No more documents from or to it, and its users cannot act for it; the hub is never deactivated. */
    public void deactivate() {
        if (hasRole(PartnerRole.HUB)) {
            throw new IllegalStateException("The hub cannot be deactivated");
        }
        this.active = false;
    }

    public void activate() {
        this.active = true;
    }

    public boolean hasRole(PartnerRole role) {
        return roles.contains(role);
    }

    public Long id() {
        return id;
    }

    public String code() {
        return code;
    }

    public String name() {
        return name;
    }

    public Set<PartnerRole> roles() {
        return Collections.unmodifiableSet(roles);
    }

    public X12Identity x12() {
        return x12;
    }

    public OutboundDelimiters delimiters() {
        return delimiters;
    }

    public AcknowledgmentSettings acknowledgments() {
        return acknowledgments == null ? AcknowledgmentSettings.defaults() : acknowledgments;
    }

    /** AS2 settings; {@link As2Settings#enabled()} is false for a partner that does not trade over AS2. */
    public As2Settings as2() {
        return as2 == null ? As2Settings.none() : as2;
    }

    public List<PartnerContact> contacts() {
        return Collections.unmodifiableList(contacts);
    }

    public boolean isActive() {
        return active;
    }

    @Override
    public String toString() {
        return code;
    }
}
