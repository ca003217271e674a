package org.broadsheet.api;

/** The body of every JSON error: {@code {"error": "...", "status": 400}}. */
public record ApiError(String error, int status) {
}
