-- The blocked-senders list, its history, delist requests and the outbox.
-- Every timestamp is ISO-8601 UTC text with milliseconds (2026-11-24T09:30:00.000Z), so it
-- reads as it is and sorts as text. SQLite's own "now" in the same form is
-- strftime('%Y-%m-%dT%H:%M:%fZ', 'now').

-- One row per listed network; a single address is a /32 (IPv4) or /128 (IPv6).
-- A row with delist_at set stops counting as listed at that instant, whether or not the
-- sweeper has moved it to the history yet.
CREATE TABLE blocked_senders (
  id                INTEGER PRIMARY KEY,
  network           TEXT NOT NULL UNIQUE,      -- canonical CIDR: 203.0.113.7/32, 2001:db8::/48
  reason            TEXT NOT NULL,
  listed_by         TEXT NOT NULL,             -- cli:<user>, import:<file>, ...
  listed_at         TEXT NOT NULL,
  delist_at         TEXT,                      -- scheduled removal, NULL when none
  delist_request_id INTEGER REFERENCES delist_requests (id)
);
CREATE INDEX blocked_senders_delist_at ON blocked_senders (delist_at) WHERE delist_at IS NOT NULL;

-- Append-only: every change to blocked_senders is written here in the same transaction.
CREATE TABLE blocklist_history (
  id                INTEGER PRIMARY KEY,
  recorded_at       TEXT NOT NULL,             -- when the row was written
  effective_at      TEXT NOT NULL,             -- when the change takes or took effect
  network           TEXT NOT NULL,
  action            TEXT NOT NULL CHECK (action IN (
                      'listed',             -- added to the list
                      'reason_changed',     -- listed again with another reason
                      'removal_scheduled',  -- a sender confirmed; leaves at effective_at
                      'removal_cancelled',  -- listed again before the scheduled removal
                      'removed',            -- a scheduled removal took effect
                      'unlisted'            -- an operator removed it
                    )),
  actor             TEXT NOT NULL,             -- cli:<user>, sender, sweeper
  reason            TEXT,
  delist_request_id INTEGER REFERENCES delist_requests (id)
);
CREATE INDEX blocklist_history_network ON blocklist_history (network, id);
CREATE TRIGGER blocklist_history_no_update BEFORE UPDATE ON blocklist_history
BEGIN SELECT RAISE(ABORT, 'blocklist_history is append-only'); END;
CREATE TRIGGER blocklist_history_no_delete BEFORE DELETE ON blocklist_history
BEGIN SELECT RAISE(ABORT, 'blocklist_history is append-only'); END;

-- One email address and one IP per request.
CREATE TABLE delist_requests (
  id                INTEGER PRIMARY KEY,
  public_id         TEXT NOT NULL UNIQUE,      -- random; the only id that leaves the database (in links)
  email             TEXT NOT NULL,
  ip                TEXT NOT NULL,             -- canonical address, no prefix
  network           TEXT NOT NULL,             -- the listing the request is about
  state             TEXT NOT NULL CHECK (state IN (
                      'pending',    -- confirmation email queued or sent, waiting for the click
                      'scheduled',  -- Delist IP pressed; removal at delist_at
                      'delisted',   -- the removal took effect
                      'expired',    -- the link expired unused
                      'cancelled'   -- the listing changed before the removal took effect
                    )),
  locale            TEXT NOT NULL,
  created_at        TEXT NOT NULL,
  expires_at        TEXT NOT NULL,             -- the confirmation link stops working here
  confirmed_at      TEXT,
  delist_at         TEXT,
  finished_at       TEXT                       -- when it became delisted, expired or cancelled
);
CREATE INDEX delist_requests_ip ON delist_requests (ip, created_at);
CREATE INDEX delist_requests_open ON delist_requests (state, delist_at) WHERE state IN ('pending', 'scheduled');

-- Emails waiting to be sent, and those sent. A row is rendered when it is sent, so no
-- working link is ever stored here.
CREATE TABLE outbox (
  id                INTEGER PRIMARY KEY,
  template          TEXT NOT NULL,             -- which email: delist-confirmation, ...
  recipient         TEXT NOT NULL,
  locale            TEXT NOT NULL,
  payload           TEXT NOT NULL CHECK (json_valid(payload)),
  state             TEXT NOT NULL CHECK (state IN ('queued', 'sent')),
  created_at        TEXT NOT NULL,
  attempts          INTEGER NOT NULL DEFAULT 0,
  next_attempt_at   TEXT NOT NULL,
  last_error        TEXT,
  sent_at           TEXT,
  message_id        TEXT
);
CREATE INDEX outbox_due ON outbox (next_attempt_at) WHERE state = 'queued';

-- What counts as listed at this moment (a scheduled removal whose time has come does not).
CREATE VIEW listed_now AS
SELECT network, reason, listed_by, listed_at, delist_at
FROM blocked_senders
WHERE delist_at IS NULL OR delist_at > strftime('%Y-%m-%dT%H:%M:%fZ', 'now');

-- Removals that are scheduled and not yet in effect, soonest first, with who asked.
CREATE VIEW leaving_soon AS
SELECT b.network, b.delist_at, r.ip, r.email AS requested_by, r.confirmed_at
FROM blocked_senders b
LEFT JOIN delist_requests r ON r.id = b.delist_request_id
WHERE b.delist_at IS NOT NULL AND b.delist_at > strftime('%Y-%m-%dT%H:%M:%fZ', 'now')
ORDER BY b.delist_at;

-- Who asked for what, newest first.
CREATE VIEW recent_requests AS
SELECT id, created_at, ip, email, state, locale, confirmed_at, delist_at, finished_at
FROM delist_requests
ORDER BY id DESC;

-- Emails not yet handed to the mail server, oldest first.
CREATE VIEW outbox_pending AS
SELECT id, template, recipient, created_at, attempts, next_attempt_at, last_error
FROM outbox
WHERE state = 'queued'
ORDER BY id;
