-- chemnet network schema, version 1.
-- ${prefix} is the table prefix (default chemnet_). Text columns marked JSON hold small JSON documents:
-- localized text is an object of BCP 47 tag to text, lists are arrays. See docs/schema.md.

CREATE TABLE ${prefix}network (
    id                 VARCHAR(128) NOT NULL PRIMARY KEY,
    name               VARCHAR NOT NULL,          -- JSON localized text
    acronym            VARCHAR(30),
    network_scope      VARCHAR(16) NOT NULL CHECK (network_scope IN ('NATIONAL', 'REGIONAL', 'GLOBAL')),
    country            VARCHAR(2),
    purpose            VARCHAR NOT NULL,          -- JSON localized text
    founded_year       INTEGER,
    focus_regions      VARCHAR NOT NULL,          -- JSON array of text
    principles         VARCHAR NOT NULL,          -- JSON array of localized text
    organizations_only BOOLEAN NOT NULL,
    eligible_types     VARCHAR NOT NULL,          -- JSON array of organization types
    fee_amount         DECIMAL(16, 4),
    fee_currency       VARCHAR(3),
    required_agreement VARCHAR,                   -- JSON localized text
    approver           VARCHAR(16) NOT NULL CHECK (approver IN ('SECRETARIAT', 'BOARD', 'AUTOMATIC')),
    website            VARCHAR(2000),
    CONSTRAINT ${prefix}network_fee_ck CHECK ((fee_amount IS NULL AND fee_currency IS NULL)
        OR (fee_amount >= 0 AND fee_currency IS NOT NULL))
);

CREATE TABLE ${prefix}organization (
    id              VARCHAR(128) NOT NULL PRIMARY KEY,
    name            VARCHAR NOT NULL,             -- JSON localized text
    other_names     VARCHAR NOT NULL,             -- JSON array of text
    acronym         VARCHAR(30),
    org_type        VARCHAR(32) NOT NULL CHECK (org_type IN ('ENTERPRISE', 'INDUSTRY_ASSOCIATION',
        'RESEARCH_INSTITUTION', 'ACADEMIA', 'NGO', 'NPO', 'GOVERNMENT_BODY', 'INTERNATIONAL_ORGANIZATION', 'OTHER')),
    community       VARCHAR(32) CHECK (community IN ('GOVERNMENT', 'INTERNATIONAL_ORGANIZATION', 'INDUSTRY',
        'ACADEMIA', 'CIVIL_SOCIETY')),
    country         VARCHAR(2),
    website         VARCHAR(2000),
    enterprise_size VARCHAR(8) CHECK (enterprise_size IN ('SME', 'LARGE')),
    supply_chain    VARCHAR NOT NULL,             -- JSON array of supply-chain positions
    sectors         VARCHAR NOT NULL,             -- JSON array of text
    identifiers     VARCHAR NOT NULL,             -- JSON array of {scheme, value}
    contact_details VARCHAR NOT NULL              -- JSON array of {type, value, label}
);
CREATE INDEX ${prefix}organization_type_idx ON ${prefix}organization (org_type, country);

CREATE TABLE ${prefix}person (
    id           VARCHAR(128) NOT NULL PRIMARY KEY,
    name         VARCHAR(200) NOT NULL,
    job_position VARCHAR(200),
    email        VARCHAR(254),
    lang         VARCHAR(64)
);

CREATE TABLE ${prefix}membership (
    id              VARCHAR(128) NOT NULL PRIMARY KEY,
    network_id      VARCHAR(128) NOT NULL REFERENCES ${prefix}network (id),
    organization_id VARCHAR(128) NOT NULL REFERENCES ${prefix}organization (id),
    member_role     VARCHAR(16) NOT NULL CHECK (member_role IN ('PARTICIPANT', 'MEMBER', 'OBSERVER')),
    contact_id      VARCHAR(128) REFERENCES ${prefix}person (id),
    row_version     BIGINT NOT NULL CHECK (row_version >= 1),
    since           DATE NOT NULL,
    -- network, organization and role while the membership is open, null once it ended: at most one open
    -- application or participation per organization and role, whoever writes at the same time.
    open_key        VARCHAR(400),
    CONSTRAINT ${prefix}membership_open_uq UNIQUE (open_key)
);
CREATE INDEX ${prefix}membership_network_idx ON ${prefix}membership (network_id);
CREATE INDEX ${prefix}membership_organization_idx ON ${prefix}membership (organization_id);

CREATE TABLE ${prefix}membership_status (
    membership_id VARCHAR(128) NOT NULL REFERENCES ${prefix}membership (id) ON DELETE CASCADE,
    seq           INTEGER NOT NULL CHECK (seq >= 0),
    status        VARCHAR(16) NOT NULL CHECK (status IN ('APPLIED', 'APPROVED', 'ACTIVE', 'SUSPENDED',
        'WITHDRAWN', 'REJECTED')),
    effective_on  DATE NOT NULL,
    reason        VARCHAR(1000),
    PRIMARY KEY (membership_id, seq)
);

-- The periods a membership is active, derived from its status history on every write: the as-of query.
CREATE TABLE ${prefix}membership_active (
    membership_id   VARCHAR(128) NOT NULL REFERENCES ${prefix}membership (id) ON DELETE CASCADE,
    seq             INTEGER NOT NULL,
    network_id      VARCHAR(128) NOT NULL,
    organization_id VARCHAR(128) NOT NULL,
    member_role     VARCHAR(16) NOT NULL,
    start_on        DATE NOT NULL,
    end_on          DATE,
    PRIMARY KEY (membership_id, seq),
    CONSTRAINT ${prefix}membership_active_ck CHECK (end_on IS NULL OR end_on >= start_on)
);
CREATE INDEX ${prefix}membership_active_asof_idx ON ${prefix}membership_active (network_id, start_on, end_on);

CREATE TABLE ${prefix}board (
    network_id VARCHAR(128) NOT NULL PRIMARY KEY REFERENCES ${prefix}network (id),
    name       VARCHAR NOT NULL                   -- JSON localized text
);

CREATE TABLE ${prefix}board_seat (
    id                VARCHAR(128) NOT NULL PRIMARY KEY,
    network_id        VARCHAR(128) NOT NULL REFERENCES ${prefix}network (id),
    pos               INTEGER NOT NULL,
    organization_id   VARCHAR(128) NOT NULL REFERENCES ${prefix}organization (id),
    representative_id VARCHAR(128) REFERENCES ${prefix}person (id),
    term_start        DATE NOT NULL,
    term_end          DATE,
    chair             BOOLEAN NOT NULL,
    CONSTRAINT ${prefix}board_seat_term_ck CHECK (term_end IS NULL OR term_end >= term_start)
);
CREATE INDEX ${prefix}board_seat_network_idx ON ${prefix}board_seat (network_id, pos);

CREATE TABLE ${prefix}secretariat (
    network_id       VARCHAR(128) NOT NULL PRIMARY KEY REFERENCES ${prefix}network (id),
    name             VARCHAR NOT NULL,            -- JSON localized text
    host_id          VARCHAR(128) NOT NULL REFERENCES ${prefix}organization (id),
    responsibilities VARCHAR NOT NULL,            -- JSON array of localized text
    period_start     DATE,
    period_end       DATE,
    CONSTRAINT ${prefix}secretariat_period_ck CHECK (period_end IS NULL OR period_end >= period_start)
);

CREATE TABLE ${prefix}partner (
    network_id      VARCHAR(128) NOT NULL REFERENCES ${prefix}network (id),
    organization_id VARCHAR(128) NOT NULL REFERENCES ${prefix}organization (id),
    relationship    VARCHAR,                      -- JSON localized text
    period_start    DATE,
    period_end      DATE,
    PRIMARY KEY (network_id, organization_id),
    CONSTRAINT ${prefix}partner_period_ck CHECK (period_end IS NULL OR period_end >= period_start)
);

CREATE TABLE ${prefix}activity (
    id          VARCHAR(128) NOT NULL PRIMARY KEY,
    network_id  VARCHAR(128) NOT NULL REFERENCES ${prefix}network (id),
    pos         BIGINT NOT NULL,
    kind        VARCHAR(32) NOT NULL CHECK (kind IN ('INFORMATION_COLLECTION', 'DIALOGUE', 'CASE_STUDY_DISSEMINATION',
        'NEWSLETTER', 'COLUMN_POSTING', 'SEMINAR', 'CAPACITY_BUILDING', 'BEST_PRACTICE_EXCHANGE', 'POLICY_ENGAGEMENT',
        'WORKING_GROUP', 'TOOL')),
    title       VARCHAR NOT NULL,                 -- JSON localized text
    description VARCHAR,                          -- JSON localized text
    details     VARCHAR NOT NULL                  -- JSON object of the kind's own parts
);
CREATE INDEX ${prefix}activity_network_idx ON ${prefix}activity (network_id, pos);

CREATE TABLE ${prefix}activity_member (
    activity_id     VARCHAR(128) NOT NULL REFERENCES ${prefix}activity (id) ON DELETE CASCADE,
    pos             INTEGER NOT NULL,
    organization_id VARCHAR(128) NOT NULL REFERENCES ${prefix}organization (id),
    PRIMARY KEY (activity_id, pos)
);

CREATE TABLE ${prefix}event (
    id                VARCHAR(128) NOT NULL PRIMARY KEY,
    network_id        VARCHAR(128) NOT NULL REFERENCES ${prefix}network (id),
    name              VARCHAR NOT NULL,           -- JSON localized text
    acronym           VARCHAR(30),
    kind              VARCHAR(16) NOT NULL CHECK (kind IN ('MEETING', 'SUMMIT', 'CONFERENCE', 'WORKSHOP')),
    start_on          DATE NOT NULL,
    end_on            DATE,
    city              VARCHAR(200) NOT NULL,
    country           VARCHAR(2) NOT NULL,
    venue             VARCHAR(300),
    participant_count INTEGER CHECK (participant_count >= 0),
    country_count     INTEGER CHECK (country_count >= 0),
    description       VARCHAR,                    -- JSON localized text
    CONSTRAINT ${prefix}event_dates_ck CHECK (end_on IS NULL OR end_on >= start_on)
);
CREATE INDEX ${prefix}event_network_idx ON ${prefix}event (network_id, start_on);

CREATE TABLE ${prefix}event_organizer (
    event_id        VARCHAR(128) NOT NULL REFERENCES ${prefix}event (id) ON DELETE CASCADE,
    organizer_role  VARCHAR(16) NOT NULL CHECK (organizer_role IN ('ORGANIZER', 'CO_ORGANIZER')),
    pos             INTEGER NOT NULL,
    organization_id VARCHAR(128) NOT NULL REFERENCES ${prefix}organization (id),
    PRIMARY KEY (event_id, organizer_role, pos)
);

CREATE TABLE ${prefix}declaration (
    id         VARCHAR(128) NOT NULL PRIMARY KEY,
    network_id VARCHAR(128) NOT NULL REFERENCES ${prefix}network (id),
    title      VARCHAR NOT NULL,                  -- JSON localized text
    event_id   VARCHAR(128) NOT NULL REFERENCES ${prefix}event (id),
    adopted_on DATE NOT NULL,
    summary    VARCHAR,                           -- JSON localized text
    goals      VARCHAR NOT NULL,                  -- JSON array of localized text
    guidelines VARCHAR NOT NULL,                  -- JSON array of localized text
    principles VARCHAR NOT NULL                   -- JSON array of localized text
);
CREATE INDEX ${prefix}declaration_network_idx ON ${prefix}declaration (network_id, adopted_on);

CREATE TABLE ${prefix}endorsement (
    declaration_id  VARCHAR(128) NOT NULL REFERENCES ${prefix}declaration (id) ON DELETE CASCADE,
    pos             INTEGER NOT NULL,
    organization_id VARCHAR(128) NOT NULL REFERENCES ${prefix}organization (id),
    endorsed_on     DATE NOT NULL,
    withdrawn_on    DATE,
    PRIMARY KEY (declaration_id, pos),
    CONSTRAINT ${prefix}endorsement_ck CHECK (withdrawn_on IS NULL OR withdrawn_on >= endorsed_on)
);

CREATE TABLE ${prefix}subscription (
    id              VARCHAR(128) NOT NULL PRIMARY KEY,
    newsletter_id   VARCHAR(128) NOT NULL REFERENCES ${prefix}activity (id),
    address         VARCHAR(254) NOT NULL,
    person_id       VARCHAR(128) REFERENCES ${prefix}person (id),
    organization_id VARCHAR(128) REFERENCES ${prefix}organization (id),
    topics          VARCHAR NOT NULL,             -- JSON array of text
    consent_on      DATE NOT NULL,
    consent_source  VARCHAR(200) NOT NULL,
    status          VARCHAR(16) NOT NULL CHECK (status IN ('ACTIVE', 'UNSUBSCRIBED', 'BOUNCED')),
    status_since    DATE NOT NULL
);
CREATE INDEX ${prefix}subscription_newsletter_idx ON ${prefix}subscription (newsletter_id);
CREATE INDEX ${prefix}subscription_person_idx ON ${prefix}subscription (person_id);

CREATE TABLE ${prefix}mail_message (
    id            VARCHAR(128) NOT NULL PRIMARY KEY,
    kind          VARCHAR(16) NOT NULL CHECK (kind IN ('NEWSLETTER_ISSUE', 'NOTICE')),
    newsletter_id VARCHAR(128),
    issue_number  INTEGER,
    issued_on     DATE NOT NULL,
    topics        VARCHAR NOT NULL,               -- JSON array of text
    subject       VARCHAR NOT NULL,               -- JSON localized text
    body          VARCHAR NOT NULL                -- JSON localized text
);

CREATE TABLE ${prefix}delivery (
    id              VARCHAR(128) NOT NULL PRIMARY KEY,
    message_id      VARCHAR(128) NOT NULL REFERENCES ${prefix}mail_message (id),
    address         VARCHAR(254) NOT NULL,
    recipient_name  VARCHAR(200),
    lang            VARCHAR(64) NOT NULL,
    subscription_id VARCHAR(128) REFERENCES ${prefix}subscription (id) ON DELETE CASCADE,
    status          VARCHAR(16) NOT NULL CHECK (status IN ('PENDING', 'SENT', 'FAILED')),
    attempts        INTEGER NOT NULL CHECK (attempts >= 0),
    next_attempt_us BIGINT NOT NULL,              -- microseconds since 1970-01-01T00:00Z
    last_error      VARCHAR(2000)
);
CREATE INDEX ${prefix}delivery_due_idx ON ${prefix}delivery (status, next_attempt_us);
CREATE INDEX ${prefix}delivery_message_idx ON ${prefix}delivery (message_id);
