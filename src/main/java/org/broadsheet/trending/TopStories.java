package org.broadsheet.trending;

import java.util.ArrayList;
import java.util.List;

import org.broadsheet.content.Article;
import org.broadsheet.content.ArticleService;
import org.broadsheet.content.ArticleSummary;
import org.broadsheet.content.TopStoryPins;
import org.broadsheet.platform.web.Cursor;
import org.broadsheet.search.Suggestions;
import org.springframework.stereotype.Service;

/**
 * "Top Stories": the stories editors pinned, then the published stories read most lately, topped
 * up with the newest ones.
 */
@Service
public class TopStories {

    private final ViewCounter counter;
    private final Suggestions stories;
    private final ArticleService articles;
    private final TopStoryPins pins;

    TopStories(ViewCounter counter, Suggestions stories, ArticleService articles, TopStoryPins pins) {
        this.pins = pins;
        this.counter = counter;
        this.stories = stories;
        this.articles = articles;
    }

    /**
     * Up to {@code limit} stories: pinned ones first (even the lead story, since an editor chose it),
     * then trending, never {@code excludeId} (the lead story, say; 0 for none) among the unpinned.
     */
    public List<ArticleSummary> top(int limit, long excludeId) {
        List<ArticleSummary> result = new ArrayList<>();
        // from the database, not the index: a story pinned right after publishing may not be indexed yet
        for (long id : pins.pinnedIds()) {
            if (result.size() < limit) {
                articles.findPublished(id).map(Article::summary).ifPresent(result::add);
            }
        }
        for (ArticleSummary s : stories.stories(counter.top(limit * 2 + 1))) {
            if (s.id() != excludeId && result.size() < limit && result.stream().noneMatch(r -> r.id() == s.id())) {
                result.add(s);
            }
        }
        if (result.size() < limit) {
            for (ArticleSummary s : articles.latest(Cursor.START, limit * 2 + 1).items()) {
                if (s.id() != excludeId && result.size() < limit && result.stream().noneMatch(r -> r.id() == s.id())) {
                    result.add(s);
                }
            }
        }
        return result;
    }
}
