package org.broadsheet.content;

import java.util.Map;

/** A story that cannot be saved as given: a message per field ("title", "slug", "scheduledAt", ...). */
public class StoryInvalid extends RuntimeException {

    private final Map<String, String> fields;

    public StoryInvalid(Map<String, String> fields) {
        super("The story has errors: " + String.join(", ", fields.keySet()));
        this.fields = Map.copyOf(fields);
    }

    public StoryInvalid(String field, String message) {
        this(Map.of(field, message));
    }

    public Map<String, String> fields() {
        return fields;
    }
}
