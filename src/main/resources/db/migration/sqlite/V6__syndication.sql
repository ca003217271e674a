-- Syndication (SQLite): wire feed sources, the items they sent, and the link from an item to its story.
-- Keep in step with db/migration/postgresql/V6__syndication.sql. Times are epoch milliseconds.

CREATE TABLE source (
    id                    INTEGER PRIMARY KEY,
    name                  TEXT    NOT NULL,
    feed_url              TEXT    NOT NULL UNIQUE,
    category_slug         TEXT    NOT NULL,
    category_map          TEXT    NOT NULL DEFAULT '',
    mode                  TEXT    NOT NULL CHECK (mode IN ('auto', 'review')),
    attribution           TEXT    NOT NULL,
    allow_rewrite         BOOLEAN NOT NULL DEFAULT FALSE,
    include_keywords      TEXT    NOT NULL DEFAULT '',
    exclude_keywords      TEXT    NOT NULL DEFAULT '',
    poll_minutes          INTEGER NOT NULL,
    seo_policy            TEXT    NOT NULL CHECK (seo_policy IN ('canonical', 'noindex', 'index')),
    duplicate_policy      TEXT    NOT NULL CHECK (duplicate_policy IN ('skip', 'also')),
    enabled               BOOLEAN NOT NULL DEFAULT TRUE,
    created_at            BIGINT  NOT NULL,
    last_polled_at        BIGINT,
    last_status           TEXT    NOT NULL DEFAULT 'new',
    last_error            TEXT,
    consecutive_failures  INTEGER NOT NULL DEFAULT 0,
    next_poll_at          BIGINT  NOT NULL,
    item_count            INTEGER NOT NULL DEFAULT 0,
    etag                  TEXT,
    last_modified         TEXT
);
CREATE INDEX source_due ON source (enabled, next_poll_at);

-- One row per item a source ever sent (deduplication key: guid, else link, else content hash), whatever
-- became of it: published (article_id), pending review, rejected, held for an embargo, a duplicate, withdrawn.
CREATE TABLE wire_item (
    id                  INTEGER PRIMARY KEY,
    source_id           INTEGER NOT NULL REFERENCES source (id) ON DELETE CASCADE,
    dedupe_key          TEXT    NOT NULL,
    guid                TEXT,
    link                TEXT,
    content_hash        TEXT    NOT NULL,
    sim_hash            BIGINT  NOT NULL,
    state               TEXT    NOT NULL,
    title               TEXT    NOT NULL,
    headline            TEXT,
    category_slug       TEXT    NOT NULL,
    body_html           TEXT    NOT NULL,
    excerpt             TEXT    NOT NULL,
    author              TEXT,
    published_at        BIGINT  NOT NULL,
    updated_at          BIGINT  NOT NULL,
    image_url           TEXT,
    image_alt           TEXT,
    embargoed_until     BIGINT,
    received_at         BIGINT  NOT NULL,
    article_id          INTEGER REFERENCES article (id) ON DELETE SET NULL,
    article_written_at  BIGINT,
    update_pending      BOOLEAN NOT NULL DEFAULT FALSE,
    duplicate_of        INTEGER,
    UNIQUE (source_id, dedupe_key)
);
CREATE INDEX wire_item_by_state ON wire_item (state, received_at);
CREATE INDEX wire_item_recent ON wire_item (received_at);
CREATE INDEX wire_item_by_article ON wire_item (article_id);
CREATE INDEX wire_item_by_source_article ON wire_item (source_id, article_id);

-- What the story page needs of syndication beyond V1: search-engine policy, "also reported by", kills.
ALTER TABLE article ADD COLUMN source_noindex BOOLEAN NOT NULL DEFAULT FALSE;
ALTER TABLE article ADD COLUMN also_reported_by TEXT;
ALTER TABLE article ADD COLUMN withdrawn_at BIGINT;
