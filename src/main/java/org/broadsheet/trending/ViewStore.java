package org.broadsheet.trending;

import java.time.Duration;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** The {@code story_views} table: views per story per time bucket, shared by every node. */
@Repository
class ViewStore {

    static final Duration BUCKET = Duration.ofMinutes(5);

    private final JdbcClient jdbc;

    ViewStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** One view count of a story in one bucket. */
    record BucketViews(long articleId, long bucket, long views) {
    }

    static long bucketOf(long millis) {
        return millis - Math.floorMod(millis, BUCKET.toMillis());
    }

    /** Adds a batch of counted views (story id to views) to the bucket holding {@code nowMillis}. */
    @Transactional
    void add(Map<Long, Long> views, long nowMillis) {
        long bucket = bucketOf(nowMillis);
        views.forEach((articleId, count) -> jdbc.sql("""
                INSERT INTO story_views (article_id, bucket, views) VALUES (:articleId, :bucket, :views)
                ON CONFLICT (article_id, bucket) DO UPDATE SET views = story_views.views + excluded.views
                """)
                .param("articleId", articleId).param("bucket", bucket).param("views", count)
                .update());
    }

    /** Calls {@code each} for every bucket since {@code sinceMillis}. */
    void since(long sinceMillis, java.util.function.Consumer<BucketViews> each) {
        jdbc.sql("SELECT article_id, bucket, views FROM story_views WHERE bucket >= :since")
                .param("since", sinceMillis)
                .query((rs, n) -> new BucketViews(rs.getLong("article_id"), rs.getLong("bucket"), rs.getLong("views")))
                .stream().forEach(each);
    }

    /** Forgets buckets older than {@code beforeMillis}; returns how many rows went. */
    int forgetBefore(long beforeMillis) {
        return jdbc.sql("DELETE FROM story_views WHERE bucket < :before").param("before", beforeMillis).update();
    }
}
