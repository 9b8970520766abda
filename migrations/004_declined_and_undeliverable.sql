-- A recipient can decline a request ("I did not ask for this"), and an email the mail server
-- never took within OUTBOX_MAX_AGE is given up. Both need new states, and SQLite can only
-- change a CHECK constraint by rebuilding the table. blocked_senders refers to delist_requests,
-- so foreign keys are checked at commit, and the rows go back into the table under its own
-- name (renaming a table would rewrite the references to it).
PRAGMA defer_foreign_keys = ON;

CREATE TABLE delist_requests_copy AS SELECT * FROM delist_requests;
DROP VIEW recent_requests;
DROP VIEW leaving_soon;
DROP TABLE delist_requests;
CREATE TABLE delist_requests (
  id                INTEGER PRIMARY KEY,
  public_id         TEXT NOT NULL UNIQUE,
  email             TEXT NOT NULL,
  ip                TEXT NOT NULL,
  network           TEXT NOT NULL,
  state             TEXT NOT NULL CHECK (state IN (
                      'pending',        -- confirmation email queued or sent, waiting for the click
                      'scheduled',      -- Delist IP pressed; removal at delist_at
                      'delisted',       -- the removal took effect
                      'expired',        -- the link expired unused
                      'cancelled',      -- the listing changed before the removal took effect
                      'declined',       -- the recipient said they did not ask for it
                      'undeliverable'   -- the confirmation email could not be delivered
                    )),
  locale            TEXT NOT NULL,
  created_at        TEXT NOT NULL,
  expires_at        TEXT NOT NULL,
  confirmed_at      TEXT,
  delist_at         TEXT,
  finished_at       TEXT
);
INSERT INTO delist_requests SELECT * FROM delist_requests_copy;
DROP TABLE delist_requests_copy;
CREATE INDEX delist_requests_ip ON delist_requests (ip, created_at);
CREATE INDEX delist_requests_open ON delist_requests (state, delist_at) WHERE state IN ('pending', 'scheduled');

CREATE TABLE outbox_new (
  id                INTEGER PRIMARY KEY,
  template          TEXT NOT NULL,
  recipient         TEXT NOT NULL,
  locale            TEXT NOT NULL,
  payload           TEXT NOT NULL CHECK (json_valid(payload)),
  subject_id        TEXT,                      -- what the email is about, e.g. a request's public_id
  state             TEXT NOT NULL CHECK (state IN ('queued', 'sent', 'failed')),
  created_at        TEXT NOT NULL,
  attempts          INTEGER NOT NULL DEFAULT 0,
  next_attempt_at   TEXT NOT NULL,
  last_error        TEXT,
  sent_at           TEXT,
  failed_at         TEXT,                      -- given up after OUTBOX_MAX_AGE
  message_id        TEXT
);
INSERT INTO outbox_new (id, template, recipient, locale, payload, subject_id, state, created_at, attempts,
                        next_attempt_at, last_error, sent_at, message_id)
SELECT id, template, recipient, locale, payload, json_extract(payload, '$.requestId'), state, created_at, attempts,
       next_attempt_at, last_error, sent_at, message_id
FROM outbox;
DROP VIEW outbox_pending;
DROP TABLE outbox;
ALTER TABLE outbox_new RENAME TO outbox;
CREATE INDEX outbox_due ON outbox (next_attempt_at) WHERE state = 'queued';
CREATE INDEX outbox_recipient ON outbox (recipient COLLATE NOCASE, created_at);
CREATE INDEX outbox_subject ON outbox (subject_id, id);

-- Addresses that declined emails about an IP: no more confirmation emails go there for it.
CREATE TABLE email_suppressions (
  recipient         TEXT NOT NULL COLLATE NOCASE,
  ip                TEXT NOT NULL,
  created_at        TEXT NOT NULL,
  delist_request_id INTEGER REFERENCES delist_requests (id),
  PRIMARY KEY (recipient, ip)
);

CREATE VIEW leaving_soon AS
SELECT b.network, b.delist_at, r.ip, r.email AS requested_by, r.confirmed_at
FROM blocked_senders b
LEFT JOIN delist_requests r ON r.id = b.delist_request_id
WHERE b.delist_at IS NOT NULL AND b.delist_at > strftime('%Y-%m-%dT%H:%M:%fZ', 'now')
ORDER BY b.delist_at;

CREATE VIEW recent_requests AS
SELECT id, created_at, ip, email, state, locale, confirmed_at, delist_at, finished_at
FROM delist_requests
ORDER BY id DESC;

CREATE VIEW outbox_pending AS
SELECT id, template, recipient, created_at, attempts, next_attempt_at, last_error
FROM outbox
WHERE state = 'queued'
ORDER BY id;

CREATE VIEW outbox_failed AS
SELECT id, template, recipient, created_at, attempts, failed_at, last_error
FROM outbox
WHERE state = 'failed'
ORDER BY id DESC;
