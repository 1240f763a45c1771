-- 0002: casework: every record of a child's journey (contacts, early help, referrals,
-- assessments, strategy discussions, section 47 enquiries, conferences, plans, pre-proceedings,
-- transitions, visits, case notes, management oversight). The kinds and their questions are
-- declared in internal/casework; the answers are held as JSON in detail, with the dates that
-- lists, clocks and returns select by copied into their own columns.

CREATE TABLE casework (
	id               INTEGER PRIMARY KEY,
	version          INTEGER NOT NULL DEFAULT 1,
	person_id        BIGINT NOT NULL REFERENCES person (id),
	kind             TEXT NOT NULL,
	parent_id        BIGINT REFERENCES casework (id),  -- the record this one belongs to
	episode_id       BIGINT REFERENCES casework (id),  -- the referral (CIN episode) it falls in
	group_ref        TEXT NOT NULL DEFAULT '',         -- one contact about several children
	start_date       TEXT NOT NULL,                    -- the kind's start (YYYY-MM-DD)
	end_date         TEXT NOT NULL DEFAULT '',         -- the kind's end, '' while open
	detail           TEXT NOT NULL,                    -- the answers: {"field": ["value", …]}
	entered_in_error BOOLEAN NOT NULL DEFAULT FALSE,
	error_reason     TEXT NOT NULL DEFAULT '',
	created_at       TEXT NOT NULL,
	created_by       BIGINT REFERENCES app_user (id),
	updated_at       TEXT NOT NULL,
	updated_by       BIGINT REFERENCES app_user (id)
);
CREATE INDEX casework_person ON casework (person_id, start_date);
CREATE INDEX casework_kind ON casework (kind, start_date);
CREATE INDEX casework_episode ON casework (episode_id);
CREATE INDEX casework_parent ON casework (parent_id);
CREATE INDEX casework_group ON casework (group_ref);

CREATE TRIGGER casework_no_delete BEFORE DELETE ON casework
BEGIN SELECT RAISE(ABORT, 'casework records are never deleted: mark them entered in error'); END;

-- local_standard holds the council's own timescales where national rules are silent (or
-- where it has tightened them); the defaults live in internal/casework.
CREATE TABLE local_standard (
	name       TEXT PRIMARY KEY,
	value      TEXT NOT NULL,
	reason     TEXT NOT NULL,
	updated_at TEXT NOT NULL,
	updated_by BIGINT REFERENCES app_user (id)
);
