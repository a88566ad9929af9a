-- The hourly purge deletes by expiry: without this index it scans every key ever seen.
CREATE INDEX dedupe_key_expires_idx ON dedupe_key (expires_at);
