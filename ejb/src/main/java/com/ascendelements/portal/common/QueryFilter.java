package com.ascendelements.portal.common;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds the WHERE clause of a list query from optional criteria, with every value bound as a parameter, and runs
 * the page query and its count. Sorting is limited to the fields a list declares.
 */
public final class QueryFilter {

    private final List<String> conditions = new ArrayList<>();
    private final Map<String, Object> parameters = new LinkedHashMap<>();
    private final Map<String, Object> hints = new LinkedHashMap<>();

    /** Adds a condition when the value is present (non-null, non-blank); {@code :p} in the condition is its parameter. */
    public QueryFilter when(Object value, String condition) {
        if (value == null || value instanceof String s && s.isBlank()) {
            return this;
        }
        String name = "p" + parameters.size();
        conditions.add(condition.replace(":p", ":" + name));
        parameters.put(name, value instanceof String s ? s.strip() : value);
        return this;
    }

    /** A case-insensitive "contains" on a text field. */
    public QueryFilter contains(String value, String field) {
        return value == null || value.isBlank() ? this
                : when("%" + value.strip().toLowerCase() + "%", "LOWER(" + field + ") LIKE :p");
    }

    /**
     * Reads a collection of the listed rows for the whole page in one more query (EclipseLink batch reading),
     * instead of one query per row, e.g. {@code batch("o.lines")} when the list shows order totals.
     */
    public QueryFilter batch(String path) {
        hints.put("eclipselink.batch", path);
        hints.put("eclipselink.batch.type", "IN");
        return this;
    }

    public <T> Page<T> page(EntityManager em, Class<T> type, String entity, String alias, PageRequest page,
                            Map<String, String> sortable, String defaultOrder) {
        String where = conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
        String order;
        if (page.sortField() == null) {
            order = defaultOrder;
        } else if (sortable.containsKey(page.sortField())) {
            order = sortable.get(page.sortField()) + (page.ascending() ? " ASC" : " DESC") + ", " + alias + ".id DESC";
        } else {
            throw new InvalidRequestException("This list cannot be sorted by " + page.sortField());
        }
        TypedQuery<T> rows = em.createQuery("SELECT " + alias + " FROM " + entity + " " + alias + where + " ORDER BY " + order, type);
        TypedQuery<Long> count = em.createQuery("SELECT COUNT(" + alias + ") FROM " + entity + " " + alias + where, Long.class);
        hints.forEach(rows::setHint);
        parameters.forEach((name, value) -> {
            rows.setParameter(name, value);
            count.setParameter(name, value);
        });
        return new Page<>(rows.setFirstResult(page.first()).setMaxResults(page.max()).getResultList(), count.getSingleResult());
    }
}
