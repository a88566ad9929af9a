-- H2 writes every BLOB above a few hundred bytes to a separate LOB map, a second write per commit
-- for the ~1 KB messages and complaints the gateway mostly stores. VARBINARY keeps them in the row.
-- (PostgreSQL's BYTEA already stores them inline, so it has no V3.)
ALTER TABLE journal ALTER COLUMN raw SET DATA TYPE VARBINARY;
ALTER TABLE outbox ALTER COLUMN payload SET DATA TYPE VARBINARY;
