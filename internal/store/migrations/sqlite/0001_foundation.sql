-- 0001: the foundation: teams, users, sessions, people, their relationships, addresses,
-- warnings, allocations and chronology, revisions (the history of every change), access
-- grants and the access audit.
--
-- Dates are ISO 8601 text (YYYY-MM-DD, '' when unrecorded); instants are UTC text
-- (YYYY-MM-DDTHH:MM:SS.ffffffZ), so both stores sort and compare them the same way.

CREATE TABLE team (
	id         INTEGER PRIMARY KEY,
	name       TEXT NOT NULL UNIQUE,
	service    TEXT NOT NULL DEFAULT '',
	created_at TEXT NOT NULL
);

CREATE TABLE app_user (
	id             INTEGER PRIMARY KEY,
	username       TEXT NOT NULL UNIQUE,
	display_name   TEXT NOT NULL,
	email          TEXT NOT NULL DEFAULT '',
	role           TEXT NOT NULL,
	team_id        BIGINT REFERENCES team (id),
	password_hash  TEXT NOT NULL DEFAULT '',
	disabled       BOOLEAN NOT NULL DEFAULT FALSE,
	failed_signins INTEGER NOT NULL DEFAULT 0,
	locked_until   TEXT NOT NULL DEFAULT '',
	external_id    TEXT UNIQUE, -- single sign-on subject (tenant and object id), NULL for local accounts
	created_at     TEXT NOT NULL,
	updated_at     TEXT NOT NULL
);

CREATE TABLE session (
	token_hash   TEXT PRIMARY KEY, -- SHA-256 of the cookie value; the value itself is never stored
	user_id      BIGINT NOT NULL REFERENCES app_user (id),
	created_at   TEXT NOT NULL,
	last_seen_at TEXT NOT NULL,
	client_addr  TEXT NOT NULL DEFAULT '',
	ended_at     TEXT NOT NULL DEFAULT ''
);
CREATE INDEX session_by_user ON session (user_id);

CREATE TABLE person (
	id                     INTEGER PRIMARY KEY,
	version                INTEGER NOT NULL DEFAULT 1,
	given_names            TEXT NOT NULL,
	family_name            TEXT NOT NULL,
	preferred_name         TEXT NOT NULL DEFAULT '',
	date_of_birth          TEXT NOT NULL DEFAULT '',
	expected_date_of_birth TEXT NOT NULL DEFAULT '',
	date_of_death          TEXT NOT NULL DEFAULT '',
	sex                    TEXT NOT NULL DEFAULT 'U',
	gender_identity        TEXT NOT NULL DEFAULT '',
	ethnicity              TEXT NOT NULL DEFAULT 'NOBT',
	religion               TEXT NOT NULL DEFAULT '',
	first_language         TEXT NOT NULL DEFAULT '',
	interpreter_needed     BOOLEAN NOT NULL DEFAULT FALSE,
	communication_needs    TEXT NOT NULL DEFAULT '',
	disabilities           TEXT NOT NULL DEFAULT '', -- DfE codes separated by spaces
	upn                    TEXT UNIQUE,              -- NULL when not known
	nhs_number             TEXT UNIQUE,              -- NULL when not known
	restricted             BOOLEAN NOT NULL DEFAULT FALSE,
	restriction_reason     TEXT NOT NULL DEFAULT '',
	entered_in_error       BOOLEAN NOT NULL DEFAULT FALSE,
	error_reason           TEXT NOT NULL DEFAULT '',
	-- Search keys, derived from the names by internal/namematch when the row is written.
	family_key             TEXT NOT NULL DEFAULT '',
	family_sdx             TEXT NOT NULL DEFAULT '',
	family_letters         TEXT NOT NULL DEFAULT '', -- the family name's letters, sorted: survives transposed letters
	given_key              TEXT NOT NULL DEFAULT '',
	given_sdx              TEXT NOT NULL DEFAULT '',
	created_at             TEXT NOT NULL,
	created_by             BIGINT REFERENCES app_user (id),
	updated_at             TEXT NOT NULL,
	updated_by             BIGINT REFERENCES app_user (id)
);
CREATE INDEX person_family_key ON person (family_key, given_key);
CREATE INDEX person_family_sdx ON person (family_sdx, given_sdx);
CREATE INDEX person_family_letters ON person (family_letters, given_key);
CREATE INDEX person_given_key ON person (given_key);
CREATE INDEX person_dob ON person (date_of_birth);

CREATE TABLE person_alias (
	id          INTEGER PRIMARY KEY,
	person_id   BIGINT NOT NULL REFERENCES person (id),
	given_names TEXT NOT NULL,
	family_name TEXT NOT NULL,
	kind        TEXT NOT NULL DEFAULT 'alias', -- alias, previous name, name at birth
	family_key  TEXT NOT NULL DEFAULT '',
	family_sdx  TEXT NOT NULL DEFAULT '',
	family_letters TEXT NOT NULL DEFAULT '',
	given_key   TEXT NOT NULL DEFAULT '',
	given_sdx   TEXT NOT NULL DEFAULT '',
	entered_in_error BOOLEAN NOT NULL DEFAULT FALSE,
	created_at  TEXT NOT NULL,
	created_by  BIGINT REFERENCES app_user (id)
);
CREATE INDEX person_alias_person ON person_alias (person_id);
CREATE INDEX person_alias_family_key ON person_alias (family_key, given_key);
CREATE INDEX person_alias_family_sdx ON person_alias (family_sdx, given_sdx);
CREATE INDEX person_alias_family_letters ON person_alias (family_letters, given_key);

CREATE TABLE relationship (
	id                      INTEGER PRIMARY KEY,
	version                 INTEGER NOT NULL DEFAULT 1,
	from_person_id          BIGINT NOT NULL REFERENCES person (id),
	to_person_id            BIGINT NOT NULL REFERENCES person (id),
	type                    TEXT NOT NULL,
	parental_responsibility BOOLEAN NOT NULL DEFAULT FALSE,
	start_date              TEXT NOT NULL DEFAULT '',
	end_date                TEXT NOT NULL DEFAULT '',
	notes                   TEXT NOT NULL DEFAULT '',
	entered_in_error        BOOLEAN NOT NULL DEFAULT FALSE,
	created_at              TEXT NOT NULL,
	created_by              BIGINT REFERENCES app_user (id),
	CHECK (from_person_id <> to_person_id)
);
CREATE INDEX relationship_from ON relationship (from_person_id);
CREATE INDEX relationship_to ON relationship (to_person_id);

CREATE TABLE address (
	id               INTEGER PRIMARY KEY,
	person_id        BIGINT NOT NULL REFERENCES person (id),
	line1            TEXT NOT NULL,
	line2            TEXT NOT NULL DEFAULT '',
	town             TEXT NOT NULL DEFAULT '',
	postcode         TEXT NOT NULL DEFAULT '',
	start_date       TEXT NOT NULL,
	end_date         TEXT NOT NULL DEFAULT '',
	entered_in_error BOOLEAN NOT NULL DEFAULT FALSE,
	created_at       TEXT NOT NULL,
	created_by       BIGINT REFERENCES app_user (id)
);
CREATE INDEX address_person ON address (person_id);
CREATE INDEX address_postcode ON address (postcode, line1);

CREATE TABLE warning (
	id               INTEGER PRIMARY KEY,
	person_id        BIGINT NOT NULL REFERENCES person (id),
	type             TEXT NOT NULL,
	detail           TEXT NOT NULL,
	start_date       TEXT NOT NULL,
	end_date         TEXT NOT NULL DEFAULT '',
	entered_in_error BOOLEAN NOT NULL DEFAULT FALSE,
	created_at       TEXT NOT NULL,
	created_by       BIGINT REFERENCES app_user (id)
);
CREATE INDEX warning_person ON warning (person_id);

CREATE TABLE allocation (
	id         INTEGER PRIMARY KEY,
	person_id  BIGINT NOT NULL REFERENCES person (id),
	worker_id  BIGINT NOT NULL REFERENCES app_user (id),
	team_id    BIGINT NOT NULL REFERENCES team (id),
	role       TEXT NOT NULL DEFAULT 'Allocated social worker',
	start_date TEXT NOT NULL,
	end_date   TEXT NOT NULL DEFAULT '',
	created_at TEXT NOT NULL,
	created_by BIGINT REFERENCES app_user (id)
);
CREATE INDEX allocation_person ON allocation (person_id);
CREATE INDEX allocation_worker ON allocation (worker_id, end_date);
CREATE INDEX allocation_team ON allocation (team_id, end_date);

CREATE TABLE chronology_event (
	id               INTEGER PRIMARY KEY,
	person_id        BIGINT NOT NULL REFERENCES person (id),
	event_date       TEXT NOT NULL,
	category         TEXT NOT NULL,
	summary          TEXT NOT NULL,
	significant      BOOLEAN NOT NULL DEFAULT TRUE,
	entered_in_error BOOLEAN NOT NULL DEFAULT FALSE,
	recorded_at      TEXT NOT NULL,
	recorded_by      BIGINT REFERENCES app_user (id)
);
CREATE INDEX chronology_person ON chronology_event (person_id, event_date);

-- revision keeps every version of every record: nothing is overwritten without a copy.
CREATE TABLE revision (
	id         INTEGER PRIMARY KEY,
	person_id  BIGINT NOT NULL REFERENCES person (id), -- the record this change belongs to
	entity     TEXT NOT NULL,   -- person, relationship, address, warning, alias, allocation
	entity_id  BIGINT NOT NULL,
	version    INTEGER NOT NULL,
	action     TEXT NOT NULL,   -- create, update, end, entered_in_error, restrict
	snapshot   TEXT NOT NULL,   -- the record after the change, as JSON
	reason     TEXT NOT NULL DEFAULT '',
	changed_by BIGINT REFERENCES app_user (id),
	changed_at TEXT NOT NULL,
	UNIQUE (entity, entity_id, version, person_id)
);
CREATE INDEX revision_person ON revision (person_id, changed_at);

CREATE TABLE access_grant (
	id         INTEGER PRIMARY KEY,
	person_id  BIGINT NOT NULL REFERENCES person (id),
	user_id    BIGINT NOT NULL REFERENCES app_user (id),
	kind       TEXT NOT NULL,  -- grant, break_glass
	reason     TEXT NOT NULL,
	granted_by BIGINT REFERENCES app_user (id),
	granted_at TEXT NOT NULL,
	expires_at TEXT NOT NULL DEFAULT '',
	revoked_at TEXT NOT NULL DEFAULT ''
);
CREATE INDEX access_grant_user ON access_grant (user_id, person_id);

-- access_event is the access audit: append-only (see the triggers below).
CREATE TABLE access_event (
	id          INTEGER PRIMARY KEY,
	at          TEXT NOT NULL,
	actor_id    BIGINT,
	actor_name  TEXT NOT NULL,
	action      TEXT NOT NULL,
	person_id   BIGINT,
	detail      TEXT NOT NULL DEFAULT '',
	client_addr TEXT NOT NULL DEFAULT '',
	outcome     TEXT NOT NULL,
	break_glass BOOLEAN NOT NULL DEFAULT FALSE
);
CREATE INDEX access_event_at ON access_event (at);
CREATE INDEX access_event_person ON access_event (person_id, at);
CREATE INDEX access_event_actor ON access_event (actor_id, at);

CREATE TRIGGER access_event_no_update BEFORE UPDATE ON access_event
BEGIN SELECT RAISE(ABORT, 'access_event is append-only'); END;
CREATE TRIGGER access_event_no_delete BEFORE DELETE ON access_event
BEGIN SELECT RAISE(ABORT, 'access_event is append-only'); END;
CREATE TRIGGER revision_no_update BEFORE UPDATE ON revision
BEGIN SELECT RAISE(ABORT, 'revision is append-only'); END;
CREATE TRIGGER revision_no_delete BEFORE DELETE ON revision
BEGIN SELECT RAISE(ABORT, 'revision is append-only'); END;
CREATE TRIGGER person_no_delete BEFORE DELETE ON person
BEGIN SELECT RAISE(ABORT, 'person records are never deleted: mark them entered in error'); END;
