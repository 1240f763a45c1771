// Package store is the only package that speaks SQL. One Store serves both SQLite (the
// embedded default) and PostgreSQL (production): the statements are written once, in the
// portable subset both engines share ($N placeholders, RETURNING, TRUE/FALSE), and only the
// DDL differs, in migrations/sqlite and migrations/postgres.
package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/jackc/pgx/v5/pgconn"
	_ "github.com/jackc/pgx/v5/stdlib" // registers the "pgx" database/sql driver
	"modernc.org/sqlite"
	sqlite3 "modernc.org/sqlite/lib"

	"ourchild/internal/apperr"
)

// Dialect names the SQL engine behind a Store.
type Dialect string

// The dialects.
const (
	SQLite   Dialect = "sqlite"
	Postgres Dialect = "postgres"
)

// Store holds the database handles. It is safe for concurrent use.
type Store struct {
	dialect Dialect
	db      *sql.DB // reads
	wdb     *sql.DB // writes: for SQLite a single connection taking the write lock at BEGIN
	// Now is the clock; tests replace it.
	Now func() time.Time
}

// Open opens the store named by dsn: a postgres:// or postgresql:// URL, or else a SQLite file
// path (":memory:" is not supported: use a temporary file). It does not run migrations.
func Open(ctx context.Context, dsn string) (*Store, error) {
	s := &Store{Now: time.Now}
	if strings.HasPrefix(dsn, "postgres://") || strings.HasPrefix(dsn, "postgresql://") {
		db, err := sql.Open("pgx", dsn)
		if err != nil {
			return nil, fmt.Errorf("store: open PostgreSQL: %w", err)
		}
		db.SetMaxOpenConns(16)
		db.SetMaxIdleConns(16)
		s.dialect, s.db, s.wdb = Postgres, db, db
	} else {
		if dsn == "" || dsn == ":memory:" {
			return nil, errors.New("store: a SQLite store needs a file path")
		}
		// WAL lets readers work while one writer writes; busy_timeout waits for the write lock
		// instead of failing; foreign keys are off by default in SQLite and must be turned on
		// for every connection.
		pragmas := "_pragma=journal_mode(WAL)&_pragma=busy_timeout(10000)&_pragma=foreign_keys(1)&_pragma=synchronous(NORMAL)&_pragma=cache_size(-65536)&_pragma=mmap_size(1073741824)"
		r, err := sql.Open("sqlite", "file:"+dsn+"?"+pragmas)
		if err != nil {
			return nil, fmt.Errorf("store: open SQLite %s: %w", dsn, err)
		}
		r.SetMaxOpenConns(8)
		r.SetMaxIdleConns(8)
		w, err := sql.Open("sqlite", "file:"+dsn+"?"+pragmas+"&_txlock=immediate")
		if err != nil {
			return nil, fmt.Errorf("store: open SQLite %s: %w", dsn, err)
		}
		w.SetMaxOpenConns(1)
		s.dialect, s.db, s.wdb = SQLite, r, w
	}
	if err := s.wdb.PingContext(ctx); err != nil {
		s.Close()
		return nil, fmt.Errorf("store: connect to %s store: %w", s.dialect, err)
	}
	return s, nil
}

// Dialect reports which engine the store runs on.
func (s *Store) Dialect() Dialect { return s.dialect }

// Close closes the store.
func (s *Store) Close() error {
	err := s.db.Close()
	if s.wdb != s.db {
		err = errors.Join(err, s.wdb.Close())
	}
	return err
}

// DB returns the read handle, for tests and tools that need raw access.
func (s *Store) DB() *sql.DB { return s.db }

// tx runs fn in a write transaction, committing if fn returns nil.
func (s *Store) tx(ctx context.Context, fn func(*sql.Tx) error) error {
	tx, err := s.wdb.BeginTx(ctx, nil)
	if err != nil {
		return fmt.Errorf("begin: %w", err)
	}
	if err := fn(tx); err != nil {
		tx.Rollback()
		return err
	}
	if err := tx.Commit(); err != nil {
		return fmt.Errorf("commit: %w", err)
	}
	return nil
}

// timeLayout keeps instants sortable as text: fixed width, UTC.
const timeLayout = "2006-01-02T15:04:05.000000Z"

func ts(t time.Time) string { return t.UTC().Format(timeLayout) }

func parseTS(s string) time.Time {
	t, _ := time.Parse(timeLayout, s)
	return t
}

// nullIfEmpty stores "" as NULL, for UNIQUE columns where "not known" must not collide.
func nullIfEmpty(s string) any {
	if s == "" {
		return nil
	}
	return s
}

// nullID stores 0 as NULL, for optional foreign keys.
func nullID(id int64) any {
	if id == 0 {
		return nil
	}
	return id
}

// uniqueViolation reports whether err is a UNIQUE constraint failure, and on which column
// (best effort: "nhs_number", "upn", "username" …).
func uniqueViolation(err error) (column string, ok bool) {
	var pe *pgconn.PgError
	if errors.As(err, &pe) && pe.Code == "23505" {
		return columnFrom(pe.ConstraintName + " " + pe.Detail), true
	}
	var se *sqlite.Error
	if errors.As(err, &se) && (se.Code() == sqlite3.SQLITE_CONSTRAINT_UNIQUE || se.Code() == sqlite3.SQLITE_CONSTRAINT_PRIMARYKEY) {
		return columnFrom(se.Error()), true
	}
	return "", false
}

func columnFrom(msg string) string {
	for _, c := range []string{"nhs_number", "upn", "username", "external_id", "name"} {
		if strings.Contains(msg, c) {
			return c
		}
	}
	return ""
}

// notFound returns a NotFound error for a missing thing.
func notFound(what string, id int64) error {
	return apperr.New(apperr.NotFound, "No %s with ID %d", what, id)
}
