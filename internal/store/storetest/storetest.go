// Package storetest opens real stores for tests: a temporary SQLite file always, and a fresh
// schema on the PostgreSQL server named by OURCHILD_TEST_POSTGRES (default: the local server
// on 127.0.0.1:5432, database test). Under CI (CI=true) an unreachable PostgreSQL fails the
// test; on a developer's machine it skips with a message saying how to run it.
package storetest

import (
	"context"
	"crypto/rand"
	"database/sql"
	"encoding/hex"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"ourchild/internal/store"
)

// DefaultPostgres is the test server the project's machines run.
const DefaultPostgres = "postgres://postgres@127.0.0.1:5432/test?sslmode=disable"

// PostgresURL returns the PostgreSQL server used by tests.
func PostgresURL() string {
	if u := os.Getenv("OURCHILD_TEST_POSTGRES"); u != "" {
		return u
	}
	return DefaultPostgres
}

// Strict reports whether a missing service must fail the tests rather than skip them: under
// CI (CI=true) and in scripts/test (OURCHILD_STRICT=1).
func Strict() bool { return os.Getenv("CI") != "" || os.Getenv("OURCHILD_STRICT") != "" }

// Dialects are the stores every conformance test runs against.
var Dialects = []store.Dialect{store.SQLite, store.Postgres}

// Each runs fn as a subtest against a fresh, migrated store of each dialect.
func Each(t *testing.T, fn func(t *testing.T, s *store.Store)) {
	t.Helper()
	for _, d := range Dialects {
		t.Run(string(d), func(t *testing.T) { fn(t, Open(t, d)) })
	}
}

// Open returns a fresh, migrated store of dialect d, removed when the test ends.
func Open(t testing.TB, d store.Dialect) *store.Store {
	t.Helper()
	ctx := context.Background()
	var dsn string
	switch d {
	case store.SQLite:
		dsn = filepath.Join(t.TempDir(), "ourchild.db")
	case store.Postgres:
		dsn = freshSchema(t)
	}
	s, err := store.Open(ctx, dsn)
	if err != nil {
		t.Fatalf("open %s store: %v", d, err)
	}
	t.Cleanup(func() { s.Close() })
	if _, err := s.Migrate(ctx); err != nil {
		t.Fatalf("migrate %s store: %v", d, err)
	}
	return s
}

// freshSchema creates an empty schema on the test server and returns a URL that uses it.
func freshSchema(t testing.TB) string {
	t.Helper()
	base := PostgresURL()
	db, err := sql.Open("pgx", base)
	if err == nil {
		ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
		defer cancel()
		err = db.PingContext(ctx)
	}
	if err != nil {
		if db != nil {
			db.Close()
		}
		msg := "PostgreSQL test server unreachable at " + base + ": " + err.Error()
		if Strict() {
			t.Fatal(msg + " (under CI the PostgreSQL run is mandatory; scripts/test starts the server)")
		}
		t.Skip(msg + " (start it, or set OURCHILD_TEST_POSTGRES; CI fails here instead of skipping)")
	}
	b := make([]byte, 6)
	rand.Read(b)
	schema := "t_" + hex.EncodeToString(b)
	if _, err := db.Exec(`CREATE SCHEMA ` + schema); err != nil {
		db.Close()
		t.Fatalf("create test schema: %v", err)
	}
	t.Cleanup(func() {
		db.Exec(`DROP SCHEMA ` + schema + ` CASCADE`)
		db.Close()
	})
	sep := "?"
	if strings.Contains(base, "?") {
		sep = "&"
	}
	return base + sep + "search_path=" + schema
}
