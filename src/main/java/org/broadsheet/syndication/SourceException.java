package org.broadsheet.syndication;

import java.util.Map;

/** Settings that cannot be saved; {@code fields} says what is wrong, by field name, in plain words. */
public class SourceException extends RuntimeException {

    private final Map<String, String> fields;

    public SourceException(Map<String, String> fields) {
        super("Please correct the marked fields: " + String.join(" ", fields.values()));
        this.fields = Map.copyOf(fields);
    }

    public Map<String, String> fields() {
        return fields;
    }
}
