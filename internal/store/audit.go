package store

import (
	"context"
	"database/sql"
	"fmt"
	"strings"
	"time"

	"ourchild/internal/audit"
)

// appendEvent writes an audit entry inside tx, so the entry and the change it describes
// commit or fail together.
func (s *Store) appendEvent(ctx context.Context, tx querier, e audit.Event) error {
	if e.At.IsZero() {
		e.At = s.Now()
	}
	if e.Outcome == "" {
		e.Outcome = audit.OK
	}
	_, err := tx.ExecContext(ctx, `INSERT INTO access_event (at, actor_id, actor_name, action, person_id, detail, client_addr, outcome, break_glass)
		VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
		ts(e.At), nullID(e.ActorID), e.ActorName, string(e.Action), nullID(e.PersonID), truncate(e.Detail, 1000), e.ClientAddr, e.Outcome, e.BreakGlass)
	if err != nil {
		return fmt.Errorf("store: append audit event: %w", err)
	}
	return nil
}

func truncate(s string, n int) string {
	if len(s) <= n {
		return s
	}
	return s[:n]
}

// Audit appends one audit entry on its own, for events that change nothing else: a refused
// request, a sign-in, a search.
func (s *Store) Audit(ctx context.Context, e audit.Event) error {
	return s.tx(ctx, func(tx *sql.Tx) error { return s.appendEvent(ctx, tx, e) })
}

// AuditEvents returns the audit entries that match f, newest first.
func (s *Store) AuditEvents(ctx context.Context, f audit.Filter) ([]audit.Event, error) {
	var where []string
	var args []any
	add := func(cond string, v any) {
		args = append(args, v)
		where = append(where, strings.ReplaceAll(cond, "?", fmt.Sprintf("$%d", len(args))))
	}
	if f.ActorID != 0 {
		add("actor_id = ?", f.ActorID)
	}
	if f.Actor != "" {
		add("LOWER(actor_name) LIKE ?", "%"+strings.ToLower(f.Actor)+"%")
	}
	if f.PersonID != 0 {
		add("person_id = ?", f.PersonID)
	}
	if f.Action != "" {
		add("action = ?", string(f.Action))
	}
	if !f.From.IsZero() {
		add("at >= ?", ts(f.From))
	}
	if !f.To.IsZero() {
		add("at < ?", ts(f.To))
	}
	if f.BreakGlassOnly {
		where = append(where, "break_glass = TRUE")
	}
	if f.BeforeID != 0 {
		add("id < ?", f.BeforeID)
	}
	q := `SELECT id, at, COALESCE(actor_id, 0), actor_name, action, COALESCE(person_id, 0), detail, client_addr, outcome, break_glass FROM access_event`
	if len(where) > 0 {
		q += " WHERE " + strings.Join(where, " AND ")
	}
	q += " ORDER BY id DESC"
	if f.Limit > 0 {
		q += fmt.Sprintf(" LIMIT %d", f.Limit)
	}
	rows, err := s.db.QueryContext(ctx, q, args...)
	if err != nil {
		return nil, fmt.Errorf("store: read audit: %w", err)
	}
	defer rows.Close()
	var es []audit.Event
	for rows.Next() {
		var e audit.Event
		var at, action string
		if err := rows.Scan(&e.ID, &at, &e.ActorID, &e.ActorName, &action, &e.PersonID, &e.Detail, &e.ClientAddr, &e.Outcome, &e.BreakGlass); err != nil {
			return nil, err
		}
		e.At, e.Action = parseTS(at), audit.Action(action)
		es = append(es, e)
	}
	return es, rows.Err()
}

// HasGrant reports whether user holds an unexpired, unrevoked grant to a restricted record.
func (s *Store) HasGrant(ctx context.Context, userID, personID int64) (bool, error) {
	var n int
	err := s.db.QueryRowContext(ctx, `SELECT COUNT(*) FROM access_grant WHERE user_id = $1 AND person_id = $2
		AND revoked_at = '' AND (expires_at = '' OR expires_at > $3)`, userID, personID, ts(s.Now())).Scan(&n)
	if err != nil {
		return false, fmt.Errorf("store: read grants: %w", err)
	}
	return n > 0, nil
}

// GrantAccess gives user access to a restricted record.
func (s *Store) GrantAccess(ctx context.Context, a audit.Actor, userID, personID int64, reason string) error {
	return s.tx(ctx, func(tx *sql.Tx) error {
		if _, err := tx.ExecContext(ctx, `INSERT INTO access_grant (person_id, user_id, kind, reason, granted_by, granted_at)
			VALUES ($1, $2, 'grant', $3, $4, $5)`, personID, userID, reason, nullID(a.UserID), ts(s.Now())); err != nil {
			return fmt.Errorf("store: grant access: %w", err)
		}
		return s.appendEvent(ctx, tx, audit.New(a, audit.Restrict, personID, fmt.Sprintf("Granted access to user %d: %s", userID, reason)))
	})
}

// BreakGlassDuration is how long emergency access to a restricted record lasts.
const BreakGlassDuration = time.Hour

// BreakGlass opens a restricted record for a.UserID for BreakGlassDuration, recording the
// reason and flagging the audit entry, so that reviewers can check every use.
func (s *Store) BreakGlass(ctx context.Context, a audit.Actor, personID int64, reason string) error {
	now := s.Now()
	return s.tx(ctx, func(tx *sql.Tx) error {
		if _, err := tx.ExecContext(ctx, `INSERT INTO access_grant (person_id, user_id, kind, reason, granted_by, granted_at, expires_at)
			VALUES ($1, $2, 'break_glass', $3, $2, $4, $5)`, personID, a.UserID, reason, ts(now), ts(now.Add(BreakGlassDuration))); err != nil {
			return fmt.Errorf("store: break glass: %w", err)
		}
		e := audit.New(a, audit.BreakGlass, personID, reason)
		e.BreakGlass = true
		return s.appendEvent(ctx, tx, e)
	})
}
