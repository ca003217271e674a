package org.broadsheet.newsroom.admin;

import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import org.broadsheet.content.InputProblem;

/** Problems of a submitted newsroom form by field name, shown next to the fields (400). */
public record FormErrors(Map<String, String> byField) {

    static FormErrors none() {
        return new FormErrors(Map.of());
    }

    static FormErrors of(String field, String message, HttpServletResponse response) {
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        Map<String, String> map = new LinkedHashMap<>();
        map.put(field, message);
        return new FormErrors(map);
    }

    static FormErrors of(InputProblem problem, HttpServletResponse response) {
        return of(problem.field(), problem.getMessage(), response);
    }

    public String get(String field) {
        return byField.get(field);
    }

    public boolean any() {
        return !byField.isEmpty();
    }
}
