-- Fewer index entries written per ingested wire item (issue 4, end-to-end ingest speed). Keep in step
-- with the other vendor's V14__leaner_ingest_indexes.sql.

-- (status, published_at) is a prefix of article_latest (status, published_at DESC, id DESC), which
-- serves the scheduled-stories query (status = 'scheduled' AND published_at <= ?) as well.
DROP INDEX IF EXISTS article_due;

-- Recent items are read by (state IN (...), received_at >= ?), which wire_item_by_state (state, received_at)
-- serves; the near-duplicate index is now kept in memory and read from the database at start and then
-- only by id (new rows), so received_at alone needs no index of its own.
DROP INDEX IF EXISTS wire_item_recent;
