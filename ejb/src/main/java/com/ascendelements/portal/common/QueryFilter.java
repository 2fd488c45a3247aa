package com.ascendelements.portal.common;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Builds the WHERE clause of a list query from optional criteria, with every value bound as a parameter, and runs
 * the page query and its count. Sorting is limited to the fields a list declares.
 *
 * <p>Counting a million interchanges costs more than reading a page of them, and many people look at the same
 * unfiltered first pages. So each node remembers a list's total for a few seconds, per query and parameters
 * (which include the partner a partner user is restricted to): a paginator may show a total that is seconds old,
 * the rows themselves are always read fresh. This is a per-node cache of derived figures, not shared state.
 */
public final class QueryFilter {

    static final Duration COUNT_FRESHNESS = Duration.ofSeconds(10);
    private static final int MAX_CACHED_COUNTS = 2_000;
    private static final Map<String, CachedCount> COUNTS = new ConcurrentHashMap<>();

    private record CachedCount(long total, long readAtNanos) {
        boolean isFresh() {
            return System.nanoTime() - readAtNanos < COUNT_FRESHNESS.toNanos();
        }
    }

    private final List<String> conditions = new ArrayList<>();
    private final Map<String, Object> parameters = new LinkedHashMap<>();
    private final List<String> batched = new ArrayList<>();

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
    public QueryFilter batch(String... paths) {
        batched.addAll(List.of(paths));
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
        String countJpql = "SELECT COUNT(" + alias + ") FROM " + entity + " " + alias + where;
        if (!batched.isEmpty()) {
            rows.setHint("eclipselink.batch.type", "IN");
            batched.forEach(path -> rows.setHint("eclipselink.batch", path));
        }
        parameters.forEach(rows::setParameter);
        List<T> found = rows.setFirstResult(page.first()).setMaxResults(page.max()).getResultList();
        return new Page<>(found, count(em, countJpql));
    }

    private long count(EntityManager em, String countJpql) {
        String key = countJpql + parameters;
        CachedCount cached = COUNTS.get(key);
        if (cached != null && cached.isFresh()) {
            return cached.total();
        }
        TypedQuery<Long> count = em.createQuery(countJpql, Long.class);
        parameters.forEach(count::setParameter);
        long total = count.getSingleResult();
        if (COUNTS.size() >= MAX_CACHED_COUNTS) {
            COUNTS.clear();
        }
        COUNTS.put(key, new CachedCount(total, System.nanoTime()));
        return total;
    }
}
