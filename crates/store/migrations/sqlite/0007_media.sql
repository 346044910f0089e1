-- Uploaded images: one row per distinct upload (the SHA-256 of the bytes sent dedupes a second
-- identical upload), with the re-encoded sizes written under media/ kept as JSON
-- ([{"width", "height", "path"}], smallest first).

CREATE TABLE media (
    id INTEGER PRIMARY KEY,
    original_name TEXT NOT NULL,
    alt TEXT NOT NULL,
    width INTEGER NOT NULL,
    height INTEGER NOT NULL,
    content_hash TEXT NOT NULL CONSTRAINT media_content_hash_key UNIQUE,
    sizes TEXT NOT NULL,
    created_by INTEGER REFERENCES users (id) ON DELETE SET NULL,
    created_at INTEGER NOT NULL
);
CREATE INDEX media_newest ON media (created_at DESC, id DESC);
