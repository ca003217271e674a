package org.broadsheet.api;

import java.util.LinkedHashMap;
import java.util.Map;

/** Input that fails validation: answered 400 with a message for each field (see {@link ApiError#fields()}). */
public class InvalidFieldsException extends RuntimeException {

    private final Map<String, String> fields;

    public InvalidFieldsException(Map<String, String> fields) {
        super("Some fields need fixing: " + String.join(", ", fields.keySet()) + ".");
        this.fields = Map.copyOf(new LinkedHashMap<>(fields));
    }

    public Map<String, String> fields() {
        return fields;
    }
}
