-- Story views for "Top Stories", counted in memory and added here in batches per time bucket
-- (epoch millis of the bucket's start), so trending survives restarts and all nodes share it.
-- Rows older than a day are deleted (a view's weight halves every 4 hours).
CREATE TABLE story_views (
    article_id  BIGINT NOT NULL,
    bucket      BIGINT NOT NULL,
    views       BIGINT NOT NULL,
    PRIMARY KEY (article_id, bucket)
);
CREATE INDEX story_views_by_bucket ON story_views (bucket);
