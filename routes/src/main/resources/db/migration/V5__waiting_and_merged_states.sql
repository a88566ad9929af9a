-- Chat messages wait (WAITING) for their merge window: a customer's messages typed in one go become one complaint,
-- and all but the first end MERGED into it (the reason names the complaint).
ALTER TABLE journal DROP CONSTRAINT journal_state_ck;
ALTER TABLE journal ADD CONSTRAINT journal_state_ck CHECK (state IN ('RECEIVED', 'WAITING', 'NORMALIZED', 'QUEUED',
    'FORWARDED', 'DUPLICATE', 'IGNORED', 'QUARANTINED', 'DEAD_LETTER', 'MERGED'));
