package org.broadsheet.site;

import java.util.List;

import org.broadsheet.content.ArticleSummary;

/** The front page: lead story, top stories, a section per category, and the social block. */
public record HomePage(Chrome chrome, PageMeta meta, ArticleSummary lead, List<ArticleSummary> topStories,
                       List<ArticleSummary> latest, List<Section> sections) {

    /** A category's newest stories. */
    public record Section(String name, String url, List<ArticleSummary> stories) {
    }
}
