-- What the gateway sends to customers (replies through the reply API, acknowledgments): recorded here before it is
-- sent, in the same database and so the same backups as the complaint it answers, claimed with a lease, retried,
-- ending SENT or FAILED with the reason. An acknowledgment not to be sent (a no-reply address, too many to one
-- recipient) is recorded SKIPPED with why, so that its complaint counts as acknowledged. The idempotency key is also
-- kept hashed: a fixed-width unique index whatever the sender's key looks like, as dedupe keys are.
CREATE TABLE outbound (
    id                  VARCHAR(36)  NOT NULL PRIMARY KEY,
    complaint_id        VARCHAR(36)  NOT NULL,
    kind                VARCHAR(16)  NOT NULL,
    channel_id          VARCHAR      NOT NULL,
    channel_type        VARCHAR      NOT NULL,
    idempotency_key     VARCHAR(200) NOT NULL,
    idempotency_hash    VARCHAR(64)  NOT NULL,
    payload             BYTEA        NOT NULL,
    state               VARCHAR(16)  NOT NULL,
    attempts            INTEGER      NOT NULL,
    reason              VARCHAR,
    provider_message_id VARCHAR,
    recipient           VARCHAR,
    next_attempt_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    claimed_until       TIMESTAMP WITH TIME ZONE,
    created_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT outbound_journal_fk FOREIGN KEY (complaint_id) REFERENCES journal (id),
    CONSTRAINT outbound_idempotency_uk UNIQUE (complaint_id, idempotency_hash),
    CONSTRAINT outbound_state_ck CHECK (state IN ('QUEUED', 'SENT', 'FAILED', 'SKIPPED')),
    CONSTRAINT outbound_kind_ck CHECK (kind IN ('REPLY', 'ACKNOWLEDGMENT'))
);
-- The sender's claims look for due QUEUED rows.
CREATE INDEX outbound_state_next_idx ON outbound (state, next_attempt_at);
-- A customer's answer to a reply threads back by the provider's id of the reply (the Message-ID of a reply mail).
CREATE INDEX outbound_provider_message_idx ON outbound (channel_type, provider_message_id);
-- The limit of acknowledgments per recipient counts one recipient's recent ones on one channel.
CREATE INDEX outbound_recipient_created_idx ON outbound (channel_id, recipient, created_at);
-- The acknowledgment sweeper asks every second for the new complaints of a few channels since a moment: without this
-- index each ask scans the whole journal (its other indexes lead with state, external key or id). Whether a complaint
-- already has an acknowledgment is then a probe of outbound_idempotency_uk, which leads with complaint_id.
CREATE INDEX journal_channel_received_idx ON journal (channel_id, received_at);
