-- Threading looks a mail's In-Reply-To and References up among the Message-IDs already journaled
-- (external_key): without this index every follow-up would scan the whole journal.
CREATE INDEX journal_external_key_idx ON journal (external_key);
