package org.broadsheet.syndication;

import java.net.URI;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.broadsheet.content.Slugs;
import org.broadsheet.content.Syndication;

/**
 * A source's settings as an editor or an API client gives them, as text (so nothing typed is lost
 * when it is wrong). {@link #validate()} says what is wrong, field by field, in plain words.
 *
 * @param categoryMap one mapping per line: {@code Feed category = site-category-slug}
 * @param include     keywords separated by commas or new lines
 * @param pollMinutes a whole number of minutes, 5 to 1440
 */
public record SourceSettings(String name, String url, String categorySlug, String categoryMap, String mode,
                             String attribution, boolean allowRewrite, String include, String exclude,
                             String pollMinutes, String seoPolicy, String duplicatePolicy, boolean enabled) {

    public static final int MIN_POLL_MINUTES = 1;
    public static final int MAX_POLL_MINUTES = 1440;
    public static final int DEFAULT_POLL_MINUTES = 15;

    /** Settings for a new source: review mode, default attribution, canonical to the original, skip duplicates. */
    public static SourceSettings defaults() {
        return new SourceSettings("", "", "", "", "review", Syndication.DEFAULT_ATTRIBUTION, false, "", "",
                String.valueOf(DEFAULT_POLL_MINUTES), "canonical", "skip", true);
    }

    /** What is wrong, by field name; empty when all is well. */
    public Map<String, String> validate() {
        Map<String, String> errors = new LinkedHashMap<>();
        if (blank(name)) {
            errors.put("name", "Give the source a name.");
        } else if (name.strip().length() > 120) {
            errors.put("name", "Keep the name under 120 characters.");
        }
        String urlProblem = urlProblem(url);
        if (urlProblem != null) {
            errors.put("url", urlProblem);
        }
        if (blank(categorySlug) || !Slugs.isValid(categorySlug.strip())) {
            errors.put("categorySlug", "Choose the default category (a category slug such as “world”).");
        }
        try {
            mapping(categoryMap);
        } catch (IllegalArgumentException e) {
            errors.put("categoryMap", e.getMessage());
        }
        if (parse(Source.Mode.class, mode) == null) {
            errors.put("mode", "Choose “auto” (publish automatically) or “review” (queue for review).");
        }
        if (blank(attribution)) {
            errors.put("attribution", "Write the attribution line; {source} stands for the source's name.");
        } else if (attribution.length() > 500) {
            errors.put("attribution", "Keep the attribution under 500 characters.");
        }
        Integer minutes = minutes(pollMinutes);
        if (minutes == null) {
            errors.put("pollMinutes", "Poll every " + MIN_POLL_MINUTES + " to " + MAX_POLL_MINUTES + " minutes (a whole number).");
        }
        if (parse(Source.SeoPolicy.class, seoPolicy) == null) {
            errors.put("seoPolicy", "Choose “canonical”, “noindex” or “index”.");
        }
        if (parse(Source.DuplicatePolicy.class, duplicatePolicy) == null) {
            errors.put("duplicatePolicy", "Choose “skip” or “also”.");
        }
        return errors;
    }

    /** The source these settings describe (call {@link #validate()} first). */
    Source toSource(long id, Source.Health health) {
        return new Source(id, name.strip(), url.strip(), categorySlug.strip(), mapping(categoryMap),
                parse(Source.Mode.class, mode), attribution.strip(), allowRewrite, keywords(include), keywords(exclude),
                minutes(pollMinutes), parse(Source.SeoPolicy.class, seoPolicy),
                parse(Source.DuplicatePolicy.class, duplicatePolicy), enabled, health);
    }

    /** The settings of an existing source, for its edit form. */
    public static SourceSettings of(Source s) {
        StringBuilder map = new StringBuilder();
        s.categoryMap().forEach((feed, site) -> map.append(feed).append(" = ").append(site).append('\n'));
        return new SourceSettings(s.name(), s.feedUrl(), s.categorySlug(), map.toString().strip(), s.mode().key(),
                s.attribution(), s.allowRewrite(), String.join(", ", s.includeKeywords()),
                String.join(", ", s.excludeKeywords()), String.valueOf(s.pollMinutes()), s.seoPolicy().key(),
                s.duplicatePolicy().key(), s.enabled());
    }

    static String urlProblem(String url) {
        if (blank(url)) {
            return "Give the feed's address (http or https).";
        }
        try {
            URI uri = new URI(url.strip());
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!scheme.equals("http") && !scheme.equals("https") || uri.getHost() == null) {
                return "The feed's address must start with http:// or https:// and name a server.";
            }
            if (url.length() > 2000) {
                return "That address is too long.";
            }
            return null;
        } catch (Exception e) {
            return "That is not a web address.";
        }
    }

    static Map<String, String> mapping(String text) {
        Map<String, String> map = new LinkedHashMap<>();
        if (text == null) {
            return map;
        }
        int lineNumber = 0;
        for (String line : text.split("\\R")) {
            lineNumber++;
            if (line.isBlank()) {
                continue;
            }
            int equals = line.lastIndexOf('=');
            String feed = equals < 0 ? "" : line.substring(0, equals).strip();
            String site = equals < 0 ? "" : line.substring(equals + 1).strip();
            if (feed.isEmpty() || !Slugs.isValid(site)) {
                throw new IllegalArgumentException("Line " + lineNumber + " should read “Feed category = site-category-slug”.");
            }
            map.put(feed.toLowerCase(Locale.ROOT), site);
        }
        return map;
    }

    static List<String> keywords(String text) {
        if (text == null) {
            return List.of();
        }
        List<String> words = new ArrayList<>();
        Arrays.stream(text.split("[,\\n\\r]+")).map(String::strip).filter(w -> !w.isEmpty())
                .map(w -> w.toLowerCase(Locale.ROOT)).distinct().forEach(words::add);
        return List.copyOf(words);
    }

    static Integer minutes(String text) {
        try {
            int value = Integer.parseInt(text == null ? "" : text.strip());
            return value >= MIN_POLL_MINUTES && value <= MAX_POLL_MINUTES ? value : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    static <E extends Enum<E>> E parse(Class<E> type, String value) {
        if (value == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
