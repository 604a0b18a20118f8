package storage

import (
	"path/filepath"
	"reflect"
	"time"

	"gorm.io/gorm"
)

// installHooks registers the callbacks every connection of a store needs:
// times are stored in UTC (SQLite compares them as text, so a local time
// would sort wrongly), and a damaged file surfaces as ErrCorrupt from any
// query, not only from Open.
func installHooks(db *gorm.DB, path string, d dialect) error {
	cb := db.Callback()
	if err := cb.Create().Before("gorm:create").Register("parley:utc", utcTimes); err != nil {
		return err
	}
	if err := cb.Update().Before("gorm:update").Register("parley:utc", utcTimes); err != nil {
		return err
	}
	mark := func(db *gorm.DB) { markCorrupt(db, path, d) }
	for _, reg := range []func(string, func(*gorm.DB)) error{
		cb.Query().After("gorm:query").Register,
		cb.Row().After("gorm:row").Register,
		cb.Raw().After("gorm:raw").Register,
		cb.Create().After("gorm:create").Register,
		cb.Update().After("gorm:update").Register,
		cb.Delete().After("gorm:delete").Register,
	} {
		if err := reg("parley:corrupt", mark); err != nil {
			return err
		}
	}
	return nil
}

func markCorrupt(db *gorm.DB, path string, d dialect) {
	if db.Error != nil && !typed(db.Error) && indexDamaged(db.Error) {
		db.Error = indexDamagedErr(filepath.Base(path), db.Error)
		return
	}
	if db.Error != nil && !typed(db.Error) && d.isCorrupt(db.Error) {
		db.Error = newErr(CodeCorrupt, db.Error, "%s is damaged: %v. Open a backup, or use a copy made with Save a Copy", filepath.Base(path), db.Error)
	}
}

var timeType = reflect.TypeOf(time.Time{})

// storedTime is t as a project stores it: in UTC, to the microsecond.
// PostgreSQL keeps no finer times, and a project moved between a file and
// a server must come back the same, so a file keeps no finer ones either.
func storedTime(t time.Time) time.Time { return t.UTC().Truncate(time.Microsecond) }

// utcTimes turns every time.Time field of the model being saved into a
// stored time (storedTime).
func utcTimes(db *gorm.DB) {
	if db.Statement.Schema == nil || !db.Statement.ReflectValue.IsValid() {
		return
	}
	rv := reflect.Indirect(db.Statement.ReflectValue)
	switch rv.Kind() {
	case reflect.Slice, reflect.Array:
		for i := 0; i < rv.Len(); i++ {
			utcStruct(db, reflect.Indirect(rv.Index(i)))
		}
	case reflect.Struct:
		utcStruct(db, rv)
	}
}

func utcStruct(db *gorm.DB, rv reflect.Value) {
	if rv.Kind() != reflect.Struct {
		return
	}
	for _, f := range db.Statement.Schema.Fields {
		if f.FieldType != timeType {
			continue
		}
		v, zero := f.ValueOf(db.Statement.Context, rv)
		if t, ok := v.(time.Time); ok && !zero && (t.Location() != time.UTC || t.Nanosecond()%1000 != 0) {
			if err := f.Set(db.Statement.Context, rv, storedTime(t)); err != nil {
				db.AddError(err)
			}
		}
	}
}
