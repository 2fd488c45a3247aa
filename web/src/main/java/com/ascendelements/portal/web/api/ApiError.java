package com.ascendelements.portal.web.api;

/** The body of every error answer: a status and a reason a person can act on. */
public record ApiError(int status, String error, String message) {
}
