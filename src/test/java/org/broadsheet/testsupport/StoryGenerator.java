package org.broadsheet.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

import org.broadsheet.content.Slugs;
import tools.jackson.databind.json.JsonMapper;

/**
 * The project's own test corpus: stories in the JSON Lines import format (see ImportLine),
 * {@code id, title, slug, category, tags, author, published_at, updated_at, excerpt, body_html,
 * source {name, url} | null}. The same seed (and namespace) always gives the same lines.
 * <p>
 * The namespace is appended to category, tag and author names, so a test can import names no
 * other test has used; slugs carry the seed, so two seeds never share a story.
 */
public final class StoryGenerator {

    private static final Instant START = Instant.parse("2021-01-04T06:00:00Z");
    private static final long SPAN_SECONDS = 2L * 365 * 24 * 3600;
    private static final String[] CATEGORIES = {"World", "Business", "Technology", "Science", "Culture", "Sport"};
    private static final String[] TAGS = {"Climate", "Elections", "Transport", "Health", "Housing", "Energy",
            "Courts", "Schools", "Markets", "Football"};
    private static final String[] AUTHORS = {"Maren Holt", "Tomasz Wójcik", "Amara Okafor", "José Álvarez",
            "Lena Fischer", "Kenji Mori"};
    private static final String[][] SOURCES = {{"Meridian Wire", "meridian-wire.example"},
            {"Harbour Press Agency", "harbour-press.example"}, {"Northern Newsdesk", "northern-newsdesk.example"}};
    private static final String[] WORDS = ("council harbour vote plan budget river bridge school court minister "
            + "market storm energy trial report study rail port strike season coach league museum theatre "
            + "festival hospital doctors nurses housing rent tenants farmers harvest drought flood rescue police "
            + "election mayor parliament treaty talks summit exports factory workers union wages science "
            + "telescope vaccine research university students climate emissions solar wind battery").split(" ");

    private final long seed;
    private final String namespace;
    private final JsonMapper json = JsonMapper.builder().build();

    public StoryGenerator(long seed) {
        this(seed, "");
    }

    public StoryGenerator(long seed, String namespace) {
        this.seed = seed;
        this.namespace = namespace.isBlank() ? "" : " " + namespace.strip();
    }

    /** {@code count} stories as JSON Lines, one object per line. */
    public List<String> lines(int count) {
        Random random = new Random(seed);
        List<String> lines = new ArrayList<>(count);
        for (int i = 1; i <= count; i++) {
            lines.add(json.writeValueAsString(story(random, i)));
        }
        return lines;
    }

    /** Writes {@code count} stories to {@code file} and returns it. */
    public Path write(Path file, int count) {
        try {
            return Files.write(file, lines(count), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The category names this generator uses, with the namespace. */
    public List<String> categories() {
        return names(CATEGORIES);
    }

    public List<String> tags() {
        return names(TAGS);
    }

    public List<String> authors() {
        return names(AUTHORS);
    }

    private Map<String, Object> story(Random random, int number) {
        String title = headline(random);
        String slug = Slugs.of(title) + "-" + Long.toHexString(seed) + "-" + number;
        Instant published = START.plusSeconds((long) (random.nextDouble() * SPAN_SECONDS));
        Instant updated = random.nextInt(3) == 0 ? published.plusSeconds(60L + random.nextInt(72 * 3600)) : published;
        List<String> tags = new ArrayList<>();
        int tagCount = random.nextInt(4);
        while (tags.size() < tagCount) {
            String tag = pick(random, TAGS) + namespace;
            if (!tags.contains(tag)) {
                tags.add(tag);
            }
        }
        Map<String, Object> story = new LinkedHashMap<>();
        story.put("id", "gen-" + seed + "-" + number);
        story.put("title", title);
        story.put("slug", slug);
        story.put("category", pick(random, CATEGORIES) + namespace);
        story.put("tags", tags);
        story.put("author", pick(random, AUTHORS) + namespace);
        story.put("published_at", published.toString());
        story.put("updated_at", updated.toString());
        story.put("excerpt", sentence(random, 12 + random.nextInt(10)));
        story.put("body_html", body(random));
        if (random.nextInt(10) < 4) {
            String[] source = SOURCES[random.nextInt(SOURCES.length)];
            Map<String, Object> from = new LinkedHashMap<>();
            from.put("name", source[0]);
            from.put("url", "https://" + source[1] + "/" + slug);
            story.put("source", from);
        } else {
            story.put("source", null);
        }
        return story;
    }

    private String headline(Random random) {
        StringBuilder title = new StringBuilder();
        int words = 5 + random.nextInt(7);
        for (int i = 0; i < words; i++) {
            String word = pick(random, WORDS);
            title.append(i == 0 ? "" : " ").append(Character.toUpperCase(word.charAt(0))).append(word.substring(1));
        }
        return title.toString();
    }

    private String body(Random random) {
        StringBuilder html = new StringBuilder();
        int paragraphs = 3 + random.nextInt(6);
        for (int i = 0; i < paragraphs; i++) {
            int kind = random.nextInt(10);
            if (kind == 0 && i > 0) {
                html.append("<h2>").append(headline(random)).append("</h2>");
            } else if (kind == 1) {
                html.append("<blockquote><p>").append(sentence(random, 15)).append("</p></blockquote>");
            } else if (kind == 2) {
                html.append("<p>").append(sentence(random, 20)).append(" <a href=\"https://example.org/")
                        .append(pick(random, WORDS)).append("\">Read the report</a>.</p>");
            } else {
                html.append("<p>").append(sentence(random, 40 + random.nextInt(80))).append("</p>");
            }
        }
        return html.toString();
    }

    private static String sentence(Random random, int words) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < words; i++) {
            text.append(i == 0 ? "" : " ").append(pick(random, WORDS));
        }
        return Character.toUpperCase(text.charAt(0)) + text.substring(1) + ".";
    }

    private static String pick(Random random, String[] values) {
        return values[random.nextInt(values.length)];
    }

    private List<String> names(String[] values) {
        List<String> names = new ArrayList<>();
        for (String value : values) {
            names.add(value + namespace);
        }
        return names;
    }

    @Override
    public String toString() {
        return "StoryGenerator(seed=" + seed + ", namespace=" + namespace.strip().toLowerCase(Locale.ROOT) + ")";
    }
}
