-- Sign-in attempts counted per (typed address, reader's network) and per typed address from
-- every network ('*'), before the password is checked. Keyed by the SHA-256 of the address as
-- typed, so unknown addresses cost the same work as known ones and no address is stored.
CREATE TABLE sign_in_attempts (
    email_hash TEXT NOT NULL,
    network TEXT NOT NULL,
    attempts INTEGER NOT NULL,
    window_start INTEGER NOT NULL,
    PRIMARY KEY (email_hash, network)
);

-- Counting moved to sign_in_attempts.
ALTER TABLE users DROP COLUMN failed_sign_ins;
ALTER TABLE users DROP COLUMN locked_until;
-- A deactivated user keeps their byline and history but can neither sign in nor use a token.
ALTER TABLE users ADD COLUMN deactivated_at INTEGER;

-- Admin API tokens get an id to be listed and revoked by, a name, an optional expiry and the
-- time of their last use. SQLite cannot add a primary key to a table, so it is rebuilt.
CREATE TABLE api_tokens_new (
    id INTEGER PRIMARY KEY,
    token_hash TEXT NOT NULL CONSTRAINT api_tokens_token_hash_key UNIQUE,
    user_id INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    label TEXT NOT NULL DEFAULT '',
    created_at INTEGER NOT NULL,
    expires_at INTEGER,
    last_used_at INTEGER
);
INSERT INTO api_tokens_new (token_hash, user_id, label, created_at)
    SELECT token_hash, user_id, label, created_at FROM api_tokens;
DROP TABLE api_tokens;
ALTER TABLE api_tokens_new RENAME TO api_tokens;
CREATE INDEX api_tokens_user ON api_tokens (user_id);
