-- The site's own words in other languages: region, theme and report names, newsletter names,
-- the settings readers see (tagline, disclaimer, footer, blurbs). One row per (language, text).
--
-- `text_key` names what is translated (`region:7:name`, `report:3:introduction`,
-- `setting:tagline`); `source_hash` is the SHA-256 (hex) of the original the text was made from,
-- so a row whose original changed since is outdated and refreshed, unless the newsroom locked it.
-- As with article translations, a failed attempt keeps the last good text and writes why into
-- `last_error`; a row with an error and no `translated_at` was never made and is not shown.

CREATE TABLE site_texts (
    id INTEGER PRIMARY KEY,
    language TEXT NOT NULL,
    text_key TEXT NOT NULL,
    -- Plain text; sanitised HTML for a report's introduction.
    text TEXT NOT NULL DEFAULT '',
    source_hash TEXT NOT NULL DEFAULT '',
    engine TEXT NOT NULL DEFAULT '',
    model TEXT NOT NULL DEFAULT '',
    status TEXT NOT NULL DEFAULT 'machine' CHECK (status IN ('machine', 'reviewed')),
    -- 1: never overwritten by the machine.
    locked INTEGER NOT NULL DEFAULT 0,
    last_error TEXT,
    translated_at INTEGER,
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL,
    CONSTRAINT site_texts_language_text_key_key UNIQUE (language, text_key)
);
