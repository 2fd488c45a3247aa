package com.ascendelements.portal.common;

/**
 * Which slice of a list to read and in which order. The sort field is one of the names the list offers; anything
 * else is refused, so that a request parameter never reaches a query as text.
 */
public record PageRequest(int first, int max, String sortField, boolean ascending) {

    public static final int MAX_PAGE_SIZE = 500;

    public PageRequest {
        if (first < 0 || max < 1 || max > MAX_PAGE_SIZE) {
            throw new InvalidRequestException("A page starts at 0 or later and holds 1 to " + MAX_PAGE_SIZE + " rows");
        }
    }

    public static PageRequest of(int first, int max) {
        return new PageRequest(first, max, null, false);
    }
}
