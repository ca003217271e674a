-- Content model of Broadsheet (SQLite). Keep in step with db/migration/postgresql/V1__content.sql.
-- Times are epoch milliseconds (UTC) in both databases: portable, exact and cheap to compare.

CREATE TABLE author (
    id          INTEGER PRIMARY KEY,
    slug        TEXT    NOT NULL UNIQUE,
    name        TEXT    NOT NULL,
    bio         TEXT    NOT NULL DEFAULT '',
    avatar_url  TEXT
);

CREATE TABLE category (
    id             INTEGER PRIMARY KEY,
    slug           TEXT    NOT NULL UNIQUE,
    name           TEXT    NOT NULL,
    description    TEXT    NOT NULL DEFAULT '',
    parent_id      INTEGER REFERENCES category (id),
    menu_position  INTEGER
);

CREATE TABLE tag (
    id    INTEGER PRIMARY KEY,
    slug  TEXT    NOT NULL UNIQUE,
    name  TEXT    NOT NULL
);

CREATE TABLE article (
    id                  INTEGER PRIMARY KEY,
    slug                TEXT    NOT NULL UNIQUE,
    title               TEXT    NOT NULL,
    dek                 TEXT    NOT NULL DEFAULT '',
    body_html           TEXT    NOT NULL DEFAULT '',
    body_markdown       TEXT,
    status              TEXT    NOT NULL CHECK (status IN ('draft', 'scheduled', 'published', 'trashed')),
    featured            BOOLEAN NOT NULL DEFAULT FALSE,
    published_at        BIGINT,
    updated_at          BIGINT  NOT NULL,
    created_at          BIGINT  NOT NULL,
    author_id           INTEGER NOT NULL REFERENCES author (id),
    category_id         INTEGER NOT NULL REFERENCES category (id),
    image_url           TEXT,
    image_alt           TEXT,
    image_caption       TEXT,
    image_width         INTEGER,
    image_height        INTEGER,
    reading_minutes     INTEGER NOT NULL DEFAULT 1,
    source_name         TEXT,
    source_url          TEXT,
    source_attribution  TEXT,
    canonical_url       TEXT,
    original_title      TEXT,
    correction_note     TEXT
);
CREATE INDEX article_latest ON article (status, published_at DESC, id DESC);
CREATE INDEX article_by_category ON article (category_id, status, published_at DESC, id DESC);
CREATE INDEX article_by_author ON article (author_id, status, published_at DESC, id DESC);

CREATE TABLE article_tag (
    article_id  INTEGER NOT NULL REFERENCES article (id) ON DELETE CASCADE,
    tag_id      INTEGER NOT NULL REFERENCES tag (id),
    PRIMARY KEY (article_id, tag_id)
);
CREATE INDEX article_tag_by_tag ON article_tag (tag_id, article_id);

CREATE TABLE slug_redirect (
    old_slug    TEXT    PRIMARY KEY,
    article_id  INTEGER NOT NULL REFERENCES article (id) ON DELETE CASCADE
);

CREATE TABLE static_page (
    id          INTEGER PRIMARY KEY,
    slug        TEXT    NOT NULL UNIQUE,
    title       TEXT    NOT NULL,
    body_html   TEXT    NOT NULL,
    updated_at  BIGINT  NOT NULL
);

CREATE TABLE site_setting (
    name   TEXT PRIMARY KEY,
    value  TEXT NOT NULL
);

CREATE TABLE social_profile (
    id            INTEGER PRIMARY KEY,
    network       TEXT    NOT NULL,
    url           TEXT    NOT NULL,
    followers     BIGINT  NOT NULL DEFAULT 0,
    audience_noun TEXT    NOT NULL DEFAULT 'Followers',
    action_label  TEXT    NOT NULL DEFAULT 'Follow',
    position      INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE footer_link (
    id          INTEGER PRIMARY KEY,
    link_group  TEXT    NOT NULL,
    label       TEXT    NOT NULL,
    url         TEXT    NOT NULL,
    position    INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE contact_message (
    id          INTEGER PRIMARY KEY,
    name        TEXT    NOT NULL,
    email       TEXT    NOT NULL,
    subject     TEXT    NOT NULL,
    message     TEXT    NOT NULL,
    created_at  BIGINT  NOT NULL
);

-- Every content change, in the same transaction as the change. Projections (search index,
-- page cache) follow it from their last position.
CREATE TABLE content_change (
    id          INTEGER PRIMARY KEY,
    entity      TEXT    NOT NULL,
    entity_id   BIGINT  NOT NULL,
    action      TEXT    NOT NULL,
    changed_at  BIGINT  NOT NULL
);

INSERT INTO site_setting (name, value) VALUES
    ('site.name', 'Broadsheet'),
    ('site.tagline', 'News, published by people'),
    ('site.about', 'An independent news site published with Broadsheet.'),
    ('site.time_zone', 'UTC'),
    ('site.language', 'en');

INSERT INTO footer_link (link_group, label, url, position) VALUES
    ('Quick Links', 'Home', '/', 1),
    ('Quick Links', 'About Us', '/about-us', 2),
    ('Quick Links', 'Contact Us', '/contact-us', 3),
    ('About Us', 'Mission & Vision', '/mission-and-vision', 1),
    ('About Us', 'Privacy Policy', '/privacy-policy', 2),
    ('About Us', 'Terms of Service', '/terms-of-service', 3);
