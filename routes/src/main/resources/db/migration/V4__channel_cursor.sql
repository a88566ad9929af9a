-- How far a polling channel has read its source, for sources that number what they hand out (Telegram's update_id):
-- the next poll asks from here, which also tells the source that everything before it was journaled. Saved only
-- after the updates before it are committed to the journal, and only ever moved forward.
CREATE TABLE channel_cursor (
    channel_id VARCHAR(100)             NOT NULL PRIMARY KEY,
    position   BIGINT                   NOT NULL,
    updated_at TIMESTAMP WITH TIME ZONE NOT NULL
);
