-- A contributor's request that an editor review a draft: the dashboard's queue. Publishing,
-- scheduling or deleting the article ends it (the service removes it in the same transaction).
CREATE TABLE review_requests (
    article_id INTEGER PRIMARY KEY REFERENCES articles (id) ON DELETE CASCADE,
    requested_by INTEGER REFERENCES users (id) ON DELETE SET NULL,
    requested_at INTEGER NOT NULL,
    note TEXT NOT NULL DEFAULT ''
);
