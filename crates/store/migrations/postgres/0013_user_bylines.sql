-- The author byline a user writes under: the profile page sets it, and a new article starts
-- with it. Removing the author unlinks the user.
ALTER TABLE users ADD COLUMN author_id BIGINT REFERENCES authors (id) ON DELETE SET NULL;
