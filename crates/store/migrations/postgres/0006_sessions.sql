-- Sign-in to the admin: sessions kept in the database so every server shares them (only the
-- SHA-256 of the cookie's secret is stored), and failed sign-ins counted per account so
-- guessing is throttled across servers too.

CREATE TABLE sessions (
    token_hash TEXT PRIMARY KEY,
    user_id BIGINT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    -- Every form the session posts carries this; a forged cross-site post cannot know it.
    csrf_token TEXT NOT NULL,
    created_at BIGINT NOT NULL,
    expires_at BIGINT NOT NULL
);
CREATE INDEX sessions_user ON sessions (user_id);

ALTER TABLE users ADD COLUMN failed_sign_ins BIGINT NOT NULL DEFAULT 0;
ALTER TABLE users ADD COLUMN locked_until BIGINT;
