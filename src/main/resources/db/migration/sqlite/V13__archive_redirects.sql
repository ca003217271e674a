-- Old addresses of renamed, merged or deleted categories and tags: /category/old-slug answers
-- 301 with the address of the category (or tag) that took its place.
CREATE TABLE category_redirect (
    old_slug     TEXT    PRIMARY KEY,
    category_id  INTEGER NOT NULL REFERENCES category (id) ON DELETE CASCADE
);
CREATE INDEX category_redirect_target ON category_redirect (category_id);

CREATE TABLE tag_redirect (
    old_slug  TEXT    PRIMARY KEY,
    tag_id    INTEGER NOT NULL REFERENCES tag (id) ON DELETE CASCADE
);
CREATE INDEX tag_redirect_target ON tag_redirect (tag_id);
