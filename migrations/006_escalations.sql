-- Escalation requests: when the portal cannot remove an address itself (a listing marked "no
-- self-service", a whole network, or an address that used up its self-delists), the sender
-- asks the operators instead. A request counts only once its sender has opened the signed link
-- emailed to them (verified); operators answer it from the command line, and the answer is
-- emailed back.
CREATE TABLE escalations (
  id                INTEGER PRIMARY KEY,       -- the number operators use: answer <id>
  public_id         TEXT NOT NULL UNIQUE,      -- random; the only id that leaves the database (in links)
  email             TEXT NOT NULL,
  ip                TEXT NOT NULL,             -- canonical address, no prefix
  network           TEXT,                      -- the listing that stopped self-service
  cause             TEXT NOT NULL CHECK (cause IN (
                      'no-self-service',    -- the listing is marked so by an operator
                      'network-listed',     -- a wider network covers the address
                      'self-delist-limit'   -- the address used up its self-delists (SELF_DELIST_MAX)
                    )),
  description       TEXT NOT NULL,             -- what the sender says they fixed
  headers           TEXT NOT NULL DEFAULT '',  -- optional message headers pasted by the sender
  locale            TEXT NOT NULL,
  state             TEXT NOT NULL CHECK (state IN (
                      'unverified',     -- the email with the link is queued or sent
                      'open',           -- the sender confirmed; waiting for an operator
                      'answered',       -- an operator answered; the answer is emailed
                      'expired',        -- the link expired unused
                      'undeliverable'   -- the email with the link could not be delivered
                    )),
  created_at        TEXT NOT NULL,
  expires_at        TEXT NOT NULL,             -- the link stops working here
  verified_at       TEXT,
  answered_at       TEXT,
  answered_by       TEXT,                      -- cli:<user>
  answer            TEXT
);
CREATE INDEX escalations_ip ON escalations (ip, created_at);
CREATE INDEX escalations_state ON escalations (state, id);

-- What operators have to answer, oldest confirmed first.
CREATE VIEW escalation_queue AS
SELECT id, verified_at, ip, network, cause, email, description, headers != '' AS has_headers
FROM escalations
WHERE state = 'open'
ORDER BY verified_at, id;
