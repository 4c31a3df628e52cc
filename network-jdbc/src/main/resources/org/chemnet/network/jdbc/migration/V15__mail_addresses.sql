-- chemnet network schema, version 15: what is known about each mail address (issue 18), shared by every network of
-- the store. One versioned row per normalized address (trimmed, in lower case): its bounce score as GNU Mailman keeps
-- it, the hold of its subscriptions and the reminders sent since, and its entry on the suppression list. And the log
-- of bounces, one row per reference, so that a bounce reported twice (by two nodes, or by the SMTP reply and a
-- notification) counts once.

CREATE TABLE ${prefix}mail_address (
    address             VARCHAR(254) NOT NULL,
    bounce_score        DECIMAL(9, 1) NOT NULL,
    last_bounce_on      DATE,
    held_since_us       BIGINT,                 -- microseconds since 1970-01-01T00:00Z
    reminders           INTEGER NOT NULL,
    last_reminder_us    BIGINT,
    suppression         VARCHAR(16),            -- OPTED_OUT, HARD_BOUNCED or COMPLAINED
    suppressed_since_us BIGINT,
    suppression_note    VARCHAR(200),
    row_version         BIGINT NOT NULL,
    CONSTRAINT ${prefix}mail_address_pk PRIMARY KEY (address),
    CONSTRAINT ${prefix}mail_address_score_ck CHECK (bounce_score >= 0 AND reminders >= 0),
    CONSTRAINT ${prefix}mail_address_suppression_ck
        CHECK (suppression IN ('OPTED_OUT', 'HARD_BOUNCED', 'COMPLAINED')),
    CONSTRAINT ${prefix}mail_address_suppressed_ck
        CHECK ((suppression IS NULL) = (suppressed_since_us IS NULL))
);

CREATE INDEX ${prefix}mail_address_suppressed_ix ON ${prefix}mail_address (suppression, address);
CREATE INDEX ${prefix}mail_address_held_ix ON ${prefix}mail_address (held_since_us, last_reminder_us);

CREATE TABLE ${prefix}bounce (
    reference     VARCHAR(255) NOT NULL,
    address       VARCHAR(254) NOT NULL,        -- as reported
    address_key   VARCHAR(254) NOT NULL,        -- normalized
    kind          VARCHAR(8) NOT NULL,
    bounced_us    BIGINT NOT NULL,
    delivery_id   VARCHAR(128),                 -- no foreign key: the log outlives the outbox's rows
    diagnostic    VARCHAR(500) NOT NULL,
    CONSTRAINT ${prefix}bounce_pk PRIMARY KEY (reference),
    CONSTRAINT ${prefix}bounce_kind_ck CHECK (kind IN ('HARD', 'SOFT'))
);

CREATE INDEX ${prefix}bounce_address_ix ON ${prefix}bounce (address_key, bounced_us);
