-- chemnet network schema, version 9: agreements to a network's policy (issue 16).
-- A policy's agreement may carry a version; each organization's agreement records the text, its version and the day,
-- and is only ever added: when it applies, and again when it agrees to a new version.

ALTER TABLE ${prefix}network ADD COLUMN agreement_version VARCHAR(30);

CREATE TABLE ${prefix}agreement (
    id              VARCHAR(36) NOT NULL,
    network_id      VARCHAR(128) NOT NULL,
    organization_id VARCHAR(128) NOT NULL,
    agreement_text  VARCHAR NOT NULL,         -- JSON localized text
    version         VARCHAR(30),
    agreed_on       DATE NOT NULL,
    recorded_us     BIGINT NOT NULL,
    CONSTRAINT ${prefix}agreement_pk PRIMARY KEY (id),
    CONSTRAINT ${prefix}agreement_network_fk FOREIGN KEY (network_id)
        REFERENCES ${prefix}network (id) ON DELETE CASCADE,
    CONSTRAINT ${prefix}agreement_organization_fk FOREIGN KEY (organization_id)
        REFERENCES ${prefix}organization (id)
);
CREATE INDEX ${prefix}agreement_member_ix ON ${prefix}agreement (network_id, organization_id, agreed_on);
