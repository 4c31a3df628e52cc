-- chemnet network schema, version 3: several nodes over one database (issue 14).
-- Every row a use case replaces carries a version, and an update names the version it read; seats and endorsements
-- are rows of their own that concurrent writers add; deliveries are claimed by one node at a time, for a lease.
-- Runs on H2 2.x and PostgreSQL alike: where an ALTER differs between them (a primary key, a foreign key's action),
-- the table is made anew and its rows copied.

ALTER TABLE ${prefix}network ADD COLUMN row_version BIGINT NOT NULL DEFAULT 1;
ALTER TABLE ${prefix}organization ADD COLUMN row_version BIGINT NOT NULL DEFAULT 1;
ALTER TABLE ${prefix}person ADD COLUMN row_version BIGINT NOT NULL DEFAULT 1;
ALTER TABLE ${prefix}board_seat ADD COLUMN row_version BIGINT NOT NULL DEFAULT 1;
ALTER TABLE ${prefix}secretariat ADD COLUMN row_version BIGINT NOT NULL DEFAULT 1;
ALTER TABLE ${prefix}subscription ADD COLUMN row_version BIGINT NOT NULL DEFAULT 1;
-- The board's own version, advanced by every change of who chairs it; 0 until then. The board row holds its name and
-- may be absent while seats exist (the board is then named as an empty one).
ALTER TABLE ${prefix}board ADD COLUMN row_version BIGINT NOT NULL DEFAULT 0;

-- Endorsements: keyed by declaration, organization and first day, so that two organizations endorsing at once never
-- collide on a place; pos orders them (ties by organization). open_key is the declaration and organization while the
-- endorsement stands, null once withdrawn: at most one standing endorsement per organization.
CREATE TABLE ${prefix}endorsement_v3 (
    declaration_id  VARCHAR(128) NOT NULL,
    organization_id VARCHAR(128) NOT NULL,
    endorsed_on     DATE NOT NULL,
    pos             INTEGER NOT NULL,
    withdrawn_on    DATE,
    open_key        VARCHAR(300),
    CONSTRAINT ${prefix}endorsement_pk PRIMARY KEY (declaration_id, organization_id, endorsed_on),
    CONSTRAINT ${prefix}endorsement_declaration_fk FOREIGN KEY (declaration_id)
        REFERENCES ${prefix}declaration (id) ON DELETE CASCADE,
    CONSTRAINT ${prefix}endorsement_organization_fk FOREIGN KEY (organization_id)
        REFERENCES ${prefix}organization (id),
    CONSTRAINT ${prefix}endorsement_open_uq UNIQUE (open_key),
    CONSTRAINT ${prefix}endorsement_period_ck CHECK (withdrawn_on IS NULL OR withdrawn_on >= endorsed_on)
);
INSERT INTO ${prefix}endorsement_v3 (declaration_id, organization_id, endorsed_on, pos, withdrawn_on, open_key)
    SELECT declaration_id, organization_id, endorsed_on, pos, withdrawn_on,
           CASE WHEN withdrawn_on IS NULL THEN declaration_id || '|' || organization_id END
    FROM ${prefix}endorsement;
DROP TABLE ${prefix}endorsement;
ALTER TABLE ${prefix}endorsement_v3 RENAME TO ${prefix}endorsement;

-- Deliveries: the person they go to (no foreign key, so that erasing a person can redact them), the claim of the node
-- sending them (owner and end of lease, in microseconds since 1970-01-01T00:00Z), and a link to their subscription
-- that is set to null, not cascaded, when the subscription is deleted: the deliveries stay as a record.
CREATE TABLE ${prefix}delivery_v3 (
    id              VARCHAR(128) NOT NULL,
    message_id      VARCHAR(128) NOT NULL,
    address         VARCHAR(254) NOT NULL,
    recipient_name  VARCHAR(200),
    lang            VARCHAR(64) NOT NULL,
    subscription_id VARCHAR(128),
    person_id       VARCHAR(128),
    status          VARCHAR(16) NOT NULL,
    attempts        INTEGER NOT NULL,
    next_attempt_us BIGINT NOT NULL,
    last_error      VARCHAR(2000),
    claim_owner     VARCHAR(128),
    claim_until_us  BIGINT,
    CONSTRAINT ${prefix}delivery_pk PRIMARY KEY (id),
    CONSTRAINT ${prefix}delivery_message_fk FOREIGN KEY (message_id) REFERENCES ${prefix}mail_message (id),
    CONSTRAINT ${prefix}delivery_subscription_fk FOREIGN KEY (subscription_id)
        REFERENCES ${prefix}subscription (id) ON DELETE SET NULL,
    CONSTRAINT ${prefix}delivery_status_ck CHECK (status IN ('PENDING', 'SENT', 'FAILED')),
    CONSTRAINT ${prefix}delivery_attempts_ck CHECK (attempts >= 0),
    CONSTRAINT ${prefix}delivery_claim_ck CHECK ((claim_owner IS NULL AND claim_until_us IS NULL)
        OR (claim_owner IS NOT NULL AND claim_until_us IS NOT NULL))
);
INSERT INTO ${prefix}delivery_v3 (id, message_id, address, recipient_name, lang, subscription_id, person_id, status,
                                  attempts, next_attempt_us, last_error)
    SELECT d.id, d.message_id, d.address, d.recipient_name, d.lang, d.subscription_id, s.person_id, d.status,
           d.attempts, d.next_attempt_us, d.last_error
    FROM ${prefix}delivery d LEFT JOIN ${prefix}subscription s ON s.id = d.subscription_id;
DROP TABLE ${prefix}delivery;
ALTER TABLE ${prefix}delivery_v3 RENAME TO ${prefix}delivery;
-- Notices have no subscription: they go to the person whose address they carry (the first, if several share it).
UPDATE ${prefix}delivery SET person_id = (SELECT MIN(p.id) FROM ${prefix}person p WHERE p.email = ${prefix}delivery.address)
    WHERE person_id IS NULL AND subscription_id IS NULL;
-- The claim: pending deliveries in the order they are due.
CREATE INDEX ${prefix}delivery_due_idx ON ${prefix}delivery (status, next_attempt_us, id);
CREATE INDEX ${prefix}delivery_message_idx ON ${prefix}delivery (message_id);
CREATE INDEX ${prefix}delivery_person_idx ON ${prefix}delivery (person_id);
CREATE INDEX ${prefix}delivery_subscription_idx ON ${prefix}delivery (subscription_id);
