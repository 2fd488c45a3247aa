package com.ascendelements.portal.common;

import java.util.List;

/** One page of a list and the number of rows in the whole list. */
public record Page<T>(List<T> rows, long total) {
}
