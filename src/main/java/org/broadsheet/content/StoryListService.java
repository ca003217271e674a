package org.broadsheet.content;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;

/** The newsroom's lists of stories: the stories screen's tabs and the dashboard. */
@Service
public class StoryListService {

    private final StoryRepository stories;
    private final TaxonomyService taxonomy;

    StoryListService(StoryRepository stories, TaxonomyService taxonomy) {
        this.stories = stories;
        this.taxonomy = taxonomy;
    }

    /** One page of a tab; {@code hasNext} when there is a page after it. */
    public record StoryList(List<StoryListItem> items, boolean hasNext, Map<StoryTab, Long> counts) {
    }

    /** What the dashboard shows. {@code pendingReview} counts drafts submitted for review that the actor can see. */
    public record Dashboard(List<StoryListItem> myDrafts, List<StoryListItem> scheduled, List<StoryListItem> published,
                            long pendingReview) {
    }

    /** Stories the actor may see: their own, or everyone's for editors. */
    public StoryList list(StoryActor actor, StoryQuery query) {
        requireWriter(actor);
        Map<StoryTab, Long> counts = stories.counts(actor.editsOthers(), actor.accountId());
        Long authorId = null;
        Long categoryId = null;
        if (!StoryFields.blank(query.author())) {
            Optional<Author> author = taxonomy.author(query.author().strip());
            if (author.isEmpty()) {
                return new StoryList(List.of(), false, counts);
            }
            authorId = author.get().id();
        }
        if (!StoryFields.blank(query.category())) {
            Optional<Category> category = taxonomy.category(query.category().strip());
            if (category.isEmpty()) {
                return new StoryList(List.of(), false, counts);
            }
            categoryId = category.get().id();
        }
        int page = Math.clamp(query.page(), 1, StoryQuery.MAX_PAGE);
        List<StoryListItem> rows = new ArrayList<>(stories.list(
                new StoryQuery(query.tab(), query.category(), query.author(), query.title(), page),
                authorId, categoryId, actor.editsOthers(), actor.accountId()));
        boolean more = rows.size() > StoryQuery.PAGE_SIZE;
        if (more) {
            rows.removeLast();
        }
        return new StoryList(rows, more && page < StoryQuery.MAX_PAGE, counts);
    }

    public Dashboard dashboard(StoryActor actor) {
        requireWriter(actor);
        Map<StoryTab, Long> counts = stories.counts(actor.editsOthers(), actor.accountId());
        return new Dashboard(stories.ownDrafts(actor.accountId(), 10),
                stories.inStatus(ArticleStatus.SCHEDULED, actor.editsOthers(), actor.accountId(), true, 10),
                stories.inStatus(ArticleStatus.PUBLISHED, actor.editsOthers(), actor.accountId(), false, 10),
                counts.get(StoryTab.REVIEW));
    }

    private static void requireWriter(StoryActor actor) {
        if (!actor.writes()) {
            throw new AccessDeniedException("Your role does not let you write stories.");
        }
    }
}
