-- The change log: every committed change's cache tags, in commit order, so a server that was
-- down or stopped hearing notifications applies exactly what it missed (its search index and
-- page cache) instead of rebuilding. Writers take a transaction-level advisory lock before
-- inserting, so ids are assigned in commit order and a reader never sees a later id before an
-- earlier one. Old entries are pruned; `change_log_horizon` keeps the last id pruned, so a
-- server whose mark is older knows it must rebuild.
CREATE TABLE change_log (
    id BIGSERIAL PRIMARY KEY,
    tags TEXT NOT NULL,
    recorded_at BIGINT NOT NULL
);
CREATE INDEX change_log_recorded_at ON change_log (recorded_at);
CREATE TABLE change_log_horizon (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    pruned_through BIGINT NOT NULL
);
INSERT INTO change_log_horizon (id, pruned_through) VALUES (1, 0);
