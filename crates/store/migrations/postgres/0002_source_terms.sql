-- What a partner's terms ask of republication: canonical links to the original, and whether
-- readers may republish the piece from our pages.
ALTER TABLE sources ADD COLUMN canonical_to_original BIGINT NOT NULL DEFAULT 0;
ALTER TABLE sources ADD COLUMN allow_republish BIGINT NOT NULL DEFAULT 0;
