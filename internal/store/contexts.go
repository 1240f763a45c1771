package store

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"strings"

	"ourchild/internal/apperr"
	"ourchild/internal/audit"
	"ourchild/internal/contextual"
	"ourchild/internal/date"
	"ourchild/internal/person"
)

// Contextual safeguarding: places and peer groups recorded once (safeguarding_context) and
// linked to the children they affect (context_link). Every version of both is kept in
// context_revision; a link's versions are kept in the child's revision history too, and every
// change is in the access audit of each child it touches.

const contextCols = `c.id, c.version, c.kind, c.name, c.description, c.area, c.risks, c.status, c.closed_on, c.close_reason,
	c.created_at, COALESCE(cu.display_name, ''), c.updated_at, COALESCE(uu.display_name, '')`

const contextFrom = ` FROM safeguarding_context c LEFT JOIN app_user cu ON cu.id = c.created_by LEFT JOIN app_user uu ON uu.id = c.updated_by`

func scanContext(row scanner, extra ...any) (*contextual.Context, error) {
	var c contextual.Context
	var risks, created, updated string
	if err := row.Scan(append([]any{&c.ID, &c.Version, &c.Kind, &c.Name, &c.Description, &c.Area, &risks, &c.Status, &c.ClosedOn,
		&c.CloseReason, &created, &c.CreatedBy, &updated, &c.UpdatedBy}, extra...)...); err != nil {
		return nil, err
	}
	c.Risks = strings.Fields(risks)
	c.CreatedAt, c.UpdatedAt = parseTS(created), parseTS(updated)
	return &c, nil
}

const linkCols = `l.id, l.version, l.context_id, l.person_id, l.role, l.risk, l.identified_on, l.identified_by, l.ended_on, l.end_reason,
	l.created_at, COALESCE(lu.display_name, '')`

const linkJoin = ` LEFT JOIN app_user lu ON lu.id = l.created_by`

func linkDest(l *contextual.Link, created *string) []any {
	return []any{&l.ID, &l.Version, &l.ContextID, &l.PersonID, &l.Role, &l.Risk, &l.IdentifiedOn, &l.IdentifiedBy, &l.EndedOn, &l.EndReason,
		created, &l.CreatedBy}
}

// personColsOf returns personCols with each column prefixed by alias, for joins.
func personColsOf(alias string) string {
	cols := strings.Split(personCols, ",")
	for i, c := range cols {
		cols[i] = alias + "." + strings.TrimSpace(c)
	}
	return strings.Join(cols, ", ")
}

// A ContextSummary is a context with how many children are linked to it now.
type ContextSummary struct {
	*contextual.Context
	Linked int // children with a current link
}

// ContextFilter selects contexts. Zero fields match everything.
type ContextFilter struct {
	Name   string // part of the name, in any case
	Kind   string
	Status string // active, closed
}

// Contexts returns the contexts that match f, active first, then by name.
func (s *Store) Contexts(ctx context.Context, f ContextFilter) ([]ContextSummary, error) {
	var where []string
	var args []any
	add := func(cond string, v any) {
		args = append(args, v)
		where = append(where, strings.ReplaceAll(cond, "?", fmt.Sprintf("$%d", len(args))))
	}
	if n := strings.ToLower(strings.TrimSpace(f.Name)); n != "" {
		add("c.name_key LIKE ?", "%"+n+"%")
	}
	if f.Kind != "" {
		add("c.kind = ?", f.Kind)
	}
	if f.Status != "" {
		add("c.status = ?", f.Status)
	}
	q := `SELECT ` + contextCols + `, (SELECT COUNT(DISTINCT l.person_id) FROM context_link l WHERE l.context_id = c.id AND l.ended_on = '')` + contextFrom
	if len(where) > 0 {
		q += " WHERE " + strings.Join(where, " AND ")
	}
	q += ` ORDER BY CASE WHEN c.status = 'active' THEN 0 ELSE 1 END, c.name_key, c.id`
	rows, err := s.db.QueryContext(ctx, q, args...)
	if err != nil {
		return nil, fmt.Errorf("store: read contexts: %w", err)
	}
	defer rows.Close()
	var out []ContextSummary
	for rows.Next() {
		var n int
		c, err := scanContext(rows, &n)
		if err != nil {
			return nil, err
		}
		out = append(out, ContextSummary{Context: c, Linked: n})
	}
	return out, rows.Err()
}

// Context returns one context.
func (s *Store) Context(ctx context.Context, id int64) (*contextual.Context, error) {
	return s.contextQ(ctx, s.db, id)
}

func (s *Store) contextQ(ctx context.Context, q querier, id int64) (*contextual.Context, error) {
	c, err := scanContext(q.QueryRowContext(ctx, `SELECT `+contextCols+contextFrom+` WHERE c.id = $1`, id))
	if errors.Is(err, sql.ErrNoRows) {
		return nil, notFound("place or group", id)
	}
	if err != nil {
		return nil, fmt.Errorf("store: read context %d: %w", id, err)
	}
	return c, nil
}

// CreateContext records a new place or peer group. It sets c.ID and c.Version.
func (s *Store) CreateContext(ctx context.Context, a audit.Actor, c *contextual.Context) error {
	now := s.Now()
	c.Status, c.ClosedOn, c.CloseReason = contextual.Active, date.Date{}, ""
	c.Normalise()
	if err := c.Validate().Err(); err != nil {
		return err
	}
	return s.tx(ctx, func(tx *sql.Tx) error {
		err := tx.QueryRowContext(ctx, `INSERT INTO safeguarding_context (kind, name, name_key, description, area, risks, status,
			created_at, created_by, updated_at, updated_by) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $8, $9) RETURNING id`,
			c.Kind, c.Name, strings.ToLower(c.Name), c.Description, c.Area, strings.Join(c.Risks, " "), c.Status, ts(now), nullID(a.UserID)).Scan(&c.ID)
		if err != nil {
			return fmt.Errorf("store: add context: %w", err)
		}
		c.Version, c.CreatedAt, c.UpdatedAt, c.CreatedBy, c.UpdatedBy = 1, now, now, a.Name, a.Name
		if err := s.addContextRevision(ctx, tx, a, c.ID, "context", c.ID, 1, "create", c, ""); err != nil {
			return err
		}
		return s.appendEvent(ctx, tx, audit.New(a, audit.Create, 0, fmt.Sprintf("Recorded %s %d “%s”", strings.ToLower(c.KindLabel()), c.ID, c.Name)))
	})
}

// ContextConflictError is returned when a context changed after the user opened it.
type ContextConflictError struct {
	Current *contextual.Context
	Changes []person.Change // from the version the user opened to the current one
}

func (e *ContextConflictError) Error() string {
	return fmt.Sprintf("context %d changed since it was opened (now version %d)", e.Current.ID, e.Current.Version)
}

// Unwrap lets apperr.KindOf classify the conflict.
func (e *ContextConflictError) Unwrap() error {
	return apperr.New(apperr.Conflict, "This place or group changed since you opened it")
}

// ContextChanges lists the details that differ between two versions of a context.
func ContextChanges(old, new *contextual.Context) []person.Change {
	var out []person.Change
	add := func(field, label, o, n string) {
		if o != n {
			out = append(out, person.Change{Field: field, Label: label, Old: o, New: n})
		}
	}
	add("kind", "Place or group", old.KindLabel(), new.KindLabel())
	add("name", "Name", old.Name, new.Name)
	add("area", "Location", old.Area, new.Area)
	add("description", "Description", old.Description, new.Description)
	add("risks", "Risks", strings.Join(old.RiskLabels(), ", "), strings.Join(new.RiskLabels(), ", "))
	add("status", "Status", old.Status, new.Status)
	add("close_reason", "Reason closed", old.CloseReason, new.CloseReason)
	return out
}

// contextVersion returns an earlier version of a context from its revisions (nil if it has none).
func (s *Store) contextVersion(ctx context.Context, q querier, id int64, v int) *contextual.Context {
	var snap string
	if err := q.QueryRowContext(ctx, `SELECT snapshot FROM context_revision WHERE entity = 'context' AND entity_id = $1 AND version = $2`,
		id, v).Scan(&snap); err != nil {
		return nil
	}
	var c contextual.Context
	if json.Unmarshal([]byte(snap), &c) != nil {
		return nil
	}
	return &c
}

// conflict builds the error for a context that moved on from version v.
func (s *Store) contextConflict(ctx context.Context, q querier, cur *contextual.Context, v int) error {
	ce := &ContextConflictError{Current: cur}
	if old := s.contextVersion(ctx, q, cur.ID, v); old != nil {
		ce.Changes = ContextChanges(old, cur)
	}
	return ce
}

// UpdateContext saves c's details (kind, name, description, location, risks) over the version
// the user opened (c.Version). A change by someone else in between is refused with a
// *ContextConflictError saying what they changed. A closed context cannot be changed.
func (s *Store) UpdateContext(ctx context.Context, a audit.Actor, c *contextual.Context, reason string) error {
	c.Normalise()
	if err := c.Validate().Err(); err != nil {
		return err
	}
	reason = strings.TrimSpace(reason)
	return s.tx(ctx, func(tx *sql.Tx) error {
		cur, err := s.contextQ(ctx, tx, c.ID)
		if err != nil {
			return err
		}
		if cur.Version != c.Version {
			return s.contextConflict(ctx, tx, cur, c.Version)
		}
		if !cur.IsActive() {
			return apperr.New(apperr.Conflict, "This place or group was closed on %s and cannot be changed", cur.ClosedOn.Display())
		}
		next := *cur
		next.Kind, next.Name, next.Description, next.Area, next.Risks = c.Kind, c.Name, c.Description, c.Area, c.Risks
		changes := ContextChanges(cur, &next)
		if len(changes) == 0 {
			*c = *cur
			return nil
		}
		if err := s.writeContext(ctx, tx, a, &next, cur.Version, "update", reason); err != nil {
			return err
		}
		*c = next
		labels := make([]string, len(changes))
		for i, ch := range changes {
			labels[i] = strings.ToLower(ch.Label)
		}
		return s.appendEvent(ctx, tx, audit.New(a, audit.Update, 0, fmt.Sprintf("Changed %s %d “%s”: %s", strings.ToLower(c.KindLabel()), c.ID, c.Name, strings.Join(labels, ", "))))
	})
}

// CloseContext closes a context on a date, with the reason. It stays, with its links and
// history; links still current stay current on the children's records, shown as closed.
func (s *Store) CloseContext(ctx context.Context, a audit.Actor, id int64, version int, on date.Date, reason string) error {
	reason = strings.TrimSpace(reason)
	if err := contextual.CheckClose(on, reason, date.Of(s.Now())).Err(); err != nil {
		return err
	}
	return s.tx(ctx, func(tx *sql.Tx) error {
		cur, err := s.contextQ(ctx, tx, id)
		if err != nil {
			return err
		}
		if cur.Version != version {
			return s.contextConflict(ctx, tx, cur, version)
		}
		if !cur.IsActive() {
			return apperr.New(apperr.Conflict, "This place or group was already closed on %s", cur.ClosedOn.Display())
		}
		if created := date.Of(cur.CreatedAt); on.Before(created) {
			return apperr.Field("closed_on", "Date closed must be on or after the date it was recorded, %s", created.Display())
		}
		next := *cur
		next.Status, next.ClosedOn, next.CloseReason = contextual.Closed, on, reason
		if err := s.writeContext(ctx, tx, a, &next, version, "close", reason); err != nil {
			return err
		}
		return s.appendEvent(ctx, tx, audit.New(a, audit.Update, 0, fmt.Sprintf("Closed %s %d “%s”: %s", strings.ToLower(cur.KindLabel()), id, cur.Name, reason)))
	})
}

// writeContext saves a new version of a context (after the caller has checked it) and its revision.
func (s *Store) writeContext(ctx context.Context, tx *sql.Tx, a audit.Actor, c *contextual.Context, from int, action, reason string) error {
	now := s.Now()
	res, err := tx.ExecContext(ctx, `UPDATE safeguarding_context SET version = version + 1, kind = $1, name = $2, name_key = $3,
		description = $4, area = $5, risks = $6, status = $7, closed_on = $8, close_reason = $9, updated_at = $10, updated_by = $11
		WHERE id = $12 AND version = $13`,
		c.Kind, c.Name, strings.ToLower(c.Name), c.Description, c.Area, strings.Join(c.Risks, " "), c.Status, c.ClosedOn, c.CloseReason,
		ts(now), nullID(a.UserID), c.ID, from)
	if err != nil {
		return fmt.Errorf("store: update context %d: %w", c.ID, err)
	}
	if n, _ := res.RowsAffected(); n != 1 {
		return apperr.New(apperr.Conflict, "This place or group changed since you opened it")
	}
	c.Version, c.UpdatedAt, c.UpdatedBy = from+1, now, a.Name
	return s.addContextRevision(ctx, tx, a, c.ID, "context", c.ID, c.Version, action, c, reason)
}

func (s *Store) addContextRevision(ctx context.Context, tx *sql.Tx, a audit.Actor, contextID int64, entity string, entityID int64, version int, action string, v any, reason string) error {
	snap, err := json.Marshal(v)
	if err != nil {
		return fmt.Errorf("store: encode %s %d: %w", entity, entityID, err)
	}
	_, err = tx.ExecContext(ctx, `INSERT INTO context_revision (context_id, entity, entity_id, version, action, snapshot, reason, changed_by, changed_at)
		VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`, contextID, entity, entityID, version, action, string(snap), reason, nullID(a.UserID), ts(s.Now()))
	if err != nil {
		return fmt.Errorf("store: add revision of %s %d: %w", entity, entityID, err)
	}
	return nil
}

// LinkChild links a child to a context. The context must be active, the child's record live,
// and the child not already linked to it now. It sets l.ID and l.Version.
func (s *Store) LinkChild(ctx context.Context, a audit.Actor, l *contextual.Link) error {
	now := s.Now()
	l.Normalise()
	l.EndedOn, l.EndReason = date.Date{}, ""
	if err := l.Validate(date.Of(now)).Err(); err != nil {
		return err
	}
	return s.tx(ctx, func(tx *sql.Tx) error {
		c, err := s.contextQ(ctx, tx, l.ContextID)
		if apperr.Is(err, apperr.NotFound) {
			return apperr.Field("context_id", "There is no place or group with ID %d", l.ContextID)
		}
		if err != nil {
			return err
		}
		if !c.IsActive() {
			return apperr.Field("context_id", "“%s” was closed on %s: children cannot be linked to it", c.Name, c.ClosedOn.Display())
		}
		p, err := s.requireLive(ctx, tx, "person_id", l.PersonID)
		if err != nil {
			return err
		}
		var dup int
		if err := tx.QueryRowContext(ctx, `SELECT COUNT(*) FROM context_link WHERE context_id = $1 AND person_id = $2 AND ended_on = ''`,
			l.ContextID, l.PersonID).Scan(&dup); err != nil {
			return err
		}
		if dup > 0 {
			return apperr.Field("person_id", "%s is already linked to “%s”", p.Name(), c.Name)
		}
		err = tx.QueryRowContext(ctx, `INSERT INTO context_link (context_id, person_id, role, risk, identified_on, identified_by,
			created_at, created_by, updated_at, updated_by) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $7, $8) RETURNING id`,
			l.ContextID, l.PersonID, l.Role, l.Risk, l.IdentifiedOn, l.IdentifiedBy, ts(now), nullID(a.UserID)).Scan(&l.ID)
		if _, dup := uniqueViolation(err); dup { // linked by someone else at the same moment
			return apperr.Field("person_id", "%s is already linked to “%s”", p.Name(), c.Name)
		}
		if err != nil {
			return fmt.Errorf("store: link child to context: %w", err)
		}
		l.Version, l.CreatedAt, l.CreatedBy = 1, now, a.Name
		if err := s.addContextRevision(ctx, tx, a, c.ID, "link", l.ID, 1, "create", l, ""); err != nil {
			return err
		}
		if err := s.addRevision(ctx, tx, a, l.PersonID, "context_link", l.ID, 1, "create", l, ""); err != nil {
			return err
		}
		summary := fmt.Sprintf("Linked to %s “%s” (%s): %s", strings.ToLower(c.KindLabel()), c.Name, strings.ToLower(l.RoleLabel()), l.Risk)
		if err := s.addEvent(ctx, tx, a, l.PersonID, l.IdentifiedOn, "Contextual safeguarding", summary); err != nil {
			return err
		}
		return s.appendEvent(ctx, tx, audit.New(a, audit.Update, l.PersonID, fmt.Sprintf("Linked to %s %d “%s”", strings.ToLower(c.KindLabel()), c.ID, c.Name)))
	})
}

// Link returns one link.
func (s *Store) Link(ctx context.Context, id int64) (*contextual.Link, error) {
	return s.linkQ(ctx, s.db, id)
}

func (s *Store) linkQ(ctx context.Context, q querier, id int64) (*contextual.Link, error) {
	var l contextual.Link
	var created string
	err := q.QueryRowContext(ctx, `SELECT `+linkCols+` FROM context_link l`+linkJoin+` WHERE l.id = $1`, id).Scan(linkDest(&l, &created)...)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, notFound("link to a place or group", id)
	}
	if err != nil {
		return nil, fmt.Errorf("store: read context link %d: %w", id, err)
	}
	l.CreatedAt = parseTS(created)
	return &l, nil
}

// EndLink records that a child's link to a context ended, with the date and reason. The link
// stays in the history of the child and of the context.
func (s *Store) EndLink(ctx context.Context, a audit.Actor, id int64, version int, on date.Date, reason string) error {
	reason = strings.TrimSpace(reason)
	return s.tx(ctx, func(tx *sql.Tx) error {
		l, err := s.linkQ(ctx, tx, id)
		if err != nil {
			return err
		}
		if l.Version != version {
			return apperr.New(apperr.Conflict, "This link changed since you opened it: it was changed on the child’s record or the place or group’s page")
		}
		if !l.Current() {
			return apperr.New(apperr.Conflict, "This link already ended on %s", l.EndedOn.Display())
		}
		if err := l.CheckEnd(on, reason, date.Of(s.Now())).Err(); err != nil {
			return err
		}
		res, err := tx.ExecContext(ctx, `UPDATE context_link SET version = version + 1, ended_on = $1, end_reason = $2, updated_at = $3, updated_by = $4
			WHERE id = $5 AND version = $6`, on, reason, ts(s.Now()), nullID(a.UserID), id, version)
		if err != nil {
			return fmt.Errorf("store: end context link %d: %w", id, err)
		}
		if n, _ := res.RowsAffected(); n != 1 {
			return apperr.New(apperr.Conflict, "This link changed since you opened it")
		}
		l.Version, l.EndedOn, l.EndReason = version+1, on, reason
		c, err := s.contextQ(ctx, tx, l.ContextID)
		if err != nil {
			return err
		}
		if err := s.addContextRevision(ctx, tx, a, c.ID, "link", id, l.Version, "end", l, reason); err != nil {
			return err
		}
		if err := s.addRevision(ctx, tx, a, l.PersonID, "context_link", id, l.Version, "end", l, reason); err != nil {
			return err
		}
		return s.appendEvent(ctx, tx, audit.New(a, audit.Update, l.PersonID, fmt.Sprintf("Link to %s %d “%s” ended: %s", strings.ToLower(c.KindLabel()), c.ID, c.Name, reason)))
	})
}

// A LinkedChild is a link with the child it links. Callers decide whether the viewer may see
// who the child is (restricted records, records entered in error).
type LinkedChild struct {
	contextual.Link
	Person *person.Person
}

// ContextLinks returns every link to a context, current first, then newest first.
func (s *Store) ContextLinks(ctx context.Context, contextID int64) ([]LinkedChild, error) {
	return s.linkedChildren(ctx, `l.context_id = $1`, contextID)
}

func (s *Store) linkedChildren(ctx context.Context, where string, args ...any) ([]LinkedChild, error) {
	rows, err := s.db.QueryContext(ctx, `SELECT `+personColsOf("p")+`, `+linkCols+` FROM context_link l JOIN person p ON p.id = l.person_id`+linkJoin+
		` WHERE `+where+` ORDER BY CASE WHEN l.ended_on = '' THEN 0 ELSE 1 END, l.identified_on DESC, l.id DESC`, args...)
	if err != nil {
		return nil, fmt.Errorf("store: read context links: %w", err)
	}
	defer rows.Close()
	var out []LinkedChild
	for rows.Next() {
		var lc LinkedChild
		var created string
		if lc.Person, err = scanPerson(rows, linkDest(&lc.Link, &created)...); err != nil {
			return nil, err
		}
		lc.CreatedAt = parseTS(created)
		out = append(out, lc)
	}
	return out, rows.Err()
}

// A PersonContext is a context a child is (or was) linked to, with the child's link and the
// links of the other children.
type PersonContext struct {
	Context *contextual.Context
	Link    contextual.Link
	Others  []LinkedChild
}

// PersonContexts returns the contexts a person is or was linked to, current links first,
// each with the other children linked to it.
func (s *Store) PersonContexts(ctx context.Context, personID int64) ([]PersonContext, error) {
	mine, err := s.linkedChildren(ctx, `l.person_id = $1`, personID)
	if err != nil {
		return nil, err
	}
	var out []PersonContext
	for _, m := range mine {
		c, err := s.Context(ctx, m.ContextID)
		if err != nil {
			return nil, err
		}
		all, err := s.ContextLinks(ctx, m.ContextID)
		if err != nil {
			return nil, err
		}
		pc := PersonContext{Context: c, Link: m.Link}
		for _, o := range all {
			if o.PersonID != personID {
				pc.Others = append(pc.Others, o)
			}
		}
		out = append(out, pc)
	}
	return out, nil
}

// A ContextRevision is one saved version of a context or of one of its links.
type ContextRevision struct {
	Entity    string // context, link
	EntityID  int64
	Version   int
	Action    string
	Snapshot  string
	Reason    string
	ChangedBy string
	ChangedAt string
	PersonID  int64 // for a link: the child linked
}

// ContextHistory returns every version of a context and its links, newest first.
func (s *Store) ContextHistory(ctx context.Context, contextID int64) ([]ContextRevision, error) {
	rows, err := s.db.QueryContext(ctx, `SELECT r.entity, r.entity_id, r.version, r.action, r.snapshot, r.reason,
		COALESCE(u.display_name, ''), r.changed_at, COALESCE(l.person_id, 0)
		FROM context_revision r LEFT JOIN app_user u ON u.id = r.changed_by
		LEFT JOIN context_link l ON r.entity = 'link' AND l.id = r.entity_id
		WHERE r.context_id = $1 ORDER BY r.id DESC`, contextID)
	if err != nil {
		return nil, fmt.Errorf("store: read context history: %w", err)
	}
	defer rows.Close()
	var out []ContextRevision
	for rows.Next() {
		var r ContextRevision
		if err := rows.Scan(&r.Entity, &r.EntityID, &r.Version, &r.Action, &r.Snapshot, &r.Reason, &r.ChangedBy, &r.ChangedAt, &r.PersonID); err != nil {
			return nil, err
		}
		out = append(out, r)
	}
	return out, rows.Err()
}

// PeopleWithCasework returns up to limit people, by ID, whose live records hold live casework
// of kind (for the demo's contexts: children with missing episodes).
func (s *Store) PeopleWithCasework(ctx context.Context, kind string, limit int) ([]int64, error) {
	rows, err := s.db.QueryContext(ctx, `SELECT DISTINCT c.person_id FROM casework c JOIN person p ON p.id = c.person_id
		WHERE c.kind = $1 AND c.entered_in_error = FALSE AND p.entered_in_error = FALSE AND p.restricted = FALSE
		ORDER BY c.person_id LIMIT $2`, kind, limit)
	if err != nil {
		return nil, fmt.Errorf("store: read people with %s: %w", kind, err)
	}
	defer rows.Close()
	var ids []int64
	for rows.Next() {
		var id int64
		if err := rows.Scan(&id); err != nil {
			return nil, err
		}
		ids = append(ids, id)
	}
	return ids, rows.Err()
}

// linkSummary describes a link's revision in a line, for the child's history.
func linkSummary(snapshot string) string {
	var l contextual.Link
	if json.Unmarshal([]byte(snapshot), &l) != nil {
		return ""
	}
	out := fmt.Sprintf("%s (place or group %d), identified %s by %s: %s", l.RoleLabel(), l.ContextID, l.IdentifiedOn.Display(), l.IdentifiedBy, l.Risk)
	if !l.Current() {
		out += fmt.Sprintf("; ended %s: %s", l.EndedOn.Display(), l.EndReason)
	}
	return out
}
