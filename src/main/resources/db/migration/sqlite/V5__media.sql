-- The media library (sqlite). Keep in step with the other vendor's V5__media.sql.
-- Times are epoch milliseconds (UTC). Files live in <data-dir>/media under content-hashed names.

CREATE TABLE media (
    id             INTEGER PRIMARY KEY,
    alt            TEXT    NOT NULL,
    caption        TEXT    NOT NULL DEFAULT '',
    original_name  TEXT    NOT NULL DEFAULT '',
    source_format  TEXT    NOT NULL CHECK (source_format IN ('jpeg', 'png', 'gif', 'webp')),
    width          INTEGER NOT NULL,
    height         INTEGER NOT NULL,
    focal_x        DOUBLE PRECISION NOT NULL DEFAULT 0.5,
    focal_y        DOUBLE PRECISION NOT NULL DEFAULT 0.5,
    uploaded_by    INTEGER REFERENCES account (id) ON DELETE SET NULL,
    created_at     BIGINT  NOT NULL,
    updated_at     BIGINT  NOT NULL
);
CREATE INDEX media_latest ON media (created_at DESC, id DESC);

-- Every file made from an upload: 'full', the responsive widths ('w480', 'w960', 'w1600') and the crops
-- ('16x9', '4x3', '1x1'), each in one or more formats; path is relative to the media folder.
CREATE TABLE media_file (
    media_id  INTEGER NOT NULL REFERENCES media (id) ON DELETE CASCADE,
    kind      TEXT    NOT NULL,
    format    TEXT    NOT NULL CHECK (format IN ('jpeg', 'png', 'webp')),
    path      TEXT    NOT NULL,
    width     INTEGER NOT NULL,
    height    INTEGER NOT NULL,
    PRIMARY KEY (media_id, kind, format)
);
CREATE INDEX media_file_by_path ON media_file (path);
