package org.broadsheet.syndication;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A wire feed we take stories from, with how its items become stories and how its polling goes.
 *
 * @param categoryMap     the feed's own category names (lowercase) to site category slugs
 * @param attribution     the line under each story; {@code {source}} stands for {@link #name}
 * @param allowRewrite    editors may give its stories a headline of their own (the wire's is kept)
 * @param includeKeywords an item must mention one of these (none: every item)
 * @param excludeKeywords an item mentioning one of these is left out
 */
public record Source(long id, String name, String feedUrl, String categorySlug, Map<String, String> categoryMap,
                     Mode mode, String attribution, boolean allowRewrite, List<String> includeKeywords,
                     List<String> excludeKeywords, int pollMinutes, SeoPolicy seoPolicy,
                     DuplicatePolicy duplicatePolicy, boolean enabled, Health health) {

    /** Publish items at once, or queue them for an editor. */
    public enum Mode {
        AUTO("Publish automatically"), REVIEW("Queue for review");

        private final String label;

        Mode(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }

        public String key() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** What search engines are told about our copy of a story. */
    public enum SeoPolicy {
        CANONICAL("Point to the original (rel=canonical)"), NOINDEX("Keep out of search engines (noindex)"),
        INDEX("Index as our own");

        private final String label;

        SeoPolicy(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }

        public String key() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** What happens to a story another source already sent. */
    public enum DuplicatePolicy {
        SKIP("Skip it"), ALSO("Add “Also reported by” to the story we have");

        private final String label;

        DuplicatePolicy(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }

        public String key() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /**
     * How polling goes. {@code lastStatus}: "new" (never polled), "ok", "error" (failed, will retry),
     * "failing" (failed {@link SourceService#FAILING_AFTER} times in a row); {@code lastError} in plain words.
     */
    public record Health(Instant lastPolledAt, String lastStatus, String lastError, int consecutiveFailures,
                         Instant nextPollAt, long itemCount, String etag, String lastModified) {

        public boolean failing() {
            return "failing".equals(lastStatus);
        }
    }

    public Duration pollInterval() {
        return Duration.ofMinutes(pollMinutes);
    }

    /** The attribution line with the source's name filled in. */
    public String attributionLine() {
        return attribution.replace("{source}", name);
    }

    /** The site category for an item with these feed categories: the first mapped one, else the default. */
    public String categoryFor(List<String> feedCategories) {
        if (feedCategories != null) {
            for (String category : feedCategories) {
                String mapped = category == null ? null : categoryMap.get(category.strip().toLowerCase(Locale.ROOT));
                if (mapped != null) {
                    return mapped;
                }
            }
        }
        return categorySlug;
    }
}
