package storage

import (
	"context"
	"database/sql"

	"gorm.io/gorm"
)

// WriterDB and ReadDB give the benchmarks (package storage_test, which
// imports storagetest's generator) the raw connections their baselines
// need: a plain prepared INSERT, a plain SELECT.
func WriterDB(s *Store) (*sql.DB, error) { return s.w.DB() }

// ReadDB is the reader bound to ctx.
func ReadDB(ctx context.Context, s *Store) *gorm.DB { return s.read(ctx) }
