-- Accounts, sign-in and mail (SQLite). Keep in step with db/migration/postgresql/V2__accounts.sql.
-- Times are epoch milliseconds (UTC), as in V1.

CREATE TABLE account (
    id             INTEGER PRIMARY KEY,
    email          TEXT    NOT NULL UNIQUE,
    display_name   TEXT    NOT NULL,
    password_hash  TEXT    NOT NULL,
    role           TEXT    NOT NULL CHECK (role IN ('administrator', 'editor', 'author', 'contributor', 'subscriber')),
    disabled       BOOLEAN NOT NULL DEFAULT FALSE,
    created_at     BIGINT  NOT NULL,
    updated_at     BIGINT  NOT NULL
);

-- Remember-me cookies (series + token, as in Spring Security's persistent token approach).
CREATE TABLE remember_me_token (
    series      TEXT    PRIMARY KEY,
    email       TEXT    NOT NULL,
    token_value TEXT    NOT NULL,
    last_used   BIGINT  NOT NULL
);
CREATE INDEX remember_me_token_by_email ON remember_me_token (email);

-- Password reset links: only the SHA-256 of the token is stored.
CREATE TABLE password_reset_token (
    token_hash  TEXT    PRIMARY KEY,
    account_id  INTEGER NOT NULL REFERENCES account (id) ON DELETE CASCADE,
    created_at  BIGINT  NOT NULL,
    expires_at  BIGINT  NOT NULL
);
CREATE INDEX password_reset_token_by_account ON password_reset_token (account_id);

-- Every mail the site sends, and how it went out ('smtp', or 'log' when no SMTP server is configured).
CREATE TABLE outbox (
    id          INTEGER PRIMARY KEY,
    recipient   TEXT    NOT NULL,
    subject     TEXT    NOT NULL,
    body        TEXT    NOT NULL,
    delivery    TEXT    NOT NULL,
    created_at  BIGINT  NOT NULL
);
