-- chemnet network schema, version 6: activities, partners and the secretariat over time (issue 15).
-- Activities are retired, never deleted (subscriptions and history refer to them), and changed by versioned updates;
-- partners are allied and ended by conditional writes; a secretariat handed over is kept as a row of its own.
-- Runs on H2 2.x and PostgreSQL alike.

-- Activities: the last day the network ran one, if retired, and the row's version for optimistic locking.
ALTER TABLE ${prefix}activity ADD COLUMN retired_on DATE;
ALTER TABLE ${prefix}activity ADD COLUMN row_version BIGINT NOT NULL DEFAULT 1;

-- Partners: the row's version, so that allying again after an end replaces only the ended row that was read.
ALTER TABLE ${prefix}partner ADD COLUMN row_version BIGINT NOT NULL DEFAULT 1;

-- The secretariats a network had before its current one, oldest first (pos from 0): a hand-over inserts the one
-- handed over here in the transaction of the versioned update of the secretariat row, so of two hand-overs at once
-- only one stores anything. The exchange format carries the current secretariat only; this history stays here.
CREATE TABLE ${prefix}secretariat_former (
    network_id       VARCHAR(128) NOT NULL,
    pos              INTEGER NOT NULL,
    name             VARCHAR NOT NULL,            -- JSON localized text
    host_id          VARCHAR(128) NOT NULL,
    responsibilities VARCHAR NOT NULL,            -- JSON array of localized text
    period_start     DATE NOT NULL,
    period_end       DATE NOT NULL,
    CONSTRAINT ${prefix}secretariat_former_pk PRIMARY KEY (network_id, pos),
    CONSTRAINT ${prefix}secretariat_former_network_fk FOREIGN KEY (network_id) REFERENCES ${prefix}network (id),
    CONSTRAINT ${prefix}secretariat_former_host_fk FOREIGN KEY (host_id) REFERENCES ${prefix}organization (id),
    CONSTRAINT ${prefix}secretariat_former_period_ck CHECK (period_end >= period_start)
);
CREATE INDEX ${prefix}secretariat_former_host_idx ON ${prefix}secretariat_former (host_id);
