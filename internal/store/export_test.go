package store

import (
	"context"
	"database/sql"
)

// BackfillCodes runs the data change of migration 0003 again, for tests.
func (s *Store) BackfillCodes(ctx context.Context) error {
	return s.tx(ctx, func(tx *sql.Tx) error { return backfillCodes(ctx, tx) })
}
