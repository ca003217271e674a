package org.broadsheet.content;

import java.io.IOException;
import java.io.InputStream;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Creates the static pages the footer links to (About Us, Privacy Policy, ...) with short
 * starter texts when they do not exist yet. Pages that exist are never touched.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class DefaultPages implements ApplicationRunner {

    private final StaticPageService pages;

    DefaultPages(StaticPageService pages) {
        this.pages = pages;
    }

    @Override
    public void run(ApplicationArguments args) throws IOException {
        JsonNode defaults;
        try (InputStream in = new ClassPathResource("defaults/pages.json").getInputStream()) {
            defaults = JsonMapper.builder().build().readTree(in);
        }
        for (JsonNode page : defaults) {
            String slug = page.get("slug").asString();
            if (pages.find(slug).isEmpty()) {
                pages.save(slug, page.get("title").asString(), page.get("body_html").asString());
            }
        }
    }
}
