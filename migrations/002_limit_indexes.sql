-- The per-recipient email limits count the outbox by recipient, in any letter case.
CREATE INDEX outbox_recipient ON outbox (recipient COLLATE NOCASE, created_at);
