-- The segments of a translation that every engine of its chain got wrong, kept in the original
-- language: a JSON array (where each sits, its memory key, its source, why the last answer was
-- refused), so editors see what to fix. '[]' when every segment is translated.
ALTER TABLE translations ADD COLUMN untranslated TEXT NOT NULL DEFAULT '[]';
