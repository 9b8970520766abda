-- Reports of spam or abuse that came from the provider's own network, sent through /report.
-- Operators read and close them with the CLI (reports, report <id>) or with sqlite3.
CREATE TABLE abuse_reports (
  id                INTEGER PRIMARY KEY,
  public_id         TEXT NOT NULL UNIQUE,      -- the reference the reporter is shown: AR-XXXXX-XXXXX
  created_at        TEXT NOT NULL,
  reporter_email    TEXT,                      -- optional, never verified, never mailed; NULL when not given or purged
  category          TEXT NOT NULL CHECK (category IN ('spam', 'phishing', 'malware', 'other')),
  description       TEXT NOT NULL DEFAULT '',  -- the reporter's own words, at most 2000 characters
  source            TEXT NOT NULL CHECK (source IN ('pasted', 'uploaded')),
  file_name         TEXT,                      -- the uploaded file's name, as the browser sent it
  message           TEXT NOT NULL,             -- the headers (or whole message) as pasted or uploaded
  message_bytes     INTEGER NOT NULL,          -- its size when received, kept after a purge
  sending_ip        TEXT,                      -- canonical address taken from the Received headers; NULL when none
  sending_ip_from   TEXT,                      -- how it was chosen: own-network, earliest-public, outside-own-networks
  received_hops     INTEGER NOT NULL,          -- how many Received headers the message had
  state             TEXT NOT NULL DEFAULT 'new' CHECK (state IN (
                      'new',        -- nobody has looked at it yet
                      'reviewed',   -- an operator looked at it and acted
                      'dismissed'   -- an operator looked at it: not abuse, or not from our network
                    )),
  reviewed_at       TEXT,
  reviewed_by       TEXT,                      -- cli:<user>
  review_note       TEXT,
  locale            TEXT NOT NULL,
  client_ip         TEXT,                      -- the address the report came from (REPORTS_PER_CLIENT_PER_DAY); NULL once purged
  purged_at         TEXT                       -- description and message removed (purge, once reviewed or dismissed)
);
CREATE INDEX abuse_reports_created ON abuse_reports (created_at);
CREATE INDEX abuse_reports_state ON abuse_reports (state, created_at);
CREATE INDEX abuse_reports_client ON abuse_reports (client_ip, created_at) WHERE client_ip IS NOT NULL;
CREATE INDEX abuse_reports_sending_ip ON abuse_reports (sending_ip, created_at) WHERE sending_ip IS NOT NULL;

-- The newest reports first, without the message itself (SELECT message FROM abuse_reports for that).
CREATE VIEW recent_abuse_reports AS
SELECT id, public_id, created_at, state, category, sending_ip, source, reporter_email,
       substr(description, 1, 80) AS description, message_bytes, reviewed_at, reviewed_by
FROM abuse_reports
ORDER BY created_at DESC, id DESC;
