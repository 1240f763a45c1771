package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"log/slog"
	"strings"

	"ourchild/internal/apperr"
	"ourchild/internal/audit"
	"ourchild/internal/casework"
)

// A LocalStandard is a value the council has set for one of its timescales, with who set it
// and why.
type LocalStandard struct {
	Name, Value, Reason string
	UpdatedAt           string // UTC timestamp
	UpdatedBy           string // display name
}

// Standards returns the council's timescales: the defaults of internal/casework with the
// stored local values over them, and the stored values themselves (by name) for the admin
// page. A stored value that is no longer acceptable (a statutory timescale a later release
// tightened) is logged and its default used, so the clocks never run on a looser one.
func (s *Store) Standards(ctx context.Context) (casework.Standards, map[string]LocalStandard, error) {
	rows, err := s.db.QueryContext(ctx, `SELECT ls.name, ls.value, ls.reason, ls.updated_at, COALESCE(u.display_name, '')
		FROM local_standard ls LEFT JOIN app_user u ON u.id = ls.updated_by ORDER BY ls.name`)
	if err != nil {
		return casework.Standards{}, nil, fmt.Errorf("store: read local standards: %w", err)
	}
	defer rows.Close()
	set := map[string]LocalStandard{}
	values := map[string]string{}
	for rows.Next() {
		var ls LocalStandard
		if err := rows.Scan(&ls.Name, &ls.Value, &ls.Reason, &ls.UpdatedAt, &ls.UpdatedBy); err != nil {
			return casework.Standards{}, nil, err
		}
		set[ls.Name], values[ls.Name] = ls, ls.Value
	}
	if err := rows.Err(); err != nil {
		return casework.Standards{}, nil, err
	}
	std, err := casework.ParseStandards(values)
	if err != nil {
		slog.Warn("local standards: stored values not used", "err", err, "fields", apperr.FieldsOf(err))
	}
	return std, set, nil
}

// SetStandard changes one of the council's timescales. The value must be acceptable (a
// statutory timescale may only be tightened) and the reason is required; nothing is saved
// otherwise. The change, with the old and new values and the reason, is audited in the same
// transaction: the audit log is the standard's history.
func (s *Store) SetStandard(ctx context.Context, a audit.Actor, name, value, reason string) error {
	value, reason = strings.TrimSpace(value), strings.TrimSpace(reason)
	def, ok := casework.StandardDefOf(name)
	if !ok {
		return apperr.Field("name", "There is no local standard called %q", name)
	}
	var fe apperr.FieldErrors
	if msg := def.Check(value); msg != "" {
		fe.Add("value", "%s", msg)
	}
	if reason == "" {
		fe.Add("reason", "Enter why the council is changing this standard")
	}
	if err := fe.Err(); err != nil {
		return err
	}
	return s.tx(ctx, func(tx *sql.Tx) error {
		var old string
		err := tx.QueryRowContext(ctx, `SELECT value FROM local_standard WHERE name = $1`, name).Scan(&old)
		if errors.Is(err, sql.ErrNoRows) {
			old = def.DefaultText() + " (default)"
		} else if err != nil {
			return fmt.Errorf("store: read local standard %s: %w", name, err)
		}
		_, err = tx.ExecContext(ctx, `INSERT INTO local_standard (name, value, reason, updated_at, updated_by) VALUES ($1, $2, $3, $4, $5)
			ON CONFLICT (name) DO UPDATE SET value = excluded.value, reason = excluded.reason,
				updated_at = excluded.updated_at, updated_by = excluded.updated_by`,
			name, value, reason, ts(s.Now()), nullID(a.UserID))
		if err != nil {
			return fmt.Errorf("store: save local standard %s: %w", name, err)
		}
		detail := fmt.Sprintf("Local standard “%s” (%s) changed from %s to %s %s: %s", def.Label, def.Rule, old, value, def.Unit, reason)
		return s.appendEvent(ctx, tx, audit.New(a, audit.Update, 0, detail))
	})
}
