package store

import (
	"context"
	"database/sql"
	"embed"
	"fmt"
	"io/fs"
	"sort"
	"strconv"
	"strings"

	"ourchild/internal/casework"
)

//go:embed migrations
var migrations embed.FS

// A Migration is one numbered schema change.
type Migration struct {
	Version int
	Name    string
	SQL     string
}

// Migrations returns the store's migrations for its dialect, in order.
func (s *Store) Migrations() ([]Migration, error) {
	dir := "migrations/" + string(s.dialect)
	entries, err := fs.ReadDir(migrations, dir)
	if err != nil {
		return nil, err
	}
	var ms []Migration
	for _, e := range entries {
		num, name, ok := strings.Cut(strings.TrimSuffix(e.Name(), ".sql"), "_")
		v, err := strconv.Atoi(num)
		if !ok || err != nil {
			return nil, fmt.Errorf("store: migration file %s is not named NNNN_name.sql", e.Name())
		}
		b, err := migrations.ReadFile(dir + "/" + e.Name())
		if err != nil {
			return nil, err
		}
		ms = append(ms, Migration{Version: v, Name: name, SQL: string(b)})
	}
	sort.Slice(ms, func(i, j int) bool { return ms[i].Version < ms[j].Version })
	return ms, nil
}

// Migrate applies the migrations not yet applied, each in its own transaction, and returns
// how many it applied. Migrations only go forward.
func (s *Store) Migrate(ctx context.Context) (int, error) {
	if _, err := s.wdb.ExecContext(ctx, `CREATE TABLE IF NOT EXISTS schema_migration (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)`); err != nil {
		return 0, fmt.Errorf("store: create schema_migration: %w", err)
	}
	ms, err := s.Migrations()
	if err != nil {
		return 0, err
	}
	applied := 0
	for _, m := range ms {
		err := s.tx(ctx, func(tx *sql.Tx) error {
			var n int
			if err := tx.QueryRowContext(ctx, `SELECT COUNT(*) FROM schema_migration WHERE version = $1`, m.Version).Scan(&n); err != nil {
				return err
			}
			if n > 0 {
				return nil
			}
			if _, err := tx.ExecContext(ctx, m.SQL); err != nil {
				return err
			}
			if after := afterMigration[m.Version]; after != nil {
				if err := after(ctx, tx); err != nil {
					return err
				}
			}
			applied++
			_, err := tx.ExecContext(ctx, `INSERT INTO schema_migration (version, name, applied_at) VALUES ($1, $2, $3)`, m.Version, m.Name, ts(s.Now()))
			return err
		})
		if err != nil {
			return applied, fmt.Errorf("store: migration %04d %s: %w", m.Version, m.Name, err)
		}
	}
	return applied, nil
}

// afterMigration holds the data changes a migration needs that SQL alone cannot make the same
// way on both engines; each runs in its migration's transaction.
var afterMigration = map[int]func(context.Context, *sql.Tx) error{
	3: backfillCodes,
}

// backfillCodes fills casework.codes (migration 0003) for the records saved before it.
func backfillCodes(ctx context.Context, tx *sql.Tx) error {
	rows, err := tx.QueryContext(ctx, `SELECT id, kind, detail FROM casework WHERE codes = ''`)
	if err != nil {
		return err
	}
	type fill struct {
		id    int64
		codes string
	}
	var fills []fill
	for rows.Next() {
		var it casework.Item
		var detail string
		if err := rows.Scan(&it.ID, &it.Kind, &detail); err != nil {
			rows.Close()
			return err
		}
		if it.Values, err = casework.ParseValues(detail); err != nil {
			rows.Close()
			return err
		}
		fills = append(fills, fill{it.ID, codesOf(&it)})
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return err
	}
	for _, f := range fills {
		if _, err := tx.ExecContext(ctx, `UPDATE casework SET codes = $1 WHERE id = $2`, f.codes, f.id); err != nil {
			return err
		}
	}
	return nil
}

// SchemaVersion returns the highest applied migration.
func (s *Store) SchemaVersion(ctx context.Context) (int, error) {
	var v sql.NullInt64
	err := s.db.QueryRowContext(ctx, `SELECT MAX(version) FROM schema_migration`).Scan(&v)
	return int(v.Int64), err
}
