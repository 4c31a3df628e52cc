-- chemnet network schema, version 4: imports that stay all or nothing on H2 whatever kills the process (issue 14).
-- H2 writes the uncommitted rows of a large transaction to its file as it goes, and after a kill -9 its recovery
-- has been seen to keep some of them (and index entries that disagree with them). So an import of a new network on
-- H2 first commits a row here, on a connection of its own, naming the session that imports; the import's own
-- transaction deletes that row last, so it is gone exactly when the import is in whole. A row whose session is no
-- longer alive is an import that died: on the next start its network and every row it added are removed.
CREATE TABLE ${prefix}import_run (
    network_id    VARCHAR(128) NOT NULL PRIMARY KEY,
    session_id    BIGINT NOT NULL,
    session_start VARCHAR(64) NOT NULL,
    started_us    BIGINT NOT NULL              -- microseconds since 1970-01-01T00:00Z
);

-- The network whose import first stored an organization or a person, so that an import that died takes back the ones
-- it added and no others.
ALTER TABLE ${prefix}organization ADD COLUMN imported_by VARCHAR(128);
ALTER TABLE ${prefix}person ADD COLUMN imported_by VARCHAR(128);
CREATE INDEX ${prefix}organization_imported_idx ON ${prefix}organization (imported_by);
CREATE INDEX ${prefix}person_imported_idx ON ${prefix}person (imported_by);
