-- Whether a network was removed by its sender before decides "relisted" over "listed", on every
-- listing and on each row of an import. The (network, id) index answers it only by reading the
-- network's whole history; this small index holds just the removals.
CREATE INDEX blocklist_history_removed ON blocklist_history (network) WHERE action = 'removed';
