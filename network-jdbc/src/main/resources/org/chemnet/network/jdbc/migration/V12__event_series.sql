-- chemnet network schema, version 12: series of events and their editions (issue 17).
-- A series is a versioned row; adding an edition advances it. An event is an edition of one series at most: the
-- edition's primary key is the event.

CREATE TABLE ${prefix}event_series (
    id          VARCHAR(128) NOT NULL,
    network_id  VARCHAR(128) NOT NULL,
    name        VARCHAR NOT NULL,             -- JSON localized text
    acronym     VARCHAR(30),
    row_version BIGINT NOT NULL,
    CONSTRAINT ${prefix}event_series_pk PRIMARY KEY (id),
    CONSTRAINT ${prefix}event_series_network_fk FOREIGN KEY (network_id) REFERENCES ${prefix}network (id)
);

CREATE INDEX ${prefix}event_series_network_ix ON ${prefix}event_series (network_id);

CREATE TABLE ${prefix}event_series_edition (
    event_id  VARCHAR(128) NOT NULL,
    series_id VARCHAR(128) NOT NULL,
    CONSTRAINT ${prefix}event_series_edition_pk PRIMARY KEY (event_id),
    CONSTRAINT ${prefix}event_series_edition_event_fk FOREIGN KEY (event_id) REFERENCES ${prefix}event (id),
    CONSTRAINT ${prefix}event_series_edition_series_fk FOREIGN KEY (series_id)
        REFERENCES ${prefix}event_series (id) ON DELETE CASCADE
);

CREATE INDEX ${prefix}event_series_edition_series_ix ON ${prefix}event_series_edition (series_id);
