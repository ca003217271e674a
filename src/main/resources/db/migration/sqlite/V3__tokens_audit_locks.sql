-- Admin API tokens, the audit log and cluster job locks (sqlite). Keep in step with the other vendor's V3.

-- Personal access tokens for the Admin API: only the SHA-256 of the token is stored.
CREATE TABLE access_token (
    id            INTEGER PRIMARY KEY,
    account_id    INTEGER NOT NULL REFERENCES account (id) ON DELETE CASCADE,
    name          TEXT    NOT NULL,
    token_hash    TEXT    NOT NULL UNIQUE,
    created_at    BIGINT  NOT NULL,
    last_used_at  BIGINT,
    revoked_at    BIGINT
);
CREATE INDEX access_token_by_account ON access_token (account_id);

-- Who did what to which story, setting or user, and when (actor_id null: the system).
CREATE TABLE audit_log (
    id            INTEGER PRIMARY KEY,
    actor_id      INTEGER,
    actor_name    TEXT    NOT NULL,
    action        TEXT    NOT NULL,
    subject_type  TEXT    NOT NULL,
    subject_id    TEXT    NOT NULL,
    summary       TEXT    NOT NULL,
    created_at    BIGINT  NOT NULL
);
CREATE INDEX audit_log_newest ON audit_log (created_at DESC, id DESC);
CREATE INDEX audit_log_by_subject ON audit_log (subject_type, subject_id);

-- ShedLock's table: a scheduled job (or a per-source poll) runs on one node at a time.
CREATE TABLE shedlock (
    name        VARCHAR(64)  NOT NULL PRIMARY KEY,
    lock_until  TIMESTAMP NOT NULL,
    locked_at   TIMESTAMP NOT NULL,
    locked_by   VARCHAR(255) NOT NULL
);
