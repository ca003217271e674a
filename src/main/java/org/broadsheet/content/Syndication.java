package org.broadsheet.content;

/**
 * Where a story came from when it was published from a wire feed.
 *
 * @param attribution   the line shown under the story, already filled in with the source's name
 * @param originalTitle the wire's own headline when ours was rewritten, else null
 */
public record Syndication(String sourceName, String sourceUrl, String attribution, String canonicalUrl,
                          String originalTitle) {

    public static final String DEFAULT_ATTRIBUTION =
            "Except for the headline, this story has not been edited by {source} staff and is published from a syndicated feed.";

    public static String attributionFor(String sourceName) {
        return DEFAULT_ATTRIBUTION.replace("{source}", sourceName);
    }

    public boolean headlineRewritten() {
        return originalTitle != null && !originalTitle.isBlank();
    }
}
