package org.broadsheet.content;

import java.util.List;

/**
 * Where a story came from when it was published from a wire feed.
 *
 * @param attribution    the line shown under the story, already filled in with the source's name
 * @param originalTitle  the wire's own headline when ours was rewritten, else null
 * @param noIndex        the source's search-engine policy asks for {@code noindex} on our copy
 * @param alsoReportedBy other sources that sent the same story (shown as "Also reported by ...")
 */
public record Syndication(String sourceName, String sourceUrl, String attribution, String canonicalUrl,
                          String originalTitle, boolean noIndex, List<String> alsoReportedBy) {

    public static final String DEFAULT_ATTRIBUTION =
            "Except for the headline, this story has not been edited by {source} staff and is published from a syndicated feed.";

    public Syndication {
        alsoReportedBy = alsoReportedBy == null ? List.of() : List.copyOf(alsoReportedBy);
    }

    public Syndication(String sourceName, String sourceUrl, String attribution, String canonicalUrl, String originalTitle) {
        this(sourceName, sourceUrl, attribution, canonicalUrl, originalTitle, false, List.of());
    }

    public static String attributionFor(String sourceName) {
        return DEFAULT_ATTRIBUTION.replace("{source}", sourceName);
    }

    public boolean headlineRewritten() {
        return originalTitle != null && !originalTitle.isBlank();
    }
}
