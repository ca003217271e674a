package org.broadsheet.api;

import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The body of every JSON error: {@code {"error": "...", "status": 400}}, and for invalid input also
 * {@code "fields": {"title": "Enter a headline."}} naming each field that needs fixing.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ApiError(String error, int status, Map<String, String> fields) {

    public ApiError(String error, int status) {
        this(error, status, null);
    }
}
