-- Stories an editor pinned to the top of "Top Stories", in the order they were pinned.
CREATE TABLE top_story_pin (
    article_id  BIGINT  NOT NULL PRIMARY KEY REFERENCES article (id) ON DELETE CASCADE,
    pinned_at   BIGINT  NOT NULL,
    pinned_by   TEXT    NOT NULL
);
