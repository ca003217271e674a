-- Site administration: Markdown source of static pages, pending reader sign-ups.

ALTER TABLE static_page ADD COLUMN body_markdown TEXT;

-- A sign-up waiting for its e-mail to be verified. Only the SHA-256 of the mailed token is kept;
-- the account is created when the link is followed. Rows for addresses that have an account
-- already (password_hash NULL) only count towards the mail limit.
CREATE TABLE sign_up (
    token_hash     TEXT    PRIMARY KEY,
    email          TEXT    NOT NULL,
    display_name   TEXT    NOT NULL,
    password_hash  TEXT,
    created_at     BIGINT  NOT NULL,
    expires_at     BIGINT  NOT NULL
);
CREATE INDEX sign_up_by_email ON sign_up (email, created_at);
