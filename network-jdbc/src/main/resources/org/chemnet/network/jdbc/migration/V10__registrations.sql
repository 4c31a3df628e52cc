-- chemnet network schema, version 10: registration for events and seminars (issue 17).
-- Each occasion open for registration has one rules row; its row_version is the guard of every change to the
-- occasion's registrations, which take places and waitlist positions in the order of their sequence.

CREATE TABLE ${prefix}registration_rules (
    occasion_kind VARCHAR(16) NOT NULL,       -- EVENT or SEMINAR
    occasion_id   VARCHAR(128) NOT NULL,
    network_id    VARCHAR(128) NOT NULL,
    capacity      INTEGER,                    -- NULL: no limit
    eligibility   VARCHAR(16) NOT NULL,       -- PARTICIPANTS or ANYONE
    row_version   BIGINT NOT NULL,
    CONSTRAINT ${prefix}registration_rules_pk PRIMARY KEY (occasion_kind, occasion_id),
    CONSTRAINT ${prefix}registration_rules_network_fk FOREIGN KEY (network_id)
        REFERENCES ${prefix}network (id) ON DELETE CASCADE,
    CONSTRAINT ${prefix}registration_rules_capacity_ck CHECK (capacity IS NULL OR capacity > 0)
);

CREATE TABLE ${prefix}registration (
    id              VARCHAR(128) NOT NULL,
    occasion_kind   VARCHAR(16) NOT NULL,
    occasion_id     VARCHAR(128) NOT NULL,
    network_id      VARCHAR(128) NOT NULL,
    organization_id VARCHAR(128),
    person_id       VARCHAR(128),
    sequence_no     BIGINT NOT NULL,
    status          VARCHAR(16) NOT NULL,     -- CONFIRMED, WAITLISTED or CANCELLED
    attendance      VARCHAR(16),              -- PRESENT or NO_SHOW, for a confirmed registration
    registered_us   BIGINT NOT NULL,
    promoted_us     BIGINT,
    CONSTRAINT ${prefix}registration_pk PRIMARY KEY (id),
    CONSTRAINT ${prefix}registration_sequence_uq UNIQUE (occasion_kind, occasion_id, sequence_no),
    CONSTRAINT ${prefix}registration_rules_fk FOREIGN KEY (occasion_kind, occasion_id)
        REFERENCES ${prefix}registration_rules (occasion_kind, occasion_id) ON DELETE CASCADE,
    CONSTRAINT ${prefix}registration_organization_fk FOREIGN KEY (organization_id)
        REFERENCES ${prefix}organization (id),
    CONSTRAINT ${prefix}registration_person_fk FOREIGN KEY (person_id)
        REFERENCES ${prefix}person (id),
    CONSTRAINT ${prefix}registration_registrant_ck CHECK (organization_id IS NOT NULL OR person_id IS NOT NULL),
    CONSTRAINT ${prefix}registration_attendance_ck CHECK (attendance IS NULL OR status = 'CONFIRMED')
);
