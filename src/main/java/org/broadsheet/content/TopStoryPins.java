package org.broadsheet.content;

import java.time.Clock;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Stories editors pinned to the top of "Top Stories", above what readers read most. A pin or unpin
 * is journalled as a change of the story, so cached home pages and lists follow at once.
 */
@Service
public class TopStoryPins {

    /** As many as the home page's Top Stories block shows. */
    public static final int MAX_PINS = 5;

    private final JdbcClient jdbc;
    private final ChangeJournal journal;
    private final Clock clock;

    TopStoryPins(JdbcClient jdbc, ChangeJournal journal, Clock clock) {
        this.jdbc = jdbc;
        this.journal = journal;
        this.clock = clock;
    }

    /** Ids of the pinned stories, first pinned first. */
    public List<Long> pinnedIds() {
        return jdbc.sql("SELECT article_id FROM top_story_pin ORDER BY pinned_at, article_id")
                .query(Long.class).list();
    }

    /**
     * Pins a published story (a story pinned already stays where it is).
     *
     * @throws IllegalArgumentException in plain words, when the story is not published or the pins are full
     */
    @Transactional
    public void pin(long articleId, String pinnedBy) {
        String status = jdbc.sql("SELECT status FROM article WHERE id = :id").param("id", articleId)
                .query(String.class).optional()
                .orElseThrow(() -> new IllegalArgumentException("There is no story " + articleId + "."));
        if (ArticleStatus.fromDb(status) != ArticleStatus.PUBLISHED) {
            throw new IllegalArgumentException("Only published stories can be pinned; this one is " + status + ".");
        }
        List<Long> pinned = pinnedIds();
        if (pinned.contains(articleId)) {
            return;
        }
        if (pinned.size() >= MAX_PINS) {
            throw new IllegalArgumentException("At most " + MAX_PINS + " stories can be pinned; unpin one first.");
        }
        jdbc.sql("INSERT INTO top_story_pin (article_id, pinned_at, pinned_by) VALUES (:id, :now, :by)")
                .param("id", articleId).param("now", clock.millis()).param("by", pinnedBy).update();
        journal.record("article", articleId, "pinned");
    }

    /** Unpins a story; false when it was not pinned. */
    @Transactional
    public boolean unpin(long articleId) {
        boolean removed = jdbc.sql("DELETE FROM top_story_pin WHERE article_id = :id").param("id", articleId).update() == 1;
        if (removed) {
            journal.record("article", articleId, "unpinned");
        }
        return removed;
    }
}
