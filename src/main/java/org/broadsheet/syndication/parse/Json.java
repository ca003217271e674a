package org.broadsheet.syndication.parse;

import java.time.Instant;

import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.json.JsonReadFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Lenient, bounded JSON reading for JSON Feed and ninjs, and small accessors that never throw. */
final class Json {

    static final JsonMapper MAPPER = JsonMapper.builder(JsonFactory.builder()
                    .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(200).maxNumberLength(100)
                            .maxStringLength(20_000_000).build())
                    .build())
            .enable(JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS, JsonReadFeature.ALLOW_TRAILING_COMMA,
                    JsonReadFeature.ALLOW_SINGLE_QUOTES, JsonReadFeature.ALLOW_JAVA_COMMENTS,
                    JsonReadFeature.ALLOW_BACKSLASH_ESCAPING_ANY_CHARACTER)
            .build();

    private Json() {
    }

    /** A field's value as a string (numbers and booleans too), trimmed; null when missing, blank or a container. */
    static String str(JsonNode node, String field) {
        return node == null || !node.isObject() ? null : scalar(node.get(field));
    }

    static String scalar(JsonNode value) {
        if (value == null || value.isNull() || value.isContainer() || value.isMissingNode()) {
            return null;
        }
        return Xml.trimmed(value.asString());
    }

    static Instant date(JsonNode node, String field) {
        JsonNode v = node == null ? null : node.get(field);
        if (v != null && v.isNumber()) {
            return FeedDates.parse(Long.toString(v.asLong()));
        }
        return FeedDates.parse(str(node, field));
    }
}
