-- Syndication and migration (SQLite): partner feeds polled through the job queue, every article
-- imported from a partner page keyed by its canonical URL, records imported from WordPress or
-- Ghost keyed by their id there, and the old URLs of a migrated site.

-- A trusted partner's feed items are published at once instead of waiting in the review queue.
ALTER TABLE sources ADD COLUMN trusted INTEGER NOT NULL DEFAULT 0;

CREATE TABLE source_feeds (
    id INTEGER PRIMARY KEY,
    source_id INTEGER NOT NULL REFERENCES sources (id) ON DELETE CASCADE,
    url TEXT NOT NULL CONSTRAINT source_feeds_url_key UNIQUE,
    -- The validators of the last 200 answer, sent back as If-None-Match / If-Modified-Since.
    etag TEXT,
    last_modified TEXT,
    polled_at INTEGER,
    last_error TEXT,
    created_at INTEGER NOT NULL
);
CREATE INDEX source_feeds_source ON source_feeds (source_id);

-- One row per partner article imported, whichever way it came (URL, feed).
CREATE TABLE syndicated (
    id INTEGER PRIMARY KEY,
    source_id INTEGER NOT NULL REFERENCES sources (id) ON DELETE CASCADE,
    feed_id INTEGER REFERENCES source_feeds (id) ON DELETE SET NULL,
    canonical_url TEXT NOT NULL CONSTRAINT syndicated_canonical_url_key UNIQUE,
    -- SHA-256 of the extracted title and text: the same article under another URL is a duplicate,
    -- and a different hash on a later fetch means the partner changed the original.
    content_hash TEXT NOT NULL,
    article_id INTEGER REFERENCES articles (id) ON DELETE SET NULL,
    -- The article's revision as this import left it: a later revision means an editor changed it.
    article_revision INTEGER,
    state TEXT NOT NULL CHECK (state IN ('review', 'accepted', 'rejected')),
    original_changed INTEGER NOT NULL DEFAULT 0,
    fetched_at INTEGER NOT NULL,
    created_at INTEGER NOT NULL
);
CREATE INDEX syndicated_hash ON syndicated (content_hash);
CREATE INDEX syndicated_state ON syndicated (state, created_at);
CREATE INDEX syndicated_article ON syndicated (article_id);

-- The items a feed has listed, so a poll fetches only new or updated ones.
CREATE TABLE feed_items (
    feed_id INTEGER NOT NULL REFERENCES source_feeds (id) ON DELETE CASCADE,
    guid TEXT NOT NULL,
    -- The item's own updated/published stamp as the feed gave it; a change means re-fetch.
    stamp TEXT NOT NULL DEFAULT '',
    syndicated_id INTEGER REFERENCES syndicated (id) ON DELETE SET NULL,
    seen_at INTEGER NOT NULL,
    PRIMARY KEY (feed_id, guid)
);

-- Records imported from another system, by their key there ('post:42', 'term:category:7'), so a
-- second run over the same export updates or skips instead of duplicating.
CREATE TABLE import_keys (
    origin TEXT NOT NULL,
    key TEXT NOT NULL,
    entity TEXT NOT NULL,
    entity_id INTEGER NOT NULL,
    content_hash TEXT NOT NULL,
    PRIMARY KEY (origin, key)
);

-- Old URLs (paths on this host) that answer 301 with their new place.
CREATE TABLE redirects (
    from_path TEXT PRIMARY KEY,
    to_path TEXT NOT NULL,
    created_at INTEGER NOT NULL
);
