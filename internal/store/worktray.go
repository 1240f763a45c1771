package store

import (
	"context"
	"fmt"

	"ourchild/internal/casework"
	"ourchild/internal/date"
	"ourchild/internal/workday"
)

// A Tray is what is due for a worker's or a team's children: each child currently allocated,
// with every clock their casework runs, as at Today.
type Tray struct {
	Today    date.Date
	Children []TrayChild // by family name, then given names
	// Workers are the team's active members (team trays only), so a worker with no children
	// still shows in the summary.
	Workers []TrayWorker
}

// A TrayChild is one allocated child and their clocks (open, met and stopped).
type TrayChild struct {
	PersonID    int64
	Name        string
	DateOfBirth string
	WorkerID    int64
	WorkerName  string
	Clocks      []casework.Clock
}

// A TrayWorker is a member of the team.
type TrayWorker struct {
	ID   int64
	Name string
}

// WorkTray returns the tray of the children currently allocated to a worker.
func (s *Store) WorkTray(ctx context.Context, workerID int64, cal *workday.Calendar) (*Tray, error) {
	return s.tray(ctx, "a.worker_id = $1", workerID, cal)
}

// TeamTray returns the tray of the children currently allocated to the team's members, with
// the members.
func (s *Store) TeamTray(ctx context.Context, teamID int64, cal *workday.Calendar) (*Tray, error) {
	t, err := s.tray(ctx, "u.team_id = $1", teamID, cal)
	if err != nil {
		return nil, err
	}
	rows, err := s.db.QueryContext(ctx, `SELECT id, display_name FROM app_user WHERE team_id = $1 AND disabled = FALSE ORDER BY display_name`, teamID)
	if err != nil {
		return nil, fmt.Errorf("store: read team members: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		var w TrayWorker
		if err := rows.Scan(&w.ID, &w.Name); err != nil {
			return nil, err
		}
		t.Workers = append(t.Workers, w)
	}
	return t, rows.Err()
}

// tray reads the allocated children in one query and their casework in another (not one per
// child), and computes the clocks with the council's standards.
func (s *Store) tray(ctx context.Context, cond string, arg int64, cal *workday.Calendar) (*Tray, error) {
	std, _, err := s.Standards(ctx)
	if err != nil {
		return nil, err
	}
	t := &Tray{Today: date.Of(s.Now())}
	rows, err := s.db.QueryContext(ctx, `SELECT p.id, p.given_names || ' ' || p.family_name, p.date_of_birth, u.id, u.display_name
		FROM allocation a JOIN person p ON p.id = a.person_id JOIN app_user u ON u.id = a.worker_id
		WHERE `+cond+` AND a.end_date = '' AND p.entered_in_error = FALSE
		ORDER BY p.family_name, p.given_names, p.id, a.start_date DESC`, arg)
	if err != nil {
		return nil, fmt.Errorf("store: read allocated children: %w", err)
	}
	defer rows.Close()
	seen := map[int64]bool{}
	var ids []int64
	for rows.Next() {
		var c TrayChild
		if err := rows.Scan(&c.PersonID, &c.Name, &c.DateOfBirth, &c.WorkerID, &c.WorkerName); err != nil {
			return nil, err
		}
		if seen[c.PersonID] {
			continue // allocated in two roles: one row, the latest allocation
		}
		seen[c.PersonID] = true
		ids = append(ids, c.PersonID)
		t.Children = append(t.Children, c)
	}
	if err := rows.Err(); err != nil {
		return nil, err
	}
	rows.Close()
	items, err := s.ItemsForPeople(ctx, ids)
	if err != nil {
		return nil, err
	}
	for i := range t.Children {
		c := &t.Children[i]
		c.Clocks = casework.Clocks(items[c.PersonID], std, cal, t.Today)
	}
	return t, nil
}
