-- chemnet network schema, version 16: subscriptions asked for and not yet confirmed (double opt-in, issue 18). The
-- columns of a subscription, without its status, and when it was asked for and when its link expires; confirming it
-- deletes the row and stores the subscription, and expired rows are deleted.

CREATE TABLE ${prefix}pending_subscription (
    id              VARCHAR(128) NOT NULL,
    newsletter_id   VARCHAR(128) NOT NULL,
    address         VARCHAR(254) NOT NULL,
    person_id       VARCHAR(128),
    organization_id VARCHAR(128),
    topics          VARCHAR NOT NULL,             -- JSON array of text
    consent_on      DATE NOT NULL,
    consent_source  VARCHAR(200) NOT NULL,
    status          VARCHAR(16) NOT NULL,
    status_since    DATE NOT NULL,
    requested_us    BIGINT NOT NULL,              -- microseconds since 1970-01-01T00:00Z
    expires_us      BIGINT NOT NULL,
    CONSTRAINT ${prefix}pending_subscription_pk PRIMARY KEY (id),
    CONSTRAINT ${prefix}pending_subscription_newsletter_fk FOREIGN KEY (newsletter_id)
        REFERENCES ${prefix}activity (id),
    CONSTRAINT ${prefix}pending_subscription_person_fk FOREIGN KEY (person_id) REFERENCES ${prefix}person (id),
    CONSTRAINT ${prefix}pending_subscription_organization_fk FOREIGN KEY (organization_id)
        REFERENCES ${prefix}organization (id),
    CONSTRAINT ${prefix}pending_subscription_expiry_ck CHECK (expires_us >= requested_us)
);

CREATE INDEX ${prefix}pending_subscription_expiry_ix ON ${prefix}pending_subscription (expires_us);
CREATE INDEX ${prefix}pending_subscription_person_ix ON ${prefix}pending_subscription (person_id);
