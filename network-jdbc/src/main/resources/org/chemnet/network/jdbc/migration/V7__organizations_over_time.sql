-- chemnet network schema, version 7: organizations over time (issue 15).
-- An organization keeps the names it had before (a JSON array of {lastDay, name}, oldest first) and the day it was
-- dissolved. Its changes (renamed, merged, split, dissolved, updated on request) are recorded one row per
-- organization taking part: the originals and the results of the change, each in its order. No foreign key to the
-- organization: a change outlives what an import that died takes back, and an organization is never deleted
-- otherwise.

ALTER TABLE ${prefix}organization ADD COLUMN former_names VARCHAR NOT NULL DEFAULT '[]';
ALTER TABLE ${prefix}organization ADD COLUMN dissolved_on DATE;

CREATE TABLE ${prefix}organization_change (
    change_id       VARCHAR(36) NOT NULL,
    part            VARCHAR(8) NOT NULL CHECK (part IN ('ORIGINAL', 'RESULT')),
    pos             INTEGER NOT NULL,
    organization_id VARCHAR(128) NOT NULL,
    kind            VARCHAR(16) NOT NULL CHECK (kind IN ('RENAMED', 'MERGED', 'SPLIT', 'DISSOLVED', 'UPDATED')),
    on_day          DATE NOT NULL,
    description     VARCHAR,
    CONSTRAINT ${prefix}organization_change_pk PRIMARY KEY (change_id, part, pos)
);
CREATE INDEX ${prefix}organization_change_organization_idx ON ${prefix}organization_change (organization_id);
