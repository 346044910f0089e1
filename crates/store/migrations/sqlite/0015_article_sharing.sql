-- How an article shows in search results and shared links where that differs from its
-- standfirst and featured image: empty follows them.
ALTER TABLE articles ADD COLUMN share_description TEXT NOT NULL DEFAULT '';
ALTER TABLE articles ADD COLUMN share_image TEXT;
