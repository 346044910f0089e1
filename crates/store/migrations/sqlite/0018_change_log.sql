-- The change log: every committed change's cache tags, in commit order, so a server that was
-- down or stopped hearing notifications applies exactly what it missed (its search index and
-- page cache) instead of rebuilding. SQLite has one writer at a time, so ids are in commit
-- order; AUTOINCREMENT never reuses a pruned id. Old entries are pruned; `change_log_horizon`
-- keeps the last id pruned, so a server whose mark is older knows it must rebuild.
CREATE TABLE change_log (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    tags TEXT NOT NULL,
    recorded_at INTEGER NOT NULL
);
CREATE INDEX change_log_recorded_at ON change_log (recorded_at);
CREATE TABLE change_log_horizon (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    pruned_through INTEGER NOT NULL
);
INSERT INTO change_log_horizon (id, pruned_through) VALUES (1, 0);
