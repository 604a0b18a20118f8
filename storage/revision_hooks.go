package storage

import (
	"context"
	"fmt"
	"reflect"
	"slices"
	"strings"
	"sync"
	"time"

	"gorm.io/gorm"
	"gorm.io/gorm/schema"
)

// installRevisionHooks registers on the writer the callbacks that stamp
// each row made or changed with its author and count its versions, and
// note which rows an edit touched for the edit log (see change).
func (s *Store) installRevisionHooks(db *gorm.DB) error {
	cb := db.Callback()
	regs := []struct {
		reg func(string, func(*gorm.DB)) error
		fn  func(*gorm.DB)
	}{
		{cb.Create().Before("gorm:create").Register, s.stampCreate},
		{cb.Update().Before("gorm:update").Register, s.stampUpdate},
		{cb.Create().After("gorm:create").Register, touch("created")},
		{cb.Update().After("gorm:update").Register, touch("changed")},
		{cb.Delete().After("gorm:delete").Register, touch("deleted")},
	}
	for i, r := range regs {
		if err := r.reg(fmt.Sprintf("parley:revision%d", i), r.fn); err != nil {
			return err
		}
	}
	return nil
}

// stampCreate names the author as maker and changer of the rows being
// created, where the caller left them unnamed.
func (s *Store) stampCreate(db *gorm.DB) {
	st := db.Statement
	if st.Schema == nil || isRestoring(st.Context) || !st.ReflectValue.IsValid() {
		return
	}
	fields := []*schema.Field{st.Schema.LookUpField("CreatedBy"), st.Schema.LookUpField("UpdatedBy")}
	if fields[0] == nil && fields[1] == nil {
		return
	}
	author := s.Author()
	eachStruct(st.ReflectValue, func(rv reflect.Value) {
		for _, f := range fields {
			if f == nil {
				continue
			}
			if _, zero := f.ValueOf(st.Context, rv); zero {
				db.AddError(f.Set(st.Context, rv, author))
			}
		}
	})
}

// stampUpdate names the author as the rows' last changer and, for an
// update that does not set the version itself (a merge moving many rows,
// say), counts one version up.
func (s *Store) stampUpdate(db *gorm.DB) {
	st := db.Statement
	if st.Schema == nil || isRestoring(st.Context) {
		return
	}
	if st.Schema.LookUpField("UpdatedBy") != nil {
		st.SetColumn("UpdatedBy", s.Author())
		if len(st.Selects) > 0 && !slices.Contains(st.Selects, "*") && !slices.Contains(st.Selects, "updated_by") {
			st.Selects = append(st.Selects, "updated_by")
		}
	}
	if st.Schema.LookUpField("Version") == nil {
		return
	}
	if m, ok := st.Dest.(map[string]any); ok {
		if _, set := m["version"]; !set {
			if _, set := m["Version"]; !set {
				m["version"] = gorm.Expr("version + 1")
			}
		}
	}
}

func eachStruct(v reflect.Value, fn func(reflect.Value)) {
	rv := reflect.Indirect(v)
	switch rv.Kind() {
	case reflect.Slice, reflect.Array:
		for i := 0; i < rv.Len(); i++ {
			if e := reflect.Indirect(rv.Index(i)); e.Kind() == reflect.Struct {
				fn(e)
			}
		}
	case reflect.Struct:
		fn(rv)
	}
}

// editKey carries the record of the edit a write transaction makes.
type editKey struct{}

// editRecord is what one edit touched: tables and, where known, rows.
type editRecord struct {
	mu       sync.Mutex
	touched  []touched
	versions map[string]int64 // saved by the edit, by rowKey
}

// saved notes that the edit saved row key at version v.
func (r *editRecord) saved(key string, v int64) {
	r.mu.Lock()
	defer r.mu.Unlock()
	if r.versions == nil {
		r.versions = map[string]int64{}
	}
	r.versions[key] = v
}

type touched struct {
	table, action string
	id            int64
	rows          int64
}

func editOf(ctx context.Context) *editRecord {
	r, _ := ctx.Value(editKey{}).(*editRecord)
	return r
}

// touch records, after a create, update or delete, which table and row
// the edit under way touched.
func touch(action string) func(*gorm.DB) {
	return func(db *gorm.DB) {
		st := db.Statement
		rec := editOf(st.Context)
		if rec == nil || db.Error != nil || db.RowsAffected == 0 || st.Table == "" || st.Table == "edit_log" {
			return
		}
		var id int64
		if st.Schema != nil && st.Schema.PrioritizedPrimaryField != nil && st.ReflectValue.IsValid() {
			rv := reflect.Indirect(st.ReflectValue)
			if rv.Kind() == reflect.Struct {
				if v, zero := st.Schema.PrioritizedPrimaryField.ValueOf(st.Context, rv); !zero {
					id, _ = v.(int64)
				}
			}
		}
		rec.mu.Lock()
		rec.touched = append(rec.touched, touched{table: st.Table, action: action, id: id, rows: db.RowsAffected})
		rec.mu.Unlock()
	}
}

// entry is the edit log's row for the edit: what the user did (the
// change's name), by whom, the first row it touched, and in words how
// many rows of which tables it created, changed or deleted.
func (r *editRecord) entry(what, author string) *EditLog {
	r.mu.Lock()
	defer r.mu.Unlock()
	e := &EditLog{At: time.Now().UTC(), Author: author, Action: what}
	type key struct{ table, action string }
	counts := map[key]int64{}
	var order []key
	for _, t := range r.touched {
		if e.RowTable == "" || e.RowID == 0 && t.id != 0 && t.table == e.RowTable {
			e.RowTable, e.RowID = t.table, t.id
		}
		k := key{t.table, t.action}
		if _, ok := counts[k]; !ok {
			order = append(order, k)
		}
		counts[k] += t.rows
	}
	parts := make([]string, 0, len(order))
	for _, k := range order {
		parts = append(parts, fmt.Sprintf("%s %d %s", k.table, counts[k], k.action))
	}
	e.Detail = strings.Join(parts, ", ")
	return e
}
