-- Newsletters (SQLite): subscribers with double opt-in, editions, and one delivery record per
-- (edition, subscriber), which is what makes sending exactly-once across crashes.

CREATE TABLE newsletters (
    id INTEGER PRIMARY KEY,
    slug TEXT NOT NULL CONSTRAINT newsletters_slug_key UNIQUE,
    name TEXT NOT NULL,
    description TEXT NOT NULL DEFAULT '',
    cadence TEXT NOT NULL CHECK (cadence IN ('daily', 'weekly')),
    weekday TEXT NOT NULL,
    send_time TEXT NOT NULL,
    time_zone TEXT NOT NULL,
    fallback_count INTEGER NOT NULL,
    report_id INTEGER REFERENCES reports (id),
    active INTEGER NOT NULL,
    created_at INTEGER NOT NULL
);

CREATE TABLE subscribers (
    id INTEGER PRIMARY KEY,
    email TEXT NOT NULL CONSTRAINT subscribers_email_key UNIQUE,
    language TEXT NOT NULL,
    status TEXT NOT NULL CHECK (status IN ('pending', 'confirmed', 'unsubscribed', 'bounced')),
    -- Secret in every preferences and unsubscribe link; it has to be in each email, so it is kept.
    manage_token TEXT NOT NULL CONSTRAINT subscribers_manage_token_key UNIQUE,
    -- SHA-256 of the confirmation link's token (the token itself is only in the email).
    confirm_token_hash TEXT CONSTRAINT subscribers_confirm_token_hash_key UNIQUE,
    confirm_expires_at INTEGER,
    confirm_sent_at INTEGER,
    hard_bounces INTEGER NOT NULL DEFAULT 0,
    created_at INTEGER NOT NULL,
    confirmed_at INTEGER,
    unsubscribed_at INTEGER
);

CREATE TABLE subscriptions (
    subscriber_id INTEGER NOT NULL REFERENCES subscribers (id) ON DELETE CASCADE,
    newsletter_id INTEGER NOT NULL REFERENCES newsletters (id) ON DELETE CASCADE,
    -- 0 until the subscriber follows the confirmation link sent for it.
    confirmed INTEGER NOT NULL,
    created_at INTEGER NOT NULL,
    PRIMARY KEY (subscriber_id, newsletter_id)
);
CREATE INDEX subscriptions_newsletter ON subscriptions (newsletter_id, confirmed, subscriber_id);

CREATE TABLE editions (
    id INTEGER PRIMARY KEY,
    newsletter_id INTEGER NOT NULL REFERENCES newsletters (id) ON DELETE CASCADE,
    number INTEGER,
    status TEXT NOT NULL CHECK (status IN ('draft', 'sending', 'sent', 'skipped')),
    subject TEXT NOT NULL DEFAULT '',
    intro TEXT NOT NULL DEFAULT '',
    intro_html TEXT NOT NULL DEFAULT '',
    -- The scheduled send this edition answers (Unix ms), so a scheduler run repeated after a
    -- crash finds the edition it already made instead of making a second.
    slot INTEGER,
    created_at INTEGER NOT NULL,
    started_at INTEGER,
    finished_at INTEGER,
    CONSTRAINT editions_number_key UNIQUE (newsletter_id, number),
    CONSTRAINT editions_slot_key UNIQUE (newsletter_id, slot)
);
-- At most one next edition in preparation per newsletter.
CREATE UNIQUE INDEX editions_draft_key ON editions (newsletter_id) WHERE status = 'draft';

CREATE TABLE edition_articles (
    edition_id INTEGER NOT NULL REFERENCES editions (id) ON DELETE CASCADE,
    article_id INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    PRIMARY KEY (edition_id, article_id)
);

CREATE TABLE deliveries (
    edition_id INTEGER NOT NULL REFERENCES editions (id) ON DELETE CASCADE,
    subscriber_id INTEGER NOT NULL REFERENCES subscribers (id) ON DELETE CASCADE,
    status TEXT NOT NULL CHECK (status IN ('pending', 'sending', 'sent', 'failed')),
    attempts INTEGER NOT NULL DEFAULT 0,
    next_attempt_at INTEGER NOT NULL,
    -- 1 once a run found it handed to the SMTP server by a run that died before recording the answer.
    in_doubt INTEGER NOT NULL DEFAULT 0,
    last_error TEXT,
    sent_at INTEGER,
    PRIMARY KEY (edition_id, subscriber_id)
);
CREATE INDEX deliveries_due ON deliveries (edition_id, status, next_attempt_at, subscriber_id);
