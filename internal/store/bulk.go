package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"iter"
	"strings"
	"time"

	"ourchild/internal/audit"
	"ourchild/internal/person"
)

// Bulk holds rows to load in one go: demo data, or records migrated from another system. The
// caller assigns every ID (start from NextIDs) and supplies valid rows: Load checks nothing
// that the database does not. Bulk-loaded records get no revision rows; a record's first
// change saves the loaded version first.
type Bulk struct {
	Teams         []Team
	Users         []User // PasswordHash is stored as given
	People        []*person.Person
	Aliases       []BulkAlias
	Relationships []person.Relationship
	Addresses     []person.Address
	Warnings      []person.Warning
	Allocations   []person.Allocation // WorkerName and TeamName are ignored
	Events        []BulkEvent
	Grants        []BulkGrant
}

// A BulkAlias is another name of the person PersonID.
type BulkAlias struct {
	PersonID int64
	Alias
}

// A BulkEvent is a chronology entry recorded by the user RecordedByID (0: by ourchild).
type BulkEvent struct {
	person.Event
	RecordedByID int64
}

// A BulkGrant gives UserID access to the restricted record PersonID.
type BulkGrant struct {
	ID, PersonID, UserID int64
	Reason               string
}

// NextIDs are the first free ID of each table (one more than the largest in use), from
// which a bulk load numbers its rows.
type NextIDs struct {
	Team, User, Person, Alias, Relationship, Address, Warning, Allocation, Event, Grant int64
}

// NextIDs reads the first free ID of each table. The IDs stay free only while nothing else
// writes: bulk loads are for a store that is not yet in use.
func (s *Store) NextIDs(ctx context.Context) (NextIDs, error) {
	var n NextIDs
	ids := []*int64{&n.Team, &n.User, &n.Person, &n.Alias, &n.Relationship, &n.Address, &n.Warning, &n.Allocation, &n.Event, &n.Grant}
	for i, table := range bulkTables {
		if err := s.db.QueryRowContext(ctx, `SELECT COALESCE(MAX(id), 0) + 1 FROM `+table).Scan(ids[i]); err != nil {
			return n, fmt.Errorf("store: read next %s id: %w", table, err)
		}
	}
	return n, nil
}

// PeopleCount returns the number of person records, including those entered in error.
func (s *Store) PeopleCount(ctx context.Context) (int, error) {
	var n int
	if err := s.db.QueryRowContext(ctx, `SELECT COUNT(*) FROM person`).Scan(&n); err != nil {
		return 0, fmt.Errorf("store: count people: %w", err)
	}
	return n, nil
}

// Load inserts the rows of b in one transaction, audited as "Loaded <source>: N people".
func (s *Store) Load(ctx context.Context, source string, b *Bulk) error {
	return s.LoadChunks(ctx, source, func(yield func(*Bulk) bool) { yield(b) })
}

// LoadChunks is Load for rows that arrive in chunks, so that a large load need not be held
// in memory. All chunks go in one transaction, with one audit entry: the load happens
// entirely or not at all. A chunk may refer to rows of earlier chunks, never of later ones.
func (s *Store) LoadChunks(ctx context.Context, source string, chunks iter.Seq[*Bulk]) error {
	conn, err := s.wdb.Conn(ctx)
	if err != nil {
		return fmt.Errorf("store: bulk load: %w", err)
	}
	defer conn.Close()
	if s.dialect == SQLite {
		// For this load only, the write connection gets a large page cache, so that a load of
		// a million people stays in memory until the commit, and does not check foreign keys
		// row by row: a multi-row INSERT that may fail half-way keeps a copy of every page it
		// changes, to undo just itself, which doubles the work. Instead the statements roll
		// the whole load back on a failed constraint, and the foreign keys are checked once
		// at the end.
		for pragma, value := range map[string]string{"cache_size": "-1048576", "foreign_keys": "OFF", "threads": "2"} {
			var was string
			if err := conn.QueryRowContext(ctx, `PRAGMA `+pragma).Scan(&was); err != nil {
				return fmt.Errorf("store: bulk load: %w", err)
			}
			if _, err := conn.ExecContext(ctx, `PRAGMA `+pragma+` = `+value); err != nil {
				return fmt.Errorf("store: bulk load: %w", err)
			}
			defer conn.ExecContext(context.WithoutCancel(ctx), `PRAGMA `+pragma+` = `+was)
		}
	}
	tx, err := conn.BeginTx(ctx, nil)
	if err != nil {
		return fmt.Errorf("store: bulk load: begin: %w", err)
	}
	defer tx.Rollback()
	indexes, err := s.dropIndexes(ctx, tx)
	if err != nil {
		return fmt.Errorf("store: bulk load: %w", err)
	}
	l := &loader{ctx: ctx, tx: tx, now: ts(s.Now()), stmts: map[string]*sql.Stmt{}, bufs: map[string][]any{}, maxVars: 32766}
	if s.dialect == Postgres {
		l.maxVars, l.numbered = 65535, true
	}
	loaded := map[string]bool{}
	people := 0
	for b := range chunks {
		if err := l.chunk(b, loaded); err != nil {
			return fmt.Errorf("store: bulk load: %w", err)
		}
		people += len(b.People)
	}
	for _, ix := range indexes {
		if _, err := tx.ExecContext(ctx, ix); err != nil {
			return fmt.Errorf("store: bulk load: rebuild index: %w", err)
		}
	}
	switch s.dialect {
	case SQLite:
		var table string
		var rowid, parent sql.NullString
		var fk int
		err := tx.QueryRowContext(ctx, `PRAGMA foreign_key_check`).Scan(&table, &rowid, &parent, &fk)
		if err == nil {
			return fmt.Errorf("store: bulk load: row %s of %s refers to a missing %s", rowid.String, table, parent.String)
		}
		if !errors.Is(err, sql.ErrNoRows) {
			return fmt.Errorf("store: bulk load: check references: %w", err)
		}
	case Postgres:
		// Rows came with their IDs; move each identity sequence past them, so that later
		// inserts that let the database number them do not collide.
		for table := range loaded {
			if _, err := tx.ExecContext(ctx, fmt.Sprintf(`SELECT setval(pg_get_serial_sequence('%[1]s', 'id'), (SELECT MAX(id) FROM %[1]s))`, table)); err != nil {
				return fmt.Errorf("store: bulk load: reset %s ids: %w", table, err)
			}
		}
	}
	if err := s.appendEvent(ctx, tx, audit.New(audit.System, audit.Create, 0, fmt.Sprintf("Loaded %s: %d people", source, people))); err != nil {
		return err
	}
	if err := tx.Commit(); err != nil {
		return fmt.Errorf("store: bulk load: commit: %w", err)
	}
	if s.dialect == SQLite {
		// Copy the load from the write-ahead log into the database and shrink the log.
		if _, err := conn.ExecContext(ctx, `PRAGMA wal_checkpoint(TRUNCATE)`); err != nil {
			return fmt.Errorf("store: bulk load: checkpoint: %w", err)
		}
	}
	return nil
}

// bulkTables are the tables a Bulk fills, parents first.
var bulkTables = []string{"team", "app_user", "person", "person_alias", "relationship", "address", "warning",
	"allocation", "chronology_event", "access_grant"}

// dropIndexes drops, inside tx, the secondary indexes of the bulk tables that are empty, and
// returns the statements that build them again. Building an index once from all the rows is
// several times faster than adding a million rows to it one by one. Indexes that enforce a
// constraint (primary keys, UNIQUE) stay.
func (s *Store) dropIndexes(ctx context.Context, tx *sql.Tx) ([]string, error) {
	var create []string
	for _, table := range bulkTables {
		var n int
		if err := tx.QueryRowContext(ctx, `SELECT COUNT(*) FROM (SELECT 1 FROM `+table+` LIMIT 1) t`).Scan(&n); err != nil {
			return nil, err
		}
		if n > 0 {
			continue
		}
		q := `SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = $1 AND sql IS NOT NULL`
		if s.dialect == Postgres {
			q = `SELECT indexname, indexdef FROM pg_indexes WHERE schemaname = current_schema() AND tablename = $1
				AND indexname NOT IN (SELECT conname FROM pg_constraint)`
		}
		rows, err := tx.QueryContext(ctx, q, table)
		if err != nil {
			return nil, err
		}
		var names []string
		for rows.Next() {
			var name, def string
			if err := rows.Scan(&name, &def); err != nil {
				rows.Close()
				return nil, err
			}
			names, create = append(names, name), append(create, def)
		}
		rows.Close()
		if err := rows.Err(); err != nil {
			return nil, err
		}
		for _, name := range names {
			if _, err := tx.ExecContext(ctx, `DROP INDEX `+name); err != nil {
				return nil, fmt.Errorf("drop index %s: %w", name, err)
			}
		}
	}
	return create, nil
}

// loader inserts rows with multi-row INSERT statements inside one transaction.
type loader struct {
	ctx     context.Context
	tx      *sql.Tx
	now     string // created_at of the rows
	maxVars int    // bound parameters one statement may have
	// numbered parameters ($1) for PostgreSQL; SQLite gets anonymous ones (?), since it
	// looks a numbered one up by name, which for thousands of them takes quadratic time.
	numbered bool
	stmts    map[string]*sql.Stmt
	bufs     map[string][]any
}

// Rows per statement are powers of two up to maxRows, so a load prepares at most a dozen
// statements per table.
const maxRows = 1024

// chunk inserts the rows of b, parents before children, and notes the tables it wrote in
// loaded.
func (l *loader) chunk(b *Bulk, loaded map[string]bool) error {
	steps := []struct {
		table, cols string
		n           int
		row         func(i int, a []any) []any
	}{
		{"team", "id, name, service, created_at", len(b.Teams), func(i int, a []any) []any {
			t := &b.Teams[i]
			return append(a, t.ID, t.Name, t.Service, l.now)
		}},
		{"app_user", "id, username, display_name, email, role, team_id, password_hash, disabled, created_at, updated_at", len(b.Users), func(i int, a []any) []any {
			u := &b.Users[i]
			return append(a, u.ID, u.Username, u.Name, u.Email, string(u.Role), nullID(u.TeamID), u.PasswordHash, u.Disabled, l.now, l.now)
		}},
		{"person", `id, version, given_names, family_name, preferred_name, date_of_birth, expected_date_of_birth,
			date_of_death, sex, gender_identity, ethnicity, religion, first_language, interpreter_needed,
			communication_needs, disabilities, upn, nhs_number, restricted, restriction_reason, entered_in_error,
			error_reason, family_key, family_sdx, given_key, given_sdx, created_at, updated_at`, len(b.People), func(i int, a []any) []any {
			p := b.People[i]
			fk, fs, gk, gs := nameKeys(p.GivenNames, p.FamilyName)
			return append(a, p.ID, max(p.Version, 1), p.GivenNames, p.FamilyName, p.PreferredName, p.DateOfBirth.String(),
				p.ExpectedDateOfBirth.String(), p.DateOfDeath.String(), p.Sex, p.GenderIdentity, p.Ethnicity, p.Religion,
				p.FirstLanguage, p.Interpreter, p.Communication, strings.Join(p.Disabilities, " "), nullIfEmpty(p.UPN),
				nullIfEmpty(p.NHSNumber), p.Restricted, p.RestrictionReason, p.EnteredInError, p.ErrorReason,
				fk, fs, gk, gs, l.at(p.CreatedAt), l.at(p.UpdatedAt))
		}},
		{"person_alias", "id, person_id, given_names, family_name, kind, family_key, family_sdx, given_key, given_sdx, created_at", len(b.Aliases), func(i int, a []any) []any {
			al := &b.Aliases[i]
			fk, fs, gk, gs := nameKeys(al.GivenNames, al.FamilyName)
			return append(a, al.ID, al.PersonID, al.GivenNames, al.FamilyName, al.Kind, fk, fs, gk, gs, l.now)
		}},
		{"relationship", "id, version, from_person_id, to_person_id, type, parental_responsibility, start_date, end_date, notes, entered_in_error, created_at", len(b.Relationships), func(i int, a []any) []any {
			r := &b.Relationships[i]
			return append(a, r.ID, max(r.Version, 1), r.FromID, r.ToID, string(r.Type), r.ParentalResponsibility,
				r.StartDate.String(), r.EndDate.String(), r.Notes, r.EnteredInError, l.at(r.CreatedAt))
		}},
		{"address", "id, person_id, line1, line2, town, postcode, start_date, end_date, created_at", len(b.Addresses), func(i int, a []any) []any {
			ad := &b.Addresses[i]
			return append(a, ad.ID, ad.PersonID, ad.Line1, ad.Line2, ad.Town, ad.Postcode, ad.StartDate.String(), ad.EndDate.String(), l.now)
		}},
		{"warning", "id, person_id, type, detail, start_date, end_date, created_at", len(b.Warnings), func(i int, a []any) []any {
			w := &b.Warnings[i]
			return append(a, w.ID, w.PersonID, w.Type, w.Detail, w.StartDate.String(), w.EndDate.String(), l.now)
		}},
		{"allocation", "id, person_id, worker_id, team_id, role, start_date, end_date, created_at", len(b.Allocations), func(i int, a []any) []any {
			al := &b.Allocations[i]
			return append(a, al.ID, al.PersonID, al.WorkerID, al.TeamID, al.Role, al.StartDate.String(), al.EndDate.String(), l.now)
		}},
		{"chronology_event", "id, person_id, event_date, category, summary, significant, recorded_at, recorded_by", len(b.Events), func(i int, a []any) []any {
			e := &b.Events[i]
			return append(a, e.ID, e.PersonID, e.Date.String(), e.Category, e.Summary, e.Significant, l.at(e.RecordedAt), nullID(e.RecordedByID))
		}},
		{"access_grant", "id, person_id, user_id, kind, reason, granted_at", len(b.Grants), func(i int, a []any) []any {
			g := &b.Grants[i]
			return append(a, g.ID, g.PersonID, g.UserID, "grant", g.Reason, l.now)
		}},
	}
	for _, st := range steps {
		if st.n == 0 {
			continue
		}
		if err := l.insert(st.table, st.cols, st.n, st.row); err != nil {
			return err
		}
		loaded[st.table] = true
	}
	return nil
}

// at is the stored form of an instant, the load's time when t is unset.
func (l *loader) at(t time.Time) string {
	if t.IsZero() {
		return l.now
	}
	return ts(t)
}

// insert writes n rows to table; row appends the values of row i, in the order of cols.
func (l *loader) insert(table, cols string, n int, row func(i int, a []any) []any) error {
	ncols := strings.Count(cols, ",") + 1
	per := maxRows
	for per*ncols > l.maxVars {
		per /= 2
	}
	args := l.bufs[table]
	for i := 0; i < n; {
		k := per
		for k > n-i {
			k /= 2
		}
		args = args[:0]
		for j := i; j < i+k; j++ {
			args = row(j, args)
		}
		stmt, err := l.stmt(table, cols, ncols, k)
		if err != nil {
			return err
		}
		if _, err := stmt.ExecContext(l.ctx, args...); err != nil {
			return fmt.Errorf("insert into %s: %w", table, err)
		}
		i += k
	}
	clear(args) // drop references to the chunk's strings
	l.bufs[table] = args
	return nil
}

// stmt returns the prepared INSERT of k rows into table, preparing it on first use.
func (l *loader) stmt(table, cols string, ncols, k int) (*sql.Stmt, error) {
	key := fmt.Sprintf("%s/%d", table, k)
	if st, ok := l.stmts[key]; ok {
		return st, nil
	}
	var q strings.Builder
	verb := "INSERT"
	if !l.numbered {
		verb = "INSERT OR ROLLBACK"
	}
	fmt.Fprintf(&q, "%s INTO %s (%s) VALUES ", verb, table, cols)
	v := 1
	for r := range k {
		if r > 0 {
			q.WriteString(", ")
		}
		q.WriteByte('(')
		for c := range ncols {
			if c > 0 {
				q.WriteString(", ")
			}
			if l.numbered {
				fmt.Fprintf(&q, "$%d", v)
				v++
			} else {
				q.WriteByte('?')
			}
		}
		q.WriteByte(')')
	}
	st, err := l.tx.PrepareContext(l.ctx, q.String())
	if err != nil {
		return nil, fmt.Errorf("prepare insert into %s: %w", table, err)
	}
	l.stmts[key] = st
	return st, nil
}
