package com.ascendelements.portal.catalog;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

/** The repository of materials. */
@ApplicationScoped
public class Materials {

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    public Optional<Material> byCode(String code) {
        return em.createNamedQuery(Material.BY_CODE, Material.class)
                .setParameter("code", code).getResultStream().findFirst();
    }

    public List<Material> all() {
        return em.createNamedQuery(Material.ALL, Material.class).getResultList();
    }

    public Material add(Material material) {
        em.persist(material);
        return material;
    }
}
