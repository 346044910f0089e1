-- A contributor's request that an editor review a draft: the dashboard's queue. Publishing,
-- scheduling or deleting the article ends it (the service removes it in the same transaction).
CREATE TABLE review_requests (
    article_id BIGINT PRIMARY KEY REFERENCES articles (id) ON DELETE CASCADE,
    requested_by BIGINT REFERENCES users (id) ON DELETE SET NULL,
    requested_at BIGINT NOT NULL,
    note TEXT NOT NULL DEFAULT ''
);
