package org.broadsheet.search;

import org.broadsheet.content.ArticleStatus;
import org.broadsheet.content.ChangeJournal;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * On PostgreSQL a journal entry can become visible after a newer one (ids come from a sequence,
 * transactions commit in any order). Simulated here: a story's entry shows up below the position
 * the index already reached, and the follower still picks it up.
 */
class SearchJournalGapIT extends SearchTestSupport {

    @Autowired
    PlatformTransactionManager transactions;
    @Autowired
    ChangeJournal journal;

    @Test
    void anEntryCommittedAfterANewerOneWasFollowedIsStillIndexed() {
        long late = articles.save(withStatus(story("puffin-late", "Puffin chicks fledge late", "",
                "<p>Puffins.</p>", "Science", daysAgo(1)), ArticleStatus.DRAFT)).id();
        TransactionTemplate tx = new TransactionTemplate(transactions);
        long[] skipped = new long[1];
        tx.executeWithoutResult(status -> {
            skipped[0] = journal.latestPosition() + 1;
            jdbc.sql("INSERT INTO content_change (id, entity, entity_id, action, changed_at) VALUES (:id, 'settings', 0, 'x', 0)")
                    .param("id", skipped[0]).update();
            articles.save(story("puffin-early", "Puffin colony counted", "", "<p>Puffins.</p>", "Science", daysAgo(1)));
            jdbc.sql("DELETE FROM content_change WHERE id = :id").param("id", skipped[0]).update();
        });
        eventually(WITHIN, () -> assertThat(slugsFound("puffin")).containsExactly("puffin-early"));

        tx.executeWithoutResult(status -> {
            jdbc.sql("UPDATE article SET status = 'published', published_at = :now WHERE id = :id")
                    .param("now", System.currentTimeMillis()).param("id", late).update();
            jdbc.sql("INSERT INTO content_change (id, entity, entity_id, action, changed_at) VALUES (:id, 'article', :article, 'updated', 0)")
                    .param("id", skipped[0]).param("article", late).update();
        });

        eventually(WITHIN, () -> assertThat(slugsFound("puffin")).containsExactlyInAnyOrder("puffin-early", "puffin-late"));
    }
}
