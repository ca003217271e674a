-- Stories written in the newsroom (SQLite). Keep in step with db/migration/postgresql/V4__stories.sql.
-- Times are epoch milliseconds (UTC), as in V1.

-- Who wrote the story in the newsroom; null for imported and demo stories (only editors edit those).
ALTER TABLE article ADD COLUMN owner_account_id INTEGER REFERENCES account (id);
-- A draft its writer has submitted for review (the status CHECK stays as it is).
ALTER TABLE article ADD COLUMN review_requested_at BIGINT;
CREATE INDEX article_by_owner ON article (owner_account_id, status, updated_at DESC, id DESC);
CREATE INDEX article_due ON article (status, published_at);

-- Every save of a story keeps a snapshot of its editable fields. Autosaves keep at most one row
-- per story (kind 'autosave', replaced each time).
CREATE TABLE article_revision (
    id               INTEGER PRIMARY KEY,
    article_id       INTEGER NOT NULL REFERENCES article (id) ON DELETE CASCADE,
    account_id       INTEGER REFERENCES account (id),
    account_name     TEXT    NOT NULL DEFAULT '',
    kind             TEXT    NOT NULL CHECK (kind IN ('save', 'autosave', 'restore')),
    created_at       BIGINT  NOT NULL,
    slug             TEXT    NOT NULL,
    title            TEXT    NOT NULL,
    dek              TEXT    NOT NULL DEFAULT '',
    body_markdown    TEXT    NOT NULL DEFAULT '',
    category_slug    TEXT    NOT NULL DEFAULT '',
    tags             TEXT    NOT NULL DEFAULT '',
    image_url        TEXT,
    image_alt        TEXT,
    image_caption    TEXT,
    correction_note  TEXT
);
CREATE INDEX article_revision_by_article ON article_revision (article_id, id DESC);
