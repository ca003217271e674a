package org.broadsheet.syndication;

import java.util.Map;

/** A review decision that cannot be carried out; {@code fields} says why, by form field. */
public class ReviewException extends RuntimeException {

    private final Map<String, String> fields;

    public ReviewException(String message, Map<String, String> fields) {
        super(message);
        this.fields = Map.copyOf(fields);
    }

    public Map<String, String> fields() {
        return fields;
    }
}
