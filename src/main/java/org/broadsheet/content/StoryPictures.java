package org.broadsheet.content;

import java.util.Collection;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Which stories show a picture, so the media library can refuse to delete it and refresh their pages when it changes. */
@Service
public class StoryPictures {

    private final JdbcClient jdbc;
    private final ChangeJournal journal;

    StoryPictures(JdbcClient jdbc, ChangeJournal journal) {
        this.jdbc = jdbc;
        this.journal = journal;
    }

    /** How many stories (in any state) show a picture at one of these addresses. */
    public long countShowing(Collection<String> urls) {
        if (urls.isEmpty()) {
            return 0;
        }
        return jdbc.sql("SELECT COUNT(*) FROM article WHERE image_url IN (:urls)").param("urls", urls)
                .query(Long.class).single();
    }

    /**
     * The picture at these addresses changed (new crops, alt text or caption): its stories count as
     * updated, so their cached pages, feeds and archives are dropped. Inside the caller's transaction.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void pictureChanged(Collection<String> urls) {
        if (urls.isEmpty()) {
            return;
        }
        List<Long> stories = jdbc.sql("SELECT id FROM article WHERE image_url IN (:urls)").param("urls", urls)
                .query(Long.class).list();
        stories.forEach(id -> journal.record("article", id, "updated"));
    }
}
