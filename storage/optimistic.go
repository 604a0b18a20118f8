package storage

import (
	"context"
	"fmt"
	"reflect"
	"time"

	"gorm.io/gorm"
)

// Optimistic locking: every editable row carries a version (Revision).
// A save says which version it was based on, the version its editor
// read; the UPDATE finds the row only while it is still at that version
// and counts it one up. Zero rows means someone else saved it in between:
// the save is refused with an EditConflict holding the row as it is now,
// and nothing is written. On a file a second window is kept out by the
// lock, but two stores (a script and the window, or tests) and a server's
// many analysts meet here.

type undoingKey struct{}

// Undoing marks ctx as undoing or redoing an edit of this store's: then a
// save is checked against the version this store itself last saved of the
// row, so that an undo puts back only what nobody else has changed since
// (a row another analyst saved meanwhile gives an EditConflict, never a
// silent overwrite of their work).
func Undoing(ctx context.Context) context.Context { return context.WithValue(ctx, undoingKey{}, true) }

func isUndoing(ctx context.Context) bool {
	u, _ := ctx.Value(undoingKey{}).(bool)
	return u
}

// rowKey names a row for the store's record of what it saved.
func rowKey(row any, id int64) string { return fmt.Sprintf("%T/%d", row, id) }

// savedVersion is the version this store last saved of the row key, and
// whether it saved it at all (since it was opened).
func (s *Store) savedVersion(key string) (int64, bool) {
	s.who.mu.Lock()
	defer s.who.mu.Unlock()
	v, ok := s.who.saved[key]
	return v, ok
}

// noteSaved remembers, once the edit's transaction has committed, the
// versions it saved.
func (s *Store) noteSaved(saved map[string]int64) {
	if len(saved) == 0 {
		return
	}
	s.who.mu.Lock()
	defer s.who.mu.Unlock()
	if s.who.saved == nil {
		s.who.saved = map[string]int64{}
	}
	for k, v := range saved {
		s.who.saved[k] = v
	}
}

// expectedVersion is the version a save of row key must find: the one
// the editor read (read), or during an undo the one this store last saved;
// 0 means whatever is stored. When this store has itself saved the row at
// a later version than read (the window showed the row just before its
// own edit came back), the save must find that one: what lies between is
// the analyst's own work, and anyone else's since is still refused.
func (s *Store) expectedVersion(ctx context.Context, key string, read int64) int64 {
	saved, ok := s.savedVersion(key)
	switch {
	case isUndoing(ctx) && ok:
		return saved
	case isUndoing(ctx) || read == 0:
		return 0
	case ok && saved > read:
		return saved
	}
	return read
}

// saveChecked runs q, an update of v (row id), optimistically (see the top
// of this file) and reads v back.
func saveChecked[T any](s *Store, tx, q *gorm.DB, what string, id int64, v *T) error {
	rev := RevisionOf(v)
	if rev == nil {
		return finishUpdate[T](tx, q.Updates(v), what, id, v, 0)
	}
	ctx := tx.Statement.Context
	key := rowKey(v, id)
	read := rev.Version
	want := s.expectedVersion(ctx, key, read)
	if want == 0 {
		if err := tx.Model(new(T)).Where("id = ?", id).Select("version").Scan(&want).Error; err != nil {
			return err
		}
	}
	rev.Version = want + 1
	err := finishUpdate[T](tx, q.Where("version = ?", want).Updates(v), what, id, v, want)
	if err != nil {
		rev.Version = read
		return err
	}
	if rec := editOf(ctx); rec != nil {
		rec.saved(key, RevisionOf(v).Version)
	}
	return nil
}

// finishUpdate turns an update that changed no row into ErrNotFound or an
// EditConflict, and reads the saved row back into v.
func finishUpdate[T any](tx, res *gorm.DB, what string, id int64, v *T, want int64) error {
	if res.Error != nil {
		return res.Error
	}
	if res.RowsAffected == 0 {
		var cur T
		found := tx.Limit(1).Find(&cur, id)
		if found.Error != nil {
			return found.Error
		}
		if found.RowsAffected == 0 {
			return newErr(CodeNotFound, nil, "%s %d does not exist", noun(what), id)
		}
		return conflictWith(fmt.Sprintf("%s %d", what, id), id, want, &cur)
	}
	return tx.First(v, id).Error
}

// updateCols saves the columns cols of v, row id of T's table, as update
// saves every column.
func updateCols[T any](s *Store, tx *gorm.DB, what string, id int64, v *T, cols ...string) error {
	model := new(T)
	if f := reflect.ValueOf(model).Elem().FieldByName("ID"); f.IsValid() {
		f.SetInt(id)
	}
	if RevisionOf(v) != nil {
		cols = append(cols, "version")
	}
	return saveChecked(s, tx, tx.Model(model).Select(cols), what, id, v)
}

// conflictWith is the EditConflict of a save based on version read of
// row id, which cur now holds (nil: none).
func conflictWith(what string, id, read int64, cur any) *EditConflict {
	c := &EditConflict{What: what, ID: id, Mine: read}
	if cur == nil {
		return c
	}
	c.Current = reflect.Indirect(reflect.ValueOf(cur)).Interface()
	if r := RevisionOf(cur); r != nil {
		c.Theirs, c.By = r.Version, r.UpdatedBy
	}
	if f := reflect.Indirect(reflect.ValueOf(cur)).FieldByName("UpdatedAt"); f.IsValid() {
		c.At = f.Interface().(time.Time)
	}
	return c
}
