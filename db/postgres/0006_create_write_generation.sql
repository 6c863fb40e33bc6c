-- Bumped by every write transaction, so a reader can tell in one lookup whether anything changed since it last
-- computed an aggregate (progress, the leaderboard) — across processes too, unlike a counter in memory.
CREATE TABLE write_generation (
    id    BIGINT  PRIMARY KEY CHECK (id = 1),
    value BIGINT  NOT NULL
);
INSERT INTO write_generation (id, value) VALUES (1, 0);
