-- chemnet network schema, version 8: the change log (issue 16).
-- One table is the audit log and the event outbox: each change is appended in the transaction of the change itself,
-- with its actor and instant. Sequences come from one counter row that every appending transaction updates just
-- before it commits: the row lock orders those transactions, so sequences follow commit order and a reader that sees
-- sequence n has seen every change before it. Durable listeners keep a cursor each, held by one node at a time.

CREATE TABLE ${prefix}change_sequence (
    id            INTEGER NOT NULL,
    last_sequence BIGINT NOT NULL,
    CONSTRAINT ${prefix}change_sequence_pk PRIMARY KEY (id)
);
INSERT INTO ${prefix}change_sequence (id, last_sequence) VALUES (1, 0);

CREATE TABLE ${prefix}change_record (
    sequence      BIGINT NOT NULL,
    at_us         BIGINT NOT NULL,
    actor_kind    VARCHAR(32) NOT NULL,
    actor_id      VARCHAR(128) NOT NULL,
    actor_network VARCHAR(128),
    kind          VARCHAR(64) NOT NULL,
    entity_kind   VARCHAR(32) NOT NULL,
    entity_id     VARCHAR(300) NOT NULL,
    network_id    VARCHAR(128),
    summary       VARCHAR(1000) NOT NULL,
    CONSTRAINT ${prefix}change_record_pk PRIMARY KEY (sequence)
);
CREATE INDEX ${prefix}change_record_entity_ix ON ${prefix}change_record (entity_kind, entity_id, sequence);
CREATE INDEX ${prefix}change_record_actor_ix ON ${prefix}change_record (actor_id, sequence);
CREATE INDEX ${prefix}change_record_network_ix ON ${prefix}change_record (network_id, sequence);
CREATE INDEX ${prefix}change_record_at_ix ON ${prefix}change_record (at_us);

CREATE TABLE ${prefix}change_cursor (
    listener        VARCHAR(128) NOT NULL,
    position        BIGINT NOT NULL,
    failures        INTEGER NOT NULL,
    next_attempt_us BIGINT,
    last_error      VARCHAR(1000),
    claim_owner     VARCHAR(128),
    claim_until_us  BIGINT,
    CONSTRAINT ${prefix}change_cursor_pk PRIMARY KEY (listener)
);
