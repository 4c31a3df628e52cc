-- chemnet network schema, version 2.
-- The participants-of-a-day query with a filter on organizations (type, country, size, community) starts from the
-- few organizations that match, then needs their active periods: without this index it read every active period of
-- the network instead (AsOfQueryBenchmark, docs/benchmarks.md).
CREATE INDEX ${prefix}membership_active_org_idx ON ${prefix}membership_active (organization_id, network_id, start_on);
