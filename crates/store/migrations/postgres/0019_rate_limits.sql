-- Rate limits that hold site-wide when several servers share the database: one counter per
-- limited thing (`subscribe:203.0.113.7`, `sign-in:2001:db8:1:2::`) and fixed window (its start,
-- Unix milliseconds). Incremented atomically with an upsert; windows past are pruned.
CREATE TABLE rate_limits (
    bucket TEXT NOT NULL,
    window_start BIGINT NOT NULL,
    hits BIGINT NOT NULL,
    PRIMARY KEY (bucket, window_start)
);
CREATE INDEX rate_limits_window ON rate_limits (window_start);
