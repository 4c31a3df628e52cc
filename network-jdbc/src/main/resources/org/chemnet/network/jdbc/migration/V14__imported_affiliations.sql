-- chemnet network schema, version 14: affiliations an import adds are marked as that import's, as organizations and
-- persons are (V4), so that the journal of an H2 import that died takes them back with the rest (issue 17: the JSON
-- document holds affiliations).

ALTER TABLE ${prefix}affiliation ADD COLUMN imported_by VARCHAR(128);
CREATE INDEX ${prefix}affiliation_imported_idx ON ${prefix}affiliation (imported_by);
