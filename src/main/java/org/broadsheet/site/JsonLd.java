package org.broadsheet.site;

import java.util.Map;

import gg.jte.Content;
import gg.jte.TemplateOutput;
import tools.jackson.databind.json.JsonMapper;

/**
 * A JSON-LD block for {@code <script type="application/ld+json">}. Written by Jackson and with
 * every {@code <} escaped, so no value can close the script element.
 */
public final class JsonLd implements Content {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private final String json;

    private JsonLd(String json) {
        this.json = json;
    }

    public static JsonLd of(Map<String, ?> data) {
        return new JsonLd(JSON.writeValueAsString(data).replace("<", "\\u003c"));
    }

    public String json() {
        return json;
    }

    @Override
    public void writeTo(TemplateOutput output) {
        output.writeContent(json);
    }
}
