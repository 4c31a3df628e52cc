-- chemnet network schema, version 5: reads, keyset paging and organization search (issue 15).
-- Every list is paged by key, WHERE <filter> AND id > ? ORDER BY id FETCH FIRST n ROWS ONLY, never by OFFSET: each
-- list's filter and key get one index, so that a page deep inside a million rows costs what the first page costs.
-- Runs on H2 2.x and PostgreSQL alike.

-- Organizations: what they are searched by, SearchText.of(organization) in network-core (the name in every language,
-- other names and acronym, normalized: NFKC, case-folded, without accents on Latin, Greek and Cyrillic letters). Only
-- Java computes it, so the store writes it with every insert and update; rows written before this version have none
-- until they are written again, and a search does not find them before that. The organization's primary key pages
-- them; a search reads them in that order, filtered.
ALTER TABLE ${prefix}organization ADD COLUMN search_text VARCHAR;

-- Memberships: the current status (the latest of the history) beside the history, so that a page of the memberships
-- of one status reads only those. Filled here from the histories, then by every write.
ALTER TABLE ${prefix}membership ADD COLUMN current_status VARCHAR(16);
UPDATE ${prefix}membership SET current_status = (
    SELECT s.status FROM ${prefix}membership_status s
    WHERE s.membership_id = ${prefix}membership.id
      AND s.seq = (SELECT MAX(s2.seq) FROM ${prefix}membership_status s2
                   WHERE s2.membership_id = ${prefix}membership.id));
-- A network's memberships by identifier, and those of one status by identifier. (The indexes of V1 on the network,
-- the newsletter and the message alone stay: H2 may have made them the indexes of foreign keys, and refuses to drop
-- them then.)
CREATE INDEX ${prefix}membership_page_idx ON ${prefix}membership (network_id, id);
CREATE INDEX ${prefix}membership_status_page_idx ON ${prefix}membership (network_id, current_status, id);

-- A newsletter's subscriptions and a message's deliveries, by identifier.
CREATE INDEX ${prefix}subscription_page_idx ON ${prefix}subscription (newsletter_id, id);
CREATE INDEX ${prefix}delivery_page_idx ON ${prefix}delivery (message_id, id);
