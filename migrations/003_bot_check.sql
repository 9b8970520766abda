-- Proof-of-work challenges already used: each solved challenge counts once. Rows whose
-- challenge has expired are deleted by the sweeper.
CREATE TABLE bot_check_used (
  challenge_id TEXT PRIMARY KEY,
  expires_at   TEXT NOT NULL
);
CREATE INDEX bot_check_used_expires ON bot_check_used (expires_at);
