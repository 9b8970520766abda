-- Listings get what operators set when they list: a category a sender may see (never the
-- internal reason), whether self-service removal is allowed, and an expiry. An expiring listing
-- stops counting at expires_at exactly as a scheduled removal does at delist_at.
ALTER TABLE blocked_senders ADD COLUMN category TEXT NOT NULL DEFAULT 'spam';
ALTER TABLE blocked_senders ADD COLUMN self_service INTEGER NOT NULL DEFAULT 1 CHECK (self_service IN (0, 1));
ALTER TABLE blocked_senders ADD COLUMN expires_at TEXT;
CREATE INDEX blocked_senders_expires_at ON blocked_senders (expires_at) WHERE expires_at IS NOT NULL;

-- The history gains three actions, and SQLite changes a CHECK only by rebuilding the table.
-- Nothing refers to blocklist_history, so a copy, drop and re-insert keeps every row as it was.
CREATE TABLE blocklist_history_copy AS SELECT * FROM blocklist_history;
DROP TRIGGER blocklist_history_no_update;
DROP TRIGGER blocklist_history_no_delete;
DROP TABLE blocklist_history;
CREATE TABLE blocklist_history (
  id                INTEGER PRIMARY KEY,
  recorded_at       TEXT NOT NULL,             -- when the row was written
  effective_at      TEXT NOT NULL,             -- when the change takes or took effect
  network           TEXT NOT NULL,
  action            TEXT NOT NULL CHECK (action IN (
                      'listed',             -- added to the list
                      'relisted',           -- added again after a self-service removal
                      'reason_changed',     -- listed again with other details
                      'removal_scheduled',  -- a sender confirmed; leaves at effective_at
                      'removal_cancelled',  -- listed again before the scheduled removal
                      'removed',            -- a scheduled (self-service) removal took effect
                      'expired',            -- the listing's own expiry took effect
                      'unlisted'            -- an operator removed it
                    )),
  actor             TEXT NOT NULL,             -- cli:<user>, import:<file>, sender, sweeper
  reason            TEXT,
  delist_request_id INTEGER REFERENCES delist_requests (id)
);
INSERT INTO blocklist_history SELECT * FROM blocklist_history_copy;
DROP TABLE blocklist_history_copy;
CREATE INDEX blocklist_history_network ON blocklist_history (network, id);
CREATE TRIGGER blocklist_history_no_update BEFORE UPDATE ON blocklist_history
BEGIN SELECT RAISE(ABORT, 'blocklist_history is append-only'); END;
CREATE TRIGGER blocklist_history_no_delete BEFORE DELETE ON blocklist_history
BEGIN SELECT RAISE(ABORT, 'blocklist_history is append-only'); END;

DROP VIEW listed_now;
CREATE VIEW listed_now AS
SELECT network, reason, category, self_service, listed_by, listed_at, delist_at, expires_at
FROM blocked_senders
WHERE (delist_at IS NULL OR delist_at > strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
  AND (expires_at IS NULL OR expires_at > strftime('%Y-%m-%dT%H:%M:%fZ', 'now'));

-- The history as a person reads it, newest first.
CREATE VIEW history AS
SELECT recorded_at, network, action, actor, reason, effective_at, delist_request_id
FROM blocklist_history
ORDER BY id DESC;
