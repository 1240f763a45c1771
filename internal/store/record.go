package store

import (
	"context"
	"database/sql"
	"fmt"
	"sort"
	"strings"

	"ourchild/internal/apperr"
	"ourchild/internal/audit"
	"ourchild/internal/date"
	"ourchild/internal/person"
)

// A Record is everything the child's record page shows about one person.
type Record struct {
	Person      *person.Person
	Aliases     []Alias
	Addresses   []person.Address // newest first
	Household   []*person.Person // others living at the current address
	Relatives   []person.Relative
	Warnings    []person.Warning // current warnings
	Allocations []person.Allocation
	Chronology  []person.Event // newest first
}

// An Alias is another name a person is or was known by.
type Alias struct {
	ID         int64  `json:"id"`
	GivenNames string `json:"given_names"`
	FamilyName string `json:"family_name"`
	Kind       string `json:"kind"`
}

// CurrentAddress returns the current address on d, or nil.
func (r *Record) CurrentAddress(d date.Date) *person.Address {
	for i := range r.Addresses {
		if r.Addresses[i].Current(d) {
			return &r.Addresses[i]
		}
	}
	return nil
}

// CurrentAllocation returns the current allocated worker, or nil.
func (r *Record) CurrentAllocation() *person.Allocation {
	for i := range r.Allocations {
		if r.Allocations[i].EndDate.IsZero() {
			return &r.Allocations[i]
		}
	}
	return nil
}

// LoadRecord reads a person's whole record. It writes no audit entry; the records service
// audits the view.
func (s *Store) LoadRecord(ctx context.Context, id int64) (*Record, error) {
	p, err := s.Person(ctx, id)
	if err != nil {
		return nil, err
	}
	return s.RecordOf(ctx, p)
}

// RecordOf reads the rest of the record of a person already read.
func (s *Store) RecordOf(ctx context.Context, p *person.Person) (*Record, error) {
	id := p.ID
	r := &Record{Person: p}
	var err error
	today := date.Of(s.Now())
	steps := []func() error{
		func() (err error) { r.Aliases, err = s.aliases(ctx, id); return },
		func() (err error) { r.Addresses, err = s.addresses(ctx, id); return },
		func() (err error) { r.Relatives, err = s.relatives(ctx, id); return },
		func() (err error) { r.Warnings, err = s.warnings(ctx, id, today); return },
		func() (err error) { r.Allocations, err = s.allocations(ctx, id); return },
		func() (err error) { r.Chronology, err = s.chronology(ctx, id); return },
	}
	for _, step := range steps {
		if err := step(); err != nil {
			return nil, fmt.Errorf("store: load record %d: %w", id, err)
		}
	}
	if a := r.CurrentAddress(today); a != nil {
		if r.Household, err = s.household(ctx, id, a, today); err != nil {
			return nil, fmt.Errorf("store: load household of %d: %w", id, err)
		}
	}
	return r, nil
}

func (s *Store) aliases(ctx context.Context, id int64) ([]Alias, error) {
	rows, err := s.db.QueryContext(ctx, `SELECT id, given_names, family_name, kind FROM person_alias
		WHERE person_id = $1 AND entered_in_error = FALSE ORDER BY id`, id)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var as []Alias
	for rows.Next() {
		var a Alias
		if err := rows.Scan(&a.ID, &a.GivenNames, &a.FamilyName, &a.Kind); err != nil {
			return nil, err
		}
		as = append(as, a)
	}
	return as, rows.Err()
}

func (s *Store) addresses(ctx context.Context, id int64) ([]person.Address, error) {
	rows, err := s.db.QueryContext(ctx, `SELECT id, person_id, line1, line2, town, postcode, start_date, end_date
		FROM address WHERE person_id = $1 AND entered_in_error = FALSE ORDER BY start_date DESC, id DESC`, id)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var as []person.Address
	for rows.Next() {
		var a person.Address
		if err := rows.Scan(&a.ID, &a.PersonID, &a.Line1, &a.Line2, &a.Town, &a.Postcode, &a.StartDate, &a.EndDate); err != nil {
			return nil, err
		}
		as = append(as, a)
	}
	return as, rows.Err()
}

// household returns the other people whose current address is the same as a.
func (s *Store) household(ctx context.Context, id int64, a *person.Address, today date.Date) ([]*person.Person, error) {
	rows, err := s.db.QueryContext(ctx, `SELECT `+prefixCols("p.")+` FROM address ad JOIN person p ON p.id = ad.person_id
		WHERE ad.postcode = $1 AND ad.line1 = $2 AND ad.person_id <> $3 AND ad.entered_in_error = FALSE
		AND ad.start_date <= $4 AND (ad.end_date = '' OR ad.end_date >= $4) AND p.entered_in_error = FALSE
		ORDER BY p.date_of_birth`, a.Postcode, a.Line1, id, today)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var ps []*person.Person
	for rows.Next() {
		p, err := scanPerson(rows)
		if err != nil {
			return nil, err
		}
		ps = append(ps, p)
	}
	return ps, rows.Err()
}

func prefixCols(prefix string) string {
	cols := strings.Split(personCols, ",")
	for i, c := range cols {
		cols[i] = prefix + strings.TrimSpace(c)
	}
	return strings.Join(cols, ", ")
}

const relCols = `r.id, r.version, r.from_person_id, r.to_person_id, r.type, r.parental_responsibility, r.start_date, r.end_date, r.notes, r.created_at`

func scanRel(row scanner, extra ...any) (person.Relationship, error) {
	var r person.Relationship
	var t, created string
	err := row.Scan(append([]any{&r.ID, &r.Version, &r.FromID, &r.ToID, &t, &r.ParentalResponsibility, &r.StartDate, &r.EndDate, &r.Notes, &created}, extra...)...)
	r.Type, r.CreatedAt = person.RelType(t), parseTS(created)
	return r, err
}

// relatives returns the person's relationships seen from their side, with the other person.
func (s *Store) relatives(ctx context.Context, id int64) ([]person.Relative, error) {
	rows, err := s.db.QueryContext(ctx, `SELECT `+prefixCols("p.")+`, `+relCols+`
		FROM relationship r JOIN person p ON p.id = CASE WHEN r.from_person_id = $1 THEN r.to_person_id ELSE r.from_person_id END
		WHERE (r.from_person_id = $1 OR r.to_person_id = $1) AND r.entered_in_error = FALSE AND p.entered_in_error = FALSE
		ORDER BY r.id`, id)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var rs []person.Relative
	for rows.Next() {
		var rel person.Relative
		var r person.Relationship
		var t, created string
		p, err := scanPerson(rows, &r.ID, &r.Version, &r.FromID, &r.ToID, &t, &r.ParentalResponsibility, &r.StartDate, &r.EndDate, &r.Notes, &created)
		if err != nil {
			return nil, err
		}
		r.Type, r.CreatedAt = person.RelType(t), parseTS(created)
		rel.Relationship, rel.Person = r, p
		// Describe the other person as they are to this one.
		if r.ToID == id {
			rel.Label = r.Type.Label()
		} else {
			rel.Label = r.Type.InverseLabel()
		}
		rs = append(rs, rel)
	}
	sort.SliceStable(rs, func(i, j int) bool { return relOrder(rs[i]) < relOrder(rs[j]) })
	return rs, rows.Err()
}

// relOrder puts parents and carers first, then siblings, then others.
func relOrder(r person.Relative) int {
	switch {
	case r.Relationship.Type.Parental() && r.Label != "Child" && r.Label != "Step-child" && r.Label != "Adopted child":
		return 0
	case strings.Contains(r.Label, "ibling"):
		return 1
	}
	return 2
}

func (s *Store) warnings(ctx context.Context, id int64, today date.Date) ([]person.Warning, error) {
	rows, err := s.db.QueryContext(ctx, `SELECT id, person_id, type, detail, start_date, end_date FROM warning
		WHERE person_id = $1 AND entered_in_error = FALSE AND (end_date = '' OR end_date >= $2) ORDER BY start_date DESC`, id, today)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var ws []person.Warning
	for rows.Next() {
		var w person.Warning
		if err := rows.Scan(&w.ID, &w.PersonID, &w.Type, &w.Detail, &w.StartDate, &w.EndDate); err != nil {
			return nil, err
		}
		ws = append(ws, w)
	}
	return ws, rows.Err()
}

func (s *Store) allocations(ctx context.Context, id int64) ([]person.Allocation, error) {
	rows, err := s.db.QueryContext(ctx, `SELECT a.id, a.person_id, a.worker_id, u.display_name, a.team_id, t.name, a.role, a.start_date, a.end_date, a.end_reason
		FROM allocation a JOIN app_user u ON u.id = a.worker_id JOIN team t ON t.id = a.team_id
		WHERE a.person_id = $1 ORDER BY a.end_date = '' DESC, a.start_date DESC`, id)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var as []person.Allocation
	for rows.Next() {
		var a person.Allocation
		if err := rows.Scan(&a.ID, &a.PersonID, &a.WorkerID, &a.WorkerName, &a.TeamID, &a.TeamName, &a.Role, &a.StartDate, &a.EndDate, &a.EndReason); err != nil {
			return nil, err
		}
		as = append(as, a)
	}
	return as, rows.Err()
}

func (s *Store) chronology(ctx context.Context, id int64) ([]person.Event, error) {
	rows, err := s.db.QueryContext(ctx, `SELECT c.id, c.person_id, c.event_date, c.category, c.summary, c.significant, c.recorded_at,
		COALESCE(u.display_name, 'ourchild (system)')
		FROM chronology_event c LEFT JOIN app_user u ON u.id = c.recorded_by
		WHERE c.person_id = $1 AND c.entered_in_error = FALSE ORDER BY c.event_date DESC, c.id DESC`, id)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var es []person.Event
	for rows.Next() {
		var e person.Event
		var at string
		if err := rows.Scan(&e.ID, &e.PersonID, &e.Date, &e.Category, &e.Summary, &e.Significant, &at, &e.RecordedBy); err != nil {
			return nil, err
		}
		e.RecordedAt = parseTS(at)
		es = append(es, e)
	}
	return es, rows.Err()
}

// addEvent adds a chronology entry inside tx.
func (s *Store) addEvent(ctx context.Context, tx querier, a audit.Actor, personID int64, d date.Date, category, summary string) error {
	_, err := tx.ExecContext(ctx, `INSERT INTO chronology_event (person_id, event_date, category, summary, significant, recorded_at, recorded_by)
		VALUES ($1, $2, $3, $4, TRUE, $5, $6)`, personID, d, category, summary, ts(s.Now()), nullID(a.UserID))
	if err != nil {
		return fmt.Errorf("store: add chronology entry: %w", err)
	}
	return nil
}

// AddChronologyEvent records a significant event in a person's chronology.
func (s *Store) AddChronologyEvent(ctx context.Context, a audit.Actor, e *person.Event) error {
	var fe apperr.FieldErrors
	e.Summary, e.Category = strings.TrimSpace(e.Summary), strings.TrimSpace(e.Category)
	if e.Date.IsZero() {
		fe.Add("date", "Enter the date of the event")
	} else if e.Date.After(date.Of(s.Now())) {
		fe.Add("date", "Date of the event must be today or in the past")
	}
	if e.Category == "" {
		fe.Add("category", "Enter the kind of event")
	}
	if e.Summary == "" {
		fe.Add("summary", "Describe what happened")
	} else if len(e.Summary) > person.MaxLongText {
		fe.Add("summary", "Description must be %d characters or fewer", person.MaxLongText)
	}
	if err := fe.Err(); err != nil {
		return err
	}
	return s.tx(ctx, func(tx *sql.Tx) error {
		if err := s.addEvent(ctx, tx, a, e.PersonID, e.Date, e.Category, e.Summary); err != nil {
			return err
		}
		return s.appendEvent(ctx, tx, audit.New(a, audit.Update, e.PersonID, "Added chronology entry: "+e.Category))
	})
}
