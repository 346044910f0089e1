-- Translations of articles, one row per (article, language), and the translation memory they are
-- made from.
--
-- A translation records the article revision it was made from (`source_revision`): when the
-- article's revision is newer, the page says the original has changed since. A failed attempt
-- keeps the last good translation and writes why into `last_error`; a row with an error and an
-- empty body is an attempt that never succeeded and is not shown.

CREATE TABLE translations (
    id INTEGER PRIMARY KEY,
    article_id INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    language TEXT NOT NULL,
    title TEXT NOT NULL DEFAULT '',
    standfirst TEXT NOT NULL DEFAULT '',
    body_html TEXT NOT NULL DEFAULT '',
    image_caption TEXT,
    image_credit TEXT,
    source_revision INTEGER NOT NULL DEFAULT 0,
    engine TEXT NOT NULL DEFAULT '',
    model TEXT NOT NULL DEFAULT '',
    status TEXT NOT NULL DEFAULT 'machine' CHECK (status IN ('machine', 'reviewed')),
    -- 1: edited by the newsroom, never overwritten by the machine.
    locked INTEGER NOT NULL DEFAULT 0,
    last_error TEXT,
    translated_at INTEGER,
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL,
    CONSTRAINT translations_article_language_key UNIQUE (article_id, language)
);

-- Translated segments by the engine that made them, the target language and the SHA-256 (hex) of
-- the source segment: an unchanged paragraph is never sent again.
CREATE TABLE translation_memory (
    id INTEGER PRIMARY KEY,
    engine TEXT NOT NULL,
    language TEXT NOT NULL,
    source_hash TEXT NOT NULL,
    translated TEXT NOT NULL,
    model TEXT NOT NULL,
    created_at INTEGER NOT NULL,
    CONSTRAINT translation_memory_key UNIQUE (engine, language, source_hash)
);
