package storage

import (
	"context"
	"fmt"

	"gorm.io/gorm"
)

// Every change is one transaction, and every read that runs several
// queries runs in one read transaction so that it sees one state of the
// file. A method that composes others (a user's edit that reads its undo
// snapshot and then changes the rows, say) runs them inside its own
// transaction: the transaction travels in the context, so that write and
// read, called again inside it, join it rather than begin another.

type txKey struct{}

// txState is the transaction a context carries.
type txState struct {
	db    *gorm.DB
	write bool
}

func withTx(ctx context.Context, db *gorm.DB, write bool) context.Context {
	return context.WithValue(ctx, txKey{}, &txState{db: db, write: write})
}

func txOf(ctx context.Context) *txState {
	t, _ := ctx.Value(txKey{}).(*txState)
	return t
}

// write runs fn in one immediate transaction on the writer connection; it
// joins the write transaction ctx already carries, if any.
func (s *Store) write(ctx context.Context, what string, fn func(tx *gorm.DB) error) error {
	return s.change(ctx, what, func(ctx context.Context) error { return fn(txOf(ctx).db) })
}

// change runs fn with a context that carries one write transaction, so that
// the store's methods called from fn all run in it. Inside a write
// transaction it runs fn in that one; inside a read transaction it refuses
// (a read transaction cannot become a write one on SQLite's reader).
func (s *Store) change(ctx context.Context, what string, fn func(ctx context.Context) error) error {
	if s.readOnly || s.w == nil {
		return newErr(CodeReadOnly, nil, "%s is open read-only; changes cannot be saved", s.Name())
	}
	if t := txOf(ctx); t != nil {
		if !t.write {
			return fmt.Errorf("%s: a change cannot run inside a read transaction", what)
		}
		// The outermost change names the failure, once.
		return fn(ctx)
	}
	s.writes.Add(1)
	// The rows the edit touches are noted by the revision hooks
	// (revision_hooks.go), and the edit goes into edit_log in its own
	// transaction: the log never holds an edit that did not happen.
	rec := &editRecord{}
	ctx = context.WithValue(ctx, editKey{}, rec)
	err := s.w.WithContext(ctx).Transaction(func(tx *gorm.DB) error {
		if err := fn(withTx(ctx, tx, true)); err != nil {
			return err
		}
		if isRestoring(ctx) {
			return nil
		}
		e := rec.entry(what, s.Author())
		if err := tx.Create(e).Error; err != nil {
			return fmt.Errorf("log the edit: %w", err)
		}
		return s.notifyChange(tx, e)
	})
	if err == nil {
		s.noteSaved(rec.versions)
	}
	return s.writeError(what, err)
}

// writeError turns a driver error of a failed change into a typed one.
func (s *Store) writeError(what string, err error) error {
	if err == nil || typed(err) {
		return err
	}
	name := s.Name()
	switch {
	case s.d.isConstraint(err):
		return newErr(CodeConflict, err, "%s: %s", noun(what), s.d.describeConstraint(err))
	case indexDamaged(err):
		return indexDamagedErr(name, err)
	case s.d.isReadOnly(err):
		return newErr(CodeReadOnly, err, "%s can no longer be written; the change was not saved", name)
	case s.d.isCorrupt(err):
		return newErr(CodeCorrupt, err, "%s is damaged (%v); the change was not saved", name, err)
	case s.d.isBusy(err):
		return newErr(CodeLocked, err, "%s is busy in another program; the change was not saved", name)
	}
	return fmt.Errorf("%s: %w", what, err)
}

// read returns the reader bound to ctx, or the transaction ctx carries.
func (s *Store) read(ctx context.Context) *gorm.DB {
	if t := txOf(ctx); t != nil {
		return t.db.WithContext(ctx)
	}
	return s.r.WithContext(ctx)
}

// view runs fn with a context that carries one read transaction, so that
// every query fn makes through read sees the same state of the file.
// Inside another transaction (read or write) it runs fn in that one.
func (s *Store) view(ctx context.Context, fn func(ctx context.Context) error) error {
	if txOf(ctx) != nil {
		return fn(ctx)
	}
	return s.r.WithContext(ctx).Transaction(func(tx *gorm.DB) error {
		return fn(withTx(ctx, tx, false))
	}, s.d.readTx())
}

// viewed runs fn, a read of several queries, in one read transaction (see
// view) and returns what it read.
func viewed[T any](ctx context.Context, s *Store, fn func(ctx context.Context) (T, error)) (T, error) {
	var out T
	err := s.view(ctx, func(ctx context.Context) error {
		var err error
		out, err = fn(ctx)
		return err
	})
	return out, err
}

// Read runs fn with a context that carries one read transaction: every
// read of the store that fn makes with that context sees the same state of
// the project, however many queries it takes (a screen's lists, counts and
// columns, say). A change made with that context is refused.
func (s *Store) Read(ctx context.Context, fn func(ctx context.Context) error) error {
	return s.view(ctx, fn)
}

// WriteTransactions reports how many write transactions the store has
// begun since it was opened. It exists for tests: the window's tests check
// with it that one user action is one transaction.
func (s *Store) WriteTransactions() int64 { return s.writes.Load() }
