package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"iter"
	"strings"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/stdlib"

	"ourchild/internal/audit"
	"ourchild/internal/casework"
	"ourchild/internal/person"
)

// Bulk holds rows to load in one go: demo data, or records migrated from another system. The
// caller assigns every ID (start from NextIDs) and supplies valid, normalised rows: Load
// checks nothing that the database does not. Rows are recorded as created at the time of the
// load, by ourchild itself (created_by NULL), except that chronology entries keep their
// RecordedAt when set. Bulk-loaded records get no revision rows; a record's first change
// saves the loaded version first.
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
	// Casework rows must be normalised and valid items whose ParentID and EpisodeID name
	// rows loaded before them (in this chunk or an earlier one).
	Casework []BulkItem
}

// A BulkItem is a casework record, recorded by the user ByID (0: by ourchild) at At (the
// time of the load when zero). Group is the reference shared by the contacts of one contact
// about several children. The item's Version is stored as 1 when it is 0.
type BulkItem struct {
	casework.Item
	Group string
	ByID  int64
	At    time.Time

	detail, codes string // the stored forms, encoded ahead of the insert (encodeAhead)
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
	Team, User, Person, Alias, Relationship, Address, Warning, Allocation, Event, Grant, Casework int64
}

// NextIDs reads the first free ID of each table. The IDs stay free only while nothing else
// writes: bulk loads are for a store that is not yet in use.
func (s *Store) NextIDs(ctx context.Context) (NextIDs, error) {
	var n NextIDs
	ids := []*int64{&n.Team, &n.User, &n.Person, &n.Alias, &n.Relationship, &n.Address, &n.Warning, &n.Allocation, &n.Event, &n.Grant, &n.Casework}
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

// Load inserts the rows of b in one transaction, audited as "Loaded <source>: N people". It
// is for a store that is not in use yet: while it runs, other writers wait, and the tables it
// fills lose their secondary indexes until it commits.
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
		for pragma, value := range map[string]string{"cache_size": "-1048576", "foreign_keys": "OFF"} {
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
	if s.dialect == Postgres {
		// Plan each INSERT once, not with every batch's values; give index builds memory.
		for _, set := range []string{`SET LOCAL plan_cache_mode = force_generic_plan`, `SET LOCAL maintenance_work_mem = '256MB'`} {
			if _, err := tx.ExecContext(ctx, set); err != nil {
				return fmt.Errorf("store: bulk load: %w", err)
			}
		}
	}
	restore, err := s.relax(ctx, tx)
	if err != nil {
		return fmt.Errorf("store: bulk load: %w", err)
	}
	l := &loader{ctx: ctx, tx: tx, now: ts(s.Now()), stmts: map[string]*sql.Stmt{}, bufs: map[string][]any{}, maxVars: 32766}
	if s.dialect == Postgres {
		l.copyConn = conn
	}
	loaded := map[string]bool{}
	people := 0
	for b := range encodeAhead(chunks) {
		if err := l.chunk(b, loaded); err != nil {
			return fmt.Errorf("store: bulk load: %w", err)
		}
		people += len(b.People)
	}
	for _, r := range restore {
		if _, err := tx.ExecContext(ctx, r); err != nil {
			return fmt.Errorf("store: bulk load: %s: %w", r, err)
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
	switch s.dialect {
	case SQLite:
		// Copy the load from the write-ahead log into the database and shrink the log.
		if _, err := conn.ExecContext(ctx, `PRAGMA wal_checkpoint(TRUNCATE)`); err != nil {
			return fmt.Errorf("store: bulk load: checkpoint: %w", err)
		}
	case Postgres:
		// Give the query planner statistics for the new rows now, rather than when the
		// autovacuum daemon gets round to it.
		for table := range loaded {
			if _, err := conn.ExecContext(ctx, `ANALYZE `+table); err != nil {
				return fmt.Errorf("store: bulk load: analyze %s: %w", table, err)
			}
		}
	}
	return nil
}

// encodeAhead encodes each chunk's casework (its answers and its codes as JSON) on a goroutine
// of its own, a chunk ahead of the inserts, which otherwise wait for it: for the demo council
// it is about a quarter of the loader's work. Stopping early stops the chunks too.
func encodeAhead(chunks iter.Seq[*Bulk]) iter.Seq[*Bulk] {
	return func(yield func(*Bulk) bool) {
		ready, stop := make(chan *Bulk, 1), make(chan struct{})
		go func() {
			defer close(ready)
			for b := range chunks {
				for i := range b.Casework {
					c := &b.Casework[i]
					c.detail, c.codes = c.Values.Marshal(), codesOf(&c.Item)
				}
				select {
				case ready <- b:
				case <-stop:
					return
				}
			}
		}()
		defer func() {
			close(stop)
			for range ready { // wait for the goroutine to finish with the chunks
			}
		}()
		for b := range ready {
			if !yield(b) {
				return
			}
		}
	}
}

// bulkTables are the tables a Bulk fills, parents first.
var bulkTables = []string{"team", "app_user", "person", "person_alias", "relationship", "address", "warning",
	"allocation", "chronology_event", "access_grant", "casework"}

// relax drops, inside tx, the secondary indexes of the bulk tables that are empty and, on
// PostgreSQL, their foreign keys, and returns the statements that make them again.
// Building an index once from all the rows is several times faster than adding a million
// rows to it one by one, and checking a foreign key once for all rows is faster than
// checking it row by row (SQLite's are switched off for the load and checked at its end).
// Indexes led by person_id stay: rows arrive in person order, so they only grow at the end,
// which is cheap. Indexes that enforce a constraint (primary keys, UNIQUE) stay too.
func (s *Store) relax(ctx context.Context, tx *sql.Tx) (restore []string, err error) {
	q := `SELECT 'DROP INDEX ' || name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = $1 AND sql IS NOT NULL`
	if s.dialect == Postgres {
		q = `SELECT 'DROP INDEX ' || quote_ident(indexname), indexdef FROM pg_indexes
			WHERE schemaname = current_schema() AND tablename = $1::text AND indexname NOT IN (SELECT conname FROM pg_constraint)
			UNION ALL
			SELECT 'ALTER TABLE ' || $1::text || ' DROP CONSTRAINT ' || quote_ident(conname),
				'ALTER TABLE ' || $1::text || ' ADD CONSTRAINT ' || quote_ident(conname) || ' ' || pg_get_constraintdef(oid)
			FROM pg_constraint WHERE conrelid = $1::text::regclass AND contype = 'f'`
	}
	var drop []string
	for _, table := range bulkTables {
		var n int
		if err := tx.QueryRowContext(ctx, `SELECT COUNT(*) FROM (SELECT 1 FROM `+table+` LIMIT 1) t`).Scan(&n); err != nil {
			return nil, err
		}
		if n > 0 {
			continue
		}
		rows, err := tx.QueryContext(ctx, q, table)
		if err != nil {
			return nil, err
		}
		for rows.Next() {
			var d, r string
			if err := rows.Scan(&d, &r); err != nil {
				rows.Close()
				return nil, err
			}
			if strings.HasPrefix(d, "DROP INDEX") {
				cols := r[strings.IndexByte(r, '(')+1:]
				if first, _, _ := strings.Cut(cols, ","); strings.HasSuffix(strings.TrimRight(strings.Fields(first)[0], ")"), "person_id") {
					continue
				}
			}
			drop, restore = append(drop, d), append(restore, r)
		}
		rows.Close()
		if err := rows.Err(); err != nil {
			return nil, err
		}
	}
	for _, d := range drop {
		if _, err := tx.ExecContext(ctx, d); err != nil {
			return nil, fmt.Errorf("%s: %w", d, err)
		}
	}
	return restore, nil
}

// loader inserts rows with multi-row INSERT statements inside one transaction.
type loader struct {
	ctx     context.Context
	tx      *sql.Tx
	now     string // created_at of the rows
	maxVars int    // bound parameters one statement may have
	// copyConn, on PostgreSQL, is the connection of tx: rows go in with COPY, which the
	// server takes about three times as fast as multi-row INSERTs.
	copyConn *sql.Conn
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
		stamped     string // columns set to the time of the load
		n           int
		row         func(i int, a []any) []any
	}{
		{"team", "id, name, service", "created_at", len(b.Teams), func(i int, a []any) []any {
			t := &b.Teams[i]
			return append(a, t.ID, t.Name, t.Service)
		}},
		{"app_user", "id, username, display_name, email, role, team_id, password_hash, disabled, sw_id", "created_at, updated_at", len(b.Users), func(i int, a []any) []any {
			u := &b.Users[i]
			return append(a, u.ID, u.Username, u.Name, u.Email, string(u.Role), nullID(u.TeamID), u.PasswordHash, u.Disabled, u.SWID)
		}},
		{"person", `id, version, given_names, family_name, preferred_name, date_of_birth, expected_date_of_birth,
			date_of_death, sex, gender_identity, ethnicity, religion, first_language, interpreter_needed,
			communication_needs, disabilities, upn, nhs_number, restricted, restriction_reason, entered_in_error,
			error_reason, family_key, family_sdx, family_letters, given_key, given_sdx`, "created_at, updated_at", len(b.People), func(i int, a []any) []any {
			p := b.People[i]
			k := nameKeys(p.GivenNames, p.FamilyName)
			return append(a, p.ID, max(p.Version, 1), p.GivenNames, p.FamilyName, p.PreferredName, p.DateOfBirth.String(),
				p.ExpectedDateOfBirth.String(), p.DateOfDeath.String(), p.Sex, p.GenderIdentity, p.Ethnicity, p.Religion,
				p.FirstLanguage, p.Interpreter, p.Communication, strings.Join(p.Disabilities, " "), nullIfEmpty(p.UPN),
				nullIfEmpty(p.NHSNumber), p.Restricted, p.RestrictionReason, p.EnteredInError, p.ErrorReason,
				k.family, k.familySdx, k.familyLetters, k.given, k.givenSdx)
		}},
		{"person_alias", "id, person_id, given_names, family_name, kind, family_key, family_sdx, family_letters, given_key, given_sdx", "created_at", len(b.Aliases), func(i int, a []any) []any {
			al := &b.Aliases[i]
			k := nameKeys(al.GivenNames, al.FamilyName)
			return append(a, al.ID, al.PersonID, al.GivenNames, al.FamilyName, al.Kind, k.family, k.familySdx, k.familyLetters, k.given, k.givenSdx)
		}},
		{"relationship", "id, version, from_person_id, to_person_id, type, parental_responsibility, start_date, end_date, notes, entered_in_error", "created_at", len(b.Relationships), func(i int, a []any) []any {
			r := &b.Relationships[i]
			return append(a, r.ID, max(r.Version, 1), r.FromID, r.ToID, string(r.Type), r.ParentalResponsibility,
				r.StartDate.String(), r.EndDate.String(), r.Notes, r.EnteredInError)
		}},
		{"address", "id, person_id, line1, line2, town, postcode, start_date, end_date", "created_at", len(b.Addresses), func(i int, a []any) []any {
			ad := &b.Addresses[i]
			return append(a, ad.ID, ad.PersonID, ad.Line1, ad.Line2, ad.Town, ad.Postcode, ad.StartDate.String(), ad.EndDate.String())
		}},
		{"warning", "id, person_id, type, detail, start_date, end_date", "created_at", len(b.Warnings), func(i int, a []any) []any {
			w := &b.Warnings[i]
			return append(a, w.ID, w.PersonID, w.Type, w.Detail, w.StartDate.String(), w.EndDate.String())
		}},
		{"allocation", "id, person_id, worker_id, team_id, role, start_date, end_date, end_reason", "created_at", len(b.Allocations), func(i int, a []any) []any {
			al := &b.Allocations[i]
			return append(a, al.ID, al.PersonID, al.WorkerID, al.TeamID, al.Role, al.StartDate.String(), al.EndDate.String(), al.EndReason)
		}},
		{"chronology_event", "id, person_id, event_date, category, summary, significant, recorded_at, recorded_by", "", len(b.Events), func(i int, a []any) []any {
			e := &b.Events[i]
			return append(a, e.ID, e.PersonID, e.Date.String(), e.Category, e.Summary, e.Significant, l.at(e.RecordedAt), nullID(e.RecordedByID))
		}},
		{"access_grant", "id, person_id, user_id, kind, reason", "granted_at", len(b.Grants), func(i int, a []any) []any {
			g := &b.Grants[i]
			return append(a, g.ID, g.PersonID, g.UserID, "grant", g.Reason)
		}},
		{"casework", `id, version, person_id, kind, parent_id, episode_id, group_ref, start_date, end_date, detail,
			entered_in_error, error_reason, created_at, created_by, updated_at, updated_by, codes`, "", len(b.Casework), func(i int, a []any) []any {
			c := &b.Casework[i]
			at := l.at(c.At)
			return append(a, c.ID, max(c.Version, 1), c.PersonID, c.Kind, nullID(c.ParentID), nullID(c.EpisodeID), c.Group,
				c.StartDate().String(), endColumn(&c.Item), c.detail, c.EnteredInError, c.ErrorReason,
				at, nullID(c.ByID), at, nullID(c.ByID), c.codes)
		}},
	}
	for _, st := range steps {
		if st.n == 0 {
			continue
		}
		if err := l.insert(st.table, st.cols, st.stamped, st.n, st.row); err != nil {
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

// insert writes n rows to table; row appends the values of row i, in the order of cols. The
// columns stamped get the time of the load.
func (l *loader) insert(table, cols, stamped string, n int, row func(i int, a []any) []any) error {
	if l.copyConn != nil {
		return l.copyRows(table, cols, stamped, n, row)
	}
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
		stmt, err := l.stmt(table, cols, stamped, ncols, k)
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

// copyRows writes n rows to table with PostgreSQL's COPY, on the connection (and so in the
// transaction) of the load.
func (l *loader) copyRows(table, cols, stamped string, n int, row func(i int, a []any) []any) error {
	var names []string
	for _, c := range strings.Split(cols+", "+stamped, ",") {
		if c = strings.TrimSpace(c); c != "" {
			names = append(names, c)
		}
	}
	stamps := len(names) - len(strings.Split(cols, ","))
	rows := make([][]any, n)
	for i := range rows {
		r := row(i, make([]any, 0, len(names)))
		for range stamps {
			r = append(r, l.now)
		}
		rows[i] = r
	}
	return l.copyConn.Raw(func(dc any) error {
		c, ok := dc.(*stdlib.Conn)
		if !ok {
			return fmt.Errorf("copy into %s: connection is %T, not pgx", table, dc)
		}
		if _, err := c.Conn().CopyFrom(l.ctx, pgx.Identifier{table}, names, pgx.CopyFromRows(rows)); err != nil {
			return fmt.Errorf("copy into %s: %w", table, err)
		}
		return nil
	})
}

// stmt returns the prepared INSERT of k rows into table, preparing it on first use.
func (l *loader) stmt(table, cols, stamped string, ncols, k int) (*sql.Stmt, error) {
	key := fmt.Sprintf("%s/%d", table, k)
	if st, ok := l.stmts[key]; ok {
		return st, nil
	}
	var q strings.Builder
	var stamps string
	if stamped != "" {
		cols += ", " + stamped
		stamps = strings.Repeat(", '"+l.now+"'", strings.Count(stamped, ",")+1) // l.now is our own digits, safe to quote
	}
	// OR ROLLBACK: a failed constraint ends the whole load, so SQLite needs no statement journal.
	fmt.Fprintf(&q, "INSERT OR ROLLBACK INTO %s (%s) VALUES ", table, cols)
	for r := range k {
		if r > 0 {
			q.WriteString(", ")
		}
		q.WriteByte('(')
		for c := range ncols {
			if c > 0 {
				q.WriteString(", ")
			}
			// Anonymous parameters: SQLite looks a numbered one ($1) up by name, which for
			// thousands of them takes quadratic time.
			q.WriteByte('?')
		}
		q.WriteString(stamps)
		q.WriteByte(')')
	}
	st, err := l.tx.PrepareContext(l.ctx, q.String())
	if err != nil {
		return nil, fmt.Errorf("prepare insert into %s: %w", table, err)
	}
	l.stmts[key] = st
	return st, nil
}
