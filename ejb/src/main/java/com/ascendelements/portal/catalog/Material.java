package com.ascendelements.portal.catalog;

import com.ascendelements.portal.common.UnitOfMeasure;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.Objects;
import java.util.Optional;

/** A traded material: what a PO line, a shipped lot or an invoice line is about. */
@Entity
@Table(name = "material")
@NamedQuery(name = Material.BY_CODE, query = "SELECT m FROM Material m WHERE m.code = :code")
@NamedQuery(name = Material.ALL, query = "SELECT m FROM Material m ORDER BY m.category, m.code")
public class Material {

    static final String BY_CODE = "Material.byCode";
    static final String ALL = "Material.all";

    @Id
    @SequenceGenerator(name = "material_seq", sequenceName = "material_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "material_seq")
    private Long id;

    @Version
    private long version;

    /** The item code partners use on PO1/LIN segments, e.g. {@code BM-NMC}. */
    @Column(name = "code", length = 40, nullable = false, unique = true)
    private String code;

    @Column(name = "name", length = 200, nullable = false)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(name = "category", length = 30, nullable = false)
    private MaterialCategory category;

    @Enumerated(EnumType.STRING)
    @Column(name = "default_unit", length = 16, nullable = false)
    private UnitOfMeasure defaultUnit;

    @Column(name = "specification", length = 2000)
    private String specification;

    @Embedded
    private Hazmat hazmat;

    protected Material() {
        // JPA
    }

    public Material(String code, String name, MaterialCategory category, UnitOfMeasure defaultUnit,
                    String specification, Hazmat hazmat) {
        if (code == null || code.isBlank()) {
            throw new IllegalArgumentException("Material code is required");
        }
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("Material name is required");
        }
        this.code = code.strip();
        this.name = name.strip();
        this.category = Objects.requireNonNull(category, "category");
        this.defaultUnit = Objects.requireNonNull(defaultUnit, "default unit");
        this.specification = specification;
        this.hazmat = hazmat;
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

    public MaterialCategory category() {
        return category;
    }

    public UnitOfMeasure defaultUnit() {
        return defaultUnit;
    }

    public String specification() {
        return specification;
    }

    public Optional<Hazmat> hazmat() {
        return Optional.ofNullable(hazmat);
    }

    @Override
    public String toString() {
        return code;
    }
}
