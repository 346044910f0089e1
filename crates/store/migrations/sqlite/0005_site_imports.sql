-- Site imports (WordPress, Ghost): what a second run needs to tell a record changed in the export
-- from one edited here since.

-- The article's revision as the import last left it; a later revision means an editor saved it
-- in Gazette, and the import leaves it alone. Null for records without revisions.
ALTER TABLE import_keys ADD COLUMN entity_revision INTEGER;
-- 0 when the record was matched to one that already existed here (an author, region or theme the
-- operator made before importing): an import never overwrites what it did not create.
ALTER TABLE import_keys ADD COLUMN owned INTEGER NOT NULL DEFAULT 1;
