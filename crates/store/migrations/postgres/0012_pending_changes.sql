-- Changes to an article that are kept but not yet live: what an editor saved for later on a
-- published article, a revision being restored for review, or what the editor's autosave
-- caught before a save. One set per article; applying it makes it the next revision.
-- `base_revision` is the revision the changes were made on: applying them after someone else
-- saved is refused like any stale edit. `apply_at` is a scheduled update (a job applies it).
CREATE TABLE article_pending (
    article_id BIGINT PRIMARY KEY REFERENCES articles (id) ON DELETE CASCADE,
    base_revision BIGINT NOT NULL,
    input_json TEXT NOT NULL,
    origin TEXT NOT NULL CHECK (origin IN ('saved', 'autosave', 'restored')),
    restored_from BIGINT,
    apply_at BIGINT,
    saved_at BIGINT NOT NULL,
    saved_by BIGINT REFERENCES users (id) ON DELETE SET NULL
);
