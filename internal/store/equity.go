package store

import (
	"context"
	"fmt"
	"strings"

	"ourchild/internal/casework"
	"ourchild/internal/date"
	"ourchild/internal/workday"
)

// An EquityChild is one child the equity view compares: whether a disability is recorded,
// and their clocks as at today.
type EquityChild struct {
	PersonID int64
	// Disabled: at least one DfE disability code other than NONE is recorded. A child with
	// nothing recorded is counted with the children without a disability.
	Disabled bool
	Clocks   []casework.Clock
}

// EquityChildren returns every child (not entered in error) whose clocks may fall due from
// from to to: those with a referral or a period of care open at any time from 12 months
// before from (no clock falls due more than 12 months after it starts, and every clock starts
// within its episode) to to. One query for the children and their disabilities, then the
// casework in batches and the clocks as the team trays compute them (kept between views).
func (s *Store) EquityChildren(ctx context.Context, from, to date.Date, cal *workday.Calendar) ([]EquityChild, error) {
	if from.IsZero() || to.IsZero() || to.Before(from) {
		return nil, fmt.Errorf("store: equity period %s to %s is not a period", from, to)
	}
	std, _, err := s.Standards(ctx)
	if err != nil {
		return nil, err
	}
	rows, err := s.db.QueryContext(ctx, `SELECT p.id, p.date_of_birth, p.disabilities
		FROM person p
		WHERE p.entered_in_error = FALSE AND EXISTS (
			SELECT 1 FROM casework c
			WHERE c.person_id = p.id AND c.entered_in_error = FALSE AND c.kind IN ('referral', 'care_period')
			  AND c.start_date <= $2 AND (c.end_date = '' OR c.end_date >= $1))
		ORDER BY p.id`, workday.AddMonthsClamped(from, -12).String(), to.String())
	if err != nil {
		return nil, fmt.Errorf("store: read children for the equity view: %w", err)
	}
	defer rows.Close()
	var out []EquityChild
	var ids []int64
	births := map[int64]date.Date{}
	for rows.Next() {
		var id int64
		var dob, dis string
		if err := rows.Scan(&id, &dob, &dis); err != nil {
			return nil, fmt.Errorf("store: read children for the equity view: %w", err)
		}
		births[id], _ = date.Parse(dob)
		ids = append(ids, id)
		out = append(out, EquityChild{PersonID: id, Disabled: disabled(strings.Fields(dis))})
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("store: read children for the equity view: %w", err)
	}
	rows.Close()
	clocks, err := s.clocksFor(ctx, ids, births, std, cal, date.Of(s.Now()))
	if err != nil {
		return nil, err
	}
	for i := range out {
		out[i].Clocks = clocks[out[i].PersonID]
	}
	return out, nil
}

// disabled reports whether the DfE disability codes say the child has a disability.
func disabled(codes []string) bool {
	for _, c := range codes {
		if c != "NONE" {
			return true
		}
	}
	return false
}
