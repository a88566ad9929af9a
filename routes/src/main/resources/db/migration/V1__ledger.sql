-- The ledger, for H2 (the embedded default) and PostgreSQL (several gateways) alike: portable DDL.
-- Bytes are BYTEA, which H2 reads as BINARY VARYING, stored in the row: H2's BLOB would write every
-- value above a few hundred bytes to a separate LOB map, a second write on every commit.

CREATE TABLE journal (
    id              VARCHAR(36) NOT NULL PRIMARY KEY,
    protocol_number VARCHAR(64),
    channel_id      VARCHAR     NOT NULL,
    channel_type    VARCHAR     NOT NULL,
    external_key    VARCHAR,
    dedupe_hash     VARCHAR(64),
    content_type    VARCHAR     NOT NULL,
    raw             BYTEA       NOT NULL,
    state           VARCHAR(16) NOT NULL,
    reason          VARCHAR,
    received_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT journal_protocol_number_uk UNIQUE (protocol_number),
    CONSTRAINT journal_state_ck CHECK (state IN ('RECEIVED', 'NORMALIZED', 'QUEUED', 'FORWARDED', 'DUPLICATE',
                                                 'IGNORED', 'QUARANTINED', 'DEAD_LETTER'))
);
CREATE INDEX journal_state_updated_idx ON journal (state, updated_at);

CREATE TABLE dedupe_key (
    key_hash   VARCHAR(64) NOT NULL PRIMARY KEY,
    journal_id VARCHAR(36) NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE TABLE protocol_counter (
    receipt_year INTEGER NOT NULL PRIMARY KEY,
    next_value   BIGINT  NOT NULL
);

CREATE TABLE outbox (
    id              VARCHAR(36) NOT NULL PRIMARY KEY,
    payload         BYTEA       NOT NULL,
    attempts        INTEGER     NOT NULL,
    next_attempt_at TIMESTAMP WITH TIME ZONE NOT NULL,
    claimed_until   TIMESTAMP WITH TIME ZONE,
    state           VARCHAR(16) NOT NULL,
    last_status     INTEGER,
    last_error      VARCHAR,
    last_response   VARCHAR,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT outbox_journal_fk FOREIGN KEY (id) REFERENCES journal (id),
    CONSTRAINT outbox_state_ck CHECK (state IN ('PENDING', 'DONE', 'DEAD'))
);
CREATE INDEX outbox_state_next_idx ON outbox (state, next_attempt_at);
