package store

import (
	"context"
	"fmt"
	"strings"
	"sync"

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
	births := map[int64]date.Date{} // for the clocks that depend on age
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
		births[c.PersonID], _ = date.Parse(c.DateOfBirth)
		t.Children = append(t.Children, c)
	}
	if err := rows.Err(); err != nil {
		return nil, err
	}
	rows.Close()
	clocks, err := s.clocksFor(ctx, ids, births, std, cal, t.Today)
	if err != nil {
		return nil, err
	}
	for i := range t.Children {
		t.Children[i].Clocks = clocks[t.Children[i].PersonID]
	}
	return t, nil
}

// Reading a team's whole casework (thousands of records with their answers) and working out
// every clock takes longer than the page may: most of it has not changed since the last view.
// So each child's clocks are kept, with a signature of their casework (how many records, the
// sum of their versions, the latest id: any addition, change or marking in error changes it),
// the day, the child's date of birth and the standards they were computed for. Each view reads only the signatures (one
// aggregate query, no answers) and recomputes the children whose signature changed. Several
// servers over one database stay right: the signature is always read from the database.
type clockCache struct {
	mu       sync.Mutex
	byPerson map[int64]cachedClocks
}

type cachedClocks struct {
	sig    string
	born   date.Date
	today  date.Date
	std    casework.Standards
	cal    *workday.Calendar
	clocks []casework.Clock
}

// clockCacheMax bounds the memory the cache takes: past it, it starts again.
const clockCacheMax = 50000

var clockCaches sync.Map // *Store → *clockCache

func (s *Store) clocksFor(ctx context.Context, ids []int64, births map[int64]date.Date, std casework.Standards, cal *workday.Calendar, today date.Date) (map[int64][]casework.Clock, error) {
	out := make(map[int64][]casework.Clock, len(ids))
	if len(ids) == 0 {
		return out, nil
	}
	sigs := make(map[int64]string, len(ids))
	for rest := ids; len(rest) > 0; {
		n := min(len(rest), 500)
		args, ph := make([]any, n), make([]string, n)
		for i := range n {
			args[i], ph[i] = rest[i], fmt.Sprintf("$%d", i+1)
		}
		rows, err := s.db.QueryContext(ctx, `SELECT person_id, COUNT(*), SUM(version), MAX(id) FROM casework
			WHERE person_id IN (`+strings.Join(ph, ", ")+`) GROUP BY person_id`, args...)
		if err != nil {
			return nil, fmt.Errorf("store: read casework signatures: %w", err)
		}
		for rows.Next() {
			var pid, count, versions, maxID int64
			if err := rows.Scan(&pid, &count, &versions, &maxID); err != nil {
				rows.Close()
				return nil, err
			}
			sigs[pid] = fmt.Sprintf("%d/%d/%d", count, versions, maxID)
		}
		rows.Close()
		if err := rows.Err(); err != nil {
			return nil, err
		}
		rest = rest[n:]
	}
	v, _ := clockCaches.LoadOrStore(s, &clockCache{byPerson: map[int64]cachedClocks{}})
	cache := v.(*clockCache)
	var stale []int64
	cache.mu.Lock()
	for _, id := range ids {
		c, ok := cache.byPerson[id]
		if ok && c.sig == sigs[id] && c.born.Equal(births[id]) && c.today.Equal(today) && c.std == std && c.cal == cal {
			out[id] = c.clocks
		} else {
			stale = append(stale, id)
		}
	}
	cache.mu.Unlock()
	if len(stale) == 0 {
		return out, nil
	}
	items, err := s.ItemsForPeople(ctx, stale)
	if err != nil {
		return nil, err
	}
	cache.mu.Lock()
	defer cache.mu.Unlock()
	if len(cache.byPerson) > clockCacheMax {
		cache.byPerson = map[int64]cachedClocks{}
	}
	for _, id := range stale {
		out[id] = casework.ClocksFor(casework.Child{BirthDate: births[id]}, items[id], std, cal, today)
		cache.byPerson[id] = cachedClocks{sig: sigs[id], born: births[id], today: today, std: std, cal: cal, clocks: out[id]}
	}
	return out, nil
}
