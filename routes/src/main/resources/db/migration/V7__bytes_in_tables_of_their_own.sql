-- A message's raw bytes and its complaint JSON move out of the rows whose state changes, into insert-only tables of
-- their own. H2 rewrites every B-tree page a commit touched, and a page holds whole rows: with the bytes in the row,
-- marking a 5 MB mail FORWARDED wrote its 5 MB (and its complaint's) again, and a batch of marks rewrote every page of
-- bytes it touched. PostgreSQL, too, writes a new version of the row on each update (TOAST spares it the bytes).
CREATE TABLE journal_raw (
    id  VARCHAR(36) NOT NULL PRIMARY KEY,
    raw BYTEA       NOT NULL,
    CONSTRAINT journal_raw_journal_fk FOREIGN KEY (id) REFERENCES journal (id)
);
INSERT INTO journal_raw (id, raw) SELECT id, raw FROM journal;
ALTER TABLE journal DROP COLUMN raw;

CREATE TABLE outbox_payload (
    id      VARCHAR(36) NOT NULL PRIMARY KEY,
    payload BYTEA       NOT NULL,
    CONSTRAINT outbox_payload_outbox_fk FOREIGN KEY (id) REFERENCES outbox (id)
);
INSERT INTO outbox_payload (id, payload) SELECT id, payload FROM outbox;
ALTER TABLE outbox DROP COLUMN payload;
