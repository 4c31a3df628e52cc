-- chemnet network schema, version 11: people of organizations (issue 17).
-- A person's dated affiliation with an organization in a role. Affiliating advances the organization row's
-- row_version in the same transaction, so the one-head-at-a-time rule is checked by one writer at a time.

CREATE TABLE ${prefix}affiliation (
    id              VARCHAR(128) NOT NULL,
    person_id       VARCHAR(128) NOT NULL,
    organization_id VARCHAR(128) NOT NULL,
    role            VARCHAR(16) NOT NULL,     -- HEAD, REPRESENTATIVE, CONTACT or STAFF
    first_day       DATE NOT NULL,
    last_day        DATE,                     -- NULL: open
    title           VARCHAR(200),
    CONSTRAINT ${prefix}affiliation_pk PRIMARY KEY (id),
    CONSTRAINT ${prefix}affiliation_person_fk FOREIGN KEY (person_id) REFERENCES ${prefix}person (id),
    CONSTRAINT ${prefix}affiliation_organization_fk FOREIGN KEY (organization_id)
        REFERENCES ${prefix}organization (id),
    CONSTRAINT ${prefix}affiliation_days_ck CHECK (last_day IS NULL OR last_day >= first_day)
);

CREATE INDEX ${prefix}affiliation_organization_ix ON ${prefix}affiliation (organization_id, first_day);
CREATE INDEX ${prefix}affiliation_person_ix ON ${prefix}affiliation (person_id, first_day);

-- A person's registrations (V10), read for the export of their personal data.
CREATE INDEX ${prefix}registration_person_ix ON ${prefix}registration (person_id);
