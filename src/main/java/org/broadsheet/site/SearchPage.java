package org.broadsheet.site;

import java.util.List;

import org.broadsheet.content.ArticleSummary;

/** Search results; {@code query} is empty before the reader searched. */
public record SearchPage(Chrome chrome, PageMeta meta, String query, List<ArticleSummary> results, String nextUrl,
                         String message) {
}
