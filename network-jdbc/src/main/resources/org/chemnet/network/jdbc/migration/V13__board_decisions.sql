-- chemnet network schema, version 13: board decisions (issue 17), in Popolo's vocabulary.
-- A motion is a versioned row: every vote and the outcome advance it, so one writer at a time changes a motion.
-- A vote is keyed by its motion, seat and voter: one vote per sitter of a seat (the use cases count only the vote
-- of whoever sits for the seat on the vote day, as the board stands).

CREATE TABLE ${prefix}board_rules (
    network_id     VARCHAR(128) NOT NULL,
    quorum_percent INTEGER NOT NULL,
    majority       VARCHAR(16) NOT NULL,      -- SIMPLE or TWO_THIRDS
    row_version    BIGINT NOT NULL,
    CONSTRAINT ${prefix}board_rules_pk PRIMARY KEY (network_id),
    CONSTRAINT ${prefix}board_rules_network_fk FOREIGN KEY (network_id) REFERENCES ${prefix}network (id),
    CONSTRAINT ${prefix}board_rules_quorum_ck CHECK (quorum_percent BETWEEN 1 AND 100)
);

CREATE TABLE ${prefix}motion (
    id          VARCHAR(128) NOT NULL,
    network_id  VARCHAR(128) NOT NULL,
    motion_text VARCHAR NOT NULL,             -- JSON localized text
    activity_id VARCHAR(128),
    vote_day    DATE NOT NULL,
    quorum_percent INTEGER NOT NULL,          -- the board's rules when it was proposed
    majority    VARCHAR(16) NOT NULL,
    passed      BOOLEAN,                      -- NULL until decided
    decided_on  DATE,
    yes_count   INTEGER,                      -- the counts and seats sitting when decided
    no_count    INTEGER,
    abstain_count INTEGER,
    sitting_count INTEGER,
    row_version BIGINT NOT NULL,
    CONSTRAINT ${prefix}motion_pk PRIMARY KEY (id),
    CONSTRAINT ${prefix}motion_network_fk FOREIGN KEY (network_id) REFERENCES ${prefix}network (id),
    CONSTRAINT ${prefix}motion_decided_ck CHECK ((passed IS NULL) = (decided_on IS NULL))
);

CREATE INDEX ${prefix}motion_network_ix ON ${prefix}motion (network_id, vote_day);
CREATE INDEX ${prefix}motion_activity_ix ON ${prefix}motion (activity_id, vote_day);

CREATE TABLE ${prefix}vote (
    motion_id VARCHAR(128) NOT NULL,
    seat_id   VARCHAR(128) NOT NULL,
    voter_id  VARCHAR(128) NOT NULL,
    vote_option VARCHAR(16) NOT NULL,         -- YES, NO or ABSTAIN
    cast_us   BIGINT NOT NULL,
    CONSTRAINT ${prefix}vote_pk PRIMARY KEY (motion_id, seat_id, voter_id),
    CONSTRAINT ${prefix}vote_motion_fk FOREIGN KEY (motion_id) REFERENCES ${prefix}motion (id) ON DELETE CASCADE,
    CONSTRAINT ${prefix}vote_voter_fk FOREIGN KEY (voter_id) REFERENCES ${prefix}person (id)
);

CREATE INDEX ${prefix}vote_voter_ix ON ${prefix}vote (voter_id);
