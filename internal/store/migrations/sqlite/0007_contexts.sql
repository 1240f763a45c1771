-- 0007: contextual safeguarding. A place (a park, a takeaway, an address, a school gate, an
-- online space) or a peer group is recorded once, in safeguarding_context, and linked to each
-- child it affects in context_link, so that the complex safeguarding team sees every child
-- linked to a place and a worker on one child's record sees who else is linked.
-- Nothing is deleted: a context is closed with a date and a reason, a link is ended with a
-- date and a reason, and context_revision keeps every version of both with who, when and why.

CREATE TABLE safeguarding_context (
	id           INTEGER PRIMARY KEY,
	version      INTEGER NOT NULL DEFAULT 1,
	kind         TEXT NOT NULL,               -- place, peer_group
	name         TEXT NOT NULL,
	name_key     TEXT NOT NULL,               -- the name in lower case, for search
	description  TEXT NOT NULL DEFAULT '',
	area         TEXT NOT NULL DEFAULT '',    -- where a place is
	risks        TEXT NOT NULL DEFAULT '',    -- risk codes (contextual.Risks) separated by spaces
	status       TEXT NOT NULL DEFAULT 'active', -- active, closed
	closed_on    TEXT NOT NULL DEFAULT '',
	close_reason TEXT NOT NULL DEFAULT '',
	created_at   TEXT NOT NULL,
	created_by   BIGINT REFERENCES app_user (id),
	updated_at   TEXT NOT NULL,
	updated_by   BIGINT REFERENCES app_user (id)
);
CREATE INDEX safeguarding_context_name ON safeguarding_context (name_key);

CREATE TABLE context_link (
	id            INTEGER PRIMARY KEY,
	version       INTEGER NOT NULL DEFAULT 1,
	context_id    BIGINT NOT NULL REFERENCES safeguarding_context (id),
	person_id     BIGINT NOT NULL REFERENCES person (id),
	role          TEXT NOT NULL,              -- contextual.Roles
	risk          TEXT NOT NULL,              -- the concern, in the worker's words
	identified_on TEXT NOT NULL,
	identified_by TEXT NOT NULL,              -- who identified the link (a worker, the police, a school)
	ended_on      TEXT NOT NULL DEFAULT '',
	end_reason    TEXT NOT NULL DEFAULT '',
	created_at    TEXT NOT NULL,
	created_by    BIGINT REFERENCES app_user (id),
	updated_at    TEXT NOT NULL,
	updated_by    BIGINT REFERENCES app_user (id)
);
CREATE INDEX context_link_context ON context_link (context_id);
CREATE INDEX context_link_person ON context_link (person_id);
-- One current link per child and context, even when two people link the same child at once.
CREATE UNIQUE INDEX context_link_current ON context_link (context_id, person_id) WHERE ended_on = '';

-- context_revision keeps every version of contexts and links (a link's versions are also in
-- the child's revision history).
CREATE TABLE context_revision (
	id         INTEGER PRIMARY KEY,
	context_id BIGINT NOT NULL REFERENCES safeguarding_context (id),
	entity     TEXT NOT NULL,   -- context, link
	entity_id  BIGINT NOT NULL,
	version    INTEGER NOT NULL,
	action     TEXT NOT NULL,   -- create, update, close, reopen, end
	snapshot   TEXT NOT NULL,   -- the record after the change, as JSON
	reason     TEXT NOT NULL DEFAULT '',
	changed_by BIGINT REFERENCES app_user (id),
	changed_at TEXT NOT NULL,
	UNIQUE (entity, entity_id, version)
);
CREATE INDEX context_revision_context ON context_revision (context_id, changed_at);

CREATE TRIGGER context_revision_no_update BEFORE UPDATE ON context_revision
BEGIN SELECT RAISE(ABORT, 'context_revision is append-only'); END;
CREATE TRIGGER context_revision_no_delete BEFORE DELETE ON context_revision
BEGIN SELECT RAISE(ABORT, 'context_revision is append-only'); END;
CREATE TRIGGER safeguarding_context_no_delete BEFORE DELETE ON safeguarding_context
BEGIN SELECT RAISE(ABORT, 'contexts are never deleted: close them with a reason'); END;
CREATE TRIGGER context_link_no_delete BEFORE DELETE ON context_link
BEGIN SELECT RAISE(ABORT, 'context links are never deleted: end them with a reason'); END;
