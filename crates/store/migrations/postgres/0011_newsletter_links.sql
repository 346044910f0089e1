-- Preferences and unsubscribe links are signed with a key kept outside the database (see
-- gazette-app's newsletter links), so a copy of the database alone opens no subscriber's link.
-- Each subscriber keeps a random salt, changed to end every link sent so far. Links sent before
-- this migration were the stored secret itself: the application replaces each such value by
-- 'sha256:' and the SHA-256 of it when it starts, and still accepts those old links.
ALTER TABLE subscribers RENAME COLUMN manage_token TO link_salt;

-- Which key signed the links: servers sharing this database must sign with the same one.
CREATE TABLE signing_keys (
    purpose TEXT PRIMARY KEY,
    key_id TEXT NOT NULL
);
