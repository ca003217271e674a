package org.broadsheet.demo;

import java.awt.Color;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.broadsheet.content.ArticleImporter;
import org.broadsheet.content.SiteSettings.SocialProfile;
import org.broadsheet.content.SiteSettingsService;
import org.broadsheet.content.StaticPageService;
import org.broadsheet.content.TaxonomyService;
import org.broadsheet.platform.config.BroadsheetProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Loads the demo site on start when {@code broadsheet.demo=true}: settings, sections, authors,
 * static pages, 44 original stories (some from fictional wire services) with generated
 * pictures. Runs once per data directory: a second start finds the marker setting and does nothing.
 * Story times are moved so that the newest demo story is an hour old.
 */
@Component
class DemoContent implements ApplicationRunner {

    static final String MARKER = "demo.loaded_at";
    private static final Logger log = LoggerFactory.getLogger(DemoContent.class);

    /** Sections in menu order, with their picture colours; world, business and local sit under "News". */
    private record Section(String slug, String name, String parent, Color color, String description) {
    }

    private static final List<Section> SECTIONS = List.of(
            new Section("world", "World", "news", new Color(0x1f5f8b), "Reporting from beyond our borders."),
            new Section("business", "Business", "news", new Color(0x2e7d5b), "Companies, jobs, markets and the economy."),
            new Section("technology", "Technology", null, new Color(0x5b4b9a), "Gadgets, software, the internet and the people who build them."),
            new Section("science", "Science", null, new Color(0x0f7c86), "Research, discoveries and the natural world."),
            new Section("culture", "Culture", null, new Color(0xa0522d), "Books, music, film, food and the arts."),
            new Section("sport", "Sport", null, new Color(0xb3121b), "Results, stories and people from the world of sport."),
            new Section("local", "Local", "news", new Color(0x8a6d1f), "Calder Bay and the Westmoor region."));

    private final ArticleImporter importer;
    private final TaxonomyService taxonomy;
    private final StaticPageService pages;
    private final SiteSettingsService settings;
    private final BroadsheetProperties properties;
    private final Clock clock;
    private final JsonMapper json = JsonMapper.builder().build();

    DemoContent(ArticleImporter importer, TaxonomyService taxonomy, StaticPageService pages,
                SiteSettingsService settings, BroadsheetProperties properties, Clock clock) {
        this.importer = importer;
        this.taxonomy = taxonomy;
        this.pages = pages;
        this.settings = settings;
        this.properties = properties;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) throws IOException {
        // checked here, not with a bean condition, so that Spring AOT's build-time bean set keeps it
        if (!properties.demo()) {
            return;
        }
        if (settings.value(MARKER).isPresent()) {
            log.info("event=demo_already_loaded");
            return;
        }
        long started = System.nanoTime();
        loadSettings();
        taxonomy.saveCategory("news", "News", "All our news sections.", null, null);
        for (int i = 0; i < SECTIONS.size(); i++) {
            Section s = SECTIONS.get(i);
            taxonomy.saveCategory(s.slug(), s.name(), s.description(), s.parent(), i + 1);
        }
        for (JsonNode author : json.readTree(resource("authors.json"))) {
            taxonomy.authorNamed(author.get("name").asString(), author.get("bio").asString());
        }
        for (JsonNode page : json.readTree(resource("pages.json"))) {
            pages.save(page.get("slug").asString(), page.get("title").asString(), page.get("body_html").asString());
        }
        ArticleImporter.Report report = importer.importLines(new BufferedReader(new StringReader(stories())), n -> { });
        if (report.failed() > 0) {
            report.errors().forEach(e -> log.warn("event=demo_story_failed line={} reason={}", e.line(), e.message()));
        }
        settings.put(MARKER, clock.instant().toString());
        log.info("event=demo_loaded stories={} millis={}", report.created() + report.updated(),
                Duration.ofNanos(System.nanoTime() - started).toMillis());
    }

    private void loadSettings() {
        settings.put("site.name", "The Broadsheet Gazette");
        settings.put("site.tagline", "Calder Bay and the world, every day");
        settings.put("site.about", "The Broadsheet Gazette is an independent newsroom for Calder Bay and the Westmoor "
                + "region, reporting on local life, business, science, culture and the wider world. This is demo content: "
                + "every person, place and event in it is invented.");
        settings.put("site.time_zone", "Europe/London");
        settings.replaceSocialProfiles(List.of(
                new SocialProfile("Facebook", "https://www.facebook.com/", 248_100, "Followers", "Like"),
                new SocialProfile("X", "https://x.com/", 61_100, "Followers", "Follow"),
                new SocialProfile("YouTube", "https://www.youtube.com/", 165_000, "Subscribers", "Subscribe"),
                new SocialProfile("Instagram", "https://www.instagram.com/", 38_400, "Followers", "Follow")));
    }

    /** The demo stories as JSON Lines, with fresh times and a generated picture each. */
    private String stories() throws IOException {
        List<ObjectNode> lines = new ArrayList<>();
        Instant newest = Instant.EPOCH;
        try (BufferedReader reader = new BufferedReader(new StringReader(resource("stories.jsonl")))) {
            String line;
            while ((line = reader.readLine()) != null) {
                if (!line.isBlank()) {
                    ObjectNode node = (ObjectNode) json.readTree(line);
                    lines.add(node);
                    Instant published = Instant.parse(node.get("published_at").asString());
                    newest = published.isAfter(newest) ? published : newest;
                }
            }
        }
        Duration shift = Duration.between(newest, clock.instant().minus(Duration.ofHours(1)));
        Map<String, Color> colors = new java.util.HashMap<>();
        SECTIONS.forEach(s -> colors.put(s.slug(), s.color()));
        StringBuilder out = new StringBuilder();
        Instant latestUpdate = clock.instant().minus(Duration.ofMinutes(10));
        for (ObjectNode node : lines) {
            Instant published = Instant.parse(node.get("published_at").asString()).plus(shift);
            Instant updated = Instant.parse(node.get("updated_at").asString()).plus(shift);
            if (updated.isAfter(latestUpdate)) {
                updated = published.isAfter(latestUpdate) ? published : latestUpdate;
            }
            node.put("published_at", published.toString());
            node.put("updated_at", updated.toString());
            String slug = node.get("slug").asString();
            Path file = properties.mediaDir().resolve("demo").resolve(slug + ".jpg");
            try {
                DemoImages.write(file, slug, colors.getOrDefault(node.get("category").asString(), Color.GRAY));
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot write demo picture " + file, e);
            }
            ObjectNode image = node.putObject("image");
            image.put("url", "/media/demo/" + slug + ".jpg");
            image.put("alt", node.path("image_alt").asString(""));
            image.put("caption", node.path("image_caption").asString(""));
            image.put("width", DemoImages.WIDTH);
            image.put("height", DemoImages.HEIGHT);
            out.append(json.writeValueAsString(node)).append('\n');
        }
        return out.toString();
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = new ClassPathResource("demo/" + name).getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
