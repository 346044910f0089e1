-- Gazette's core schema (SQLite). Instants are Unix milliseconds (UTC), flags are 0/1 integers,
-- so the same queries decode identically on SQLite and PostgreSQL.

CREATE TABLE site_settings (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    json TEXT NOT NULL
);

CREATE TABLE authors (
    id INTEGER PRIMARY KEY,
    slug TEXT NOT NULL CONSTRAINT authors_slug_key UNIQUE,
    name TEXT NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('person', 'organisation')),
    bio TEXT NOT NULL DEFAULT '',
    url TEXT
);

CREATE TABLE sources (
    id INTEGER PRIMARY KEY,
    slug TEXT NOT NULL CONSTRAINT sources_slug_key UNIQUE,
    name TEXT NOT NULL,
    home_url TEXT NOT NULL,
    copyright_template TEXT NOT NULL,
    reprint_terms TEXT NOT NULL DEFAULT ''
);

CREATE TABLE regions (
    id INTEGER PRIMARY KEY,
    slug TEXT NOT NULL CONSTRAINT regions_slug_key UNIQUE,
    name TEXT NOT NULL,
    parent_id INTEGER REFERENCES regions (id) ON DELETE SET NULL
);

CREATE TABLE themes (
    id INTEGER PRIMARY KEY,
    slug TEXT NOT NULL CONSTRAINT themes_slug_key UNIQUE,
    name TEXT NOT NULL,
    description TEXT NOT NULL DEFAULT ''
);

CREATE TABLE reports (
    id INTEGER PRIMARY KEY,
    slug TEXT NOT NULL CONSTRAINT reports_slug_key UNIQUE,
    title TEXT NOT NULL,
    introduction TEXT NOT NULL DEFAULT '',
    introduction_html TEXT NOT NULL DEFAULT ''
);

CREATE TABLE articles (
    id INTEGER PRIMARY KEY,
    slug TEXT NOT NULL CONSTRAINT articles_slug_key UNIQUE,
    title TEXT NOT NULL,
    standfirst TEXT NOT NULL DEFAULT '',
    body_format TEXT NOT NULL,
    body_source TEXT NOT NULL,
    body_html TEXT NOT NULL,
    image_json TEXT,
    language TEXT NOT NULL,
    status TEXT NOT NULL CHECK (status IN ('draft', 'scheduled', 'published', 'unpublished')),
    featured INTEGER NOT NULL DEFAULT 0,
    original_source_id INTEGER REFERENCES sources (id),
    original_url TEXT,
    original_date TEXT,
    published_at INTEGER,
    scheduled_at INTEGER,
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL,
    revision INTEGER NOT NULL
);
CREATE INDEX articles_published ON articles (status, published_at DESC, id DESC);
CREATE INDEX articles_source ON articles (original_source_id);

CREATE TABLE article_authors (
    article_id INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    author_id INTEGER NOT NULL REFERENCES authors (id),
    position INTEGER NOT NULL,
    PRIMARY KEY (article_id, author_id)
);
CREATE INDEX article_authors_author ON article_authors (author_id);

CREATE TABLE article_regions (
    article_id INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    region_id INTEGER NOT NULL REFERENCES regions (id),
    position INTEGER NOT NULL,
    PRIMARY KEY (article_id, region_id)
);
CREATE INDEX article_regions_region ON article_regions (region_id);

CREATE TABLE article_themes (
    article_id INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    theme_id INTEGER NOT NULL REFERENCES themes (id),
    position INTEGER NOT NULL,
    PRIMARY KEY (article_id, theme_id)
);
CREATE INDEX article_themes_theme ON article_themes (theme_id);

CREATE TABLE report_articles (
    report_id INTEGER NOT NULL REFERENCES reports (id) ON DELETE CASCADE,
    article_id INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    PRIMARY KEY (report_id, article_id)
);
CREATE INDEX report_articles_article ON report_articles (article_id);

CREATE TABLE article_revisions (
    article_id INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    number INTEGER NOT NULL,
    created_at INTEGER NOT NULL,
    created_by INTEGER,
    input_json TEXT NOT NULL,
    PRIMARY KEY (article_id, number)
);

-- Slugs of deleted articles, so their URLs answer 410 Gone rather than 404.
CREATE TABLE gone_slugs (
    slug TEXT PRIMARY KEY,
    gone_at INTEGER NOT NULL
);

CREATE TABLE users (
    id INTEGER PRIMARY KEY,
    email TEXT NOT NULL CONSTRAINT users_email_key UNIQUE,
    name TEXT NOT NULL,
    role TEXT NOT NULL CHECK (role IN ('contributor', 'editor', 'administrator')),
    password_hash TEXT,
    created_at INTEGER NOT NULL
);

CREATE TABLE api_tokens (
    token_hash TEXT PRIMARY KEY,
    user_id INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    label TEXT NOT NULL DEFAULT '',
    created_at INTEGER NOT NULL
);

-- The durable job queue every background capability uses.
CREATE TABLE jobs (
    id INTEGER PRIMARY KEY,
    kind TEXT NOT NULL,
    payload TEXT NOT NULL,
    unique_key TEXT CONSTRAINT jobs_unique_key_key UNIQUE,
    status TEXT NOT NULL CHECK (status IN ('pending', 'running', 'done', 'failed')),
    run_at INTEGER NOT NULL,
    attempts INTEGER NOT NULL DEFAULT 0,
    max_attempts INTEGER NOT NULL,
    last_error TEXT,
    locked_by TEXT,
    locked_until INTEGER,
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL
);
CREATE INDEX jobs_due ON jobs (status, run_at);
