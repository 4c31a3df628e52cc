-- A host application's own table, migrated by the host's own Flyway: chemnet must leave both alone.
CREATE TABLE host_order (
    id   INTEGER NOT NULL PRIMARY KEY,
    what VARCHAR(100) NOT NULL
);
INSERT INTO host_order (id, what) VALUES (1, 'kept as it was');
