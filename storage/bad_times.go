package storage

import (
	"cmp"
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

// BadTime is a date and time in the project that is not one: text that
// another program wrote into a row's created_at, updated_at or other time
// column. A read that notes bad times (NoteBadTimes) reads it as the zero
// time instead of failing, so that one such cell no longer stops an export
// of the whole project.
type BadTime struct {
	Table  string // "statements", "notes", "links", ...
	ID     int64
	Key    string // the row's primary key when it is not one ID: "statement 4 / party 2"
	Column string // "created_at", "updated_at", "imported_at", "at"
	Text   string // as stored
}

// recordNames names one row of each table.
var recordNames = map[string]string{
	"statements": "statement", "notes": "note", "links": "link", "assessments": "assessment",
	"tags": "tag", "topics": "topic", "parties": "party", "speakers": "speaker",
	"dialogues": "dialogue", "series": "series", "sources": "source",
	"cases": "case", "case_names": "case name", "case_mentions": "case mention",
	"phrase_marks": "phrase mark", "commitment_checks": "commitment check",
	"lessons": "lesson", "edit_log": "edit log entry", "dismissals": "dismissed suggestion",
	"statement_parties": "party of a statement", "statement_tags": "tag of a statement",
}

// Record names the row: "statement 12", "link 4".
func (b BadTime) Record() string {
	name, ok := recordNames[b.Table]
	if !ok {
		name = b.Table + " row"
	}
	if b.Key != "" {
		return fmt.Sprintf("%s (%s)", name, b.Key)
	}
	return fmt.Sprintf("%s %d", name, b.ID)
}

// columnNames says what each time column holds.
var columnNames = map[string]string{
	"created_at": "date of creation", "updated_at": "date of the last change",
	"imported_at": "date of import", "at": "date",
}

// String says what was read and what the export did with it; the text is
// quoted (escaped) and cut at 40 bytes.
func (b BadTime) String() string {
	what, ok := columnNames[b.Column]
	if !ok {
		what = "date (" + b.Column + ")"
	}
	return fmt.Sprintf("%s: its %s reads %.40q, which is not a date and time (written outside Parley); it is left empty",
		b.Record(), what, b.Text)
}

// tableRank puts statements first and notes second in List, the other
// tables after them by name.
func tableRank(t string) int {
	switch t {
	case "statements":
		return 0
	case "notes":
		return 1
	}
	return 2
}

// BadTimes gathers the bad times the reads under one context met.
type BadTimes struct {
	mu   sync.Mutex
	list []BadTime
}

type badTimesKey struct{}

// NoteBadTimes returns a context under which the reads an export makes
// (TimedViews, StatementTimes, ReadRows, and the lists of notes, links,
// assessments, tags, topics, parties, dialogues and a source) take a
// time that is none as the zero time and add it to the list returned,
// instead of failing. Without it they fail, naming the value.
func NoteBadTimes(ctx context.Context) (context.Context, *BadTimes) {
	b := &BadTimes{}
	return context.WithValue(ctx, badTimesKey{}, b), b
}

func badTimesOf(ctx context.Context) *BadTimes {
	b, _ := ctx.Value(badTimesKey{}).(*BadTimes)
	return b
}

// List returns the bad times met, by table, row and column, each once
// (an export may read a row twice).
func (b *BadTimes) List() []BadTime {
	if b == nil {
		return nil
	}
	b.mu.Lock()
	defer b.mu.Unlock()
	out := slices.Clone(b.list)
	slices.SortFunc(out, func(x, y BadTime) int {
		if c := cmp.Compare(tableRank(x.Table), tableRank(y.Table)); c != 0 {
			return c
		}
		if x.Table != y.Table {
			return cmp.Compare(x.Table, y.Table)
		}
		if x.ID != y.ID {
			return cmp.Compare(x.ID, y.ID)
		}
		if x.Key != y.Key {
			return cmp.Compare(x.Key, y.Key)
		}
		return cmp.Compare(x.Column, y.Column)
	})
	return slices.Compact(out)
}

// maxBadTimeLines bounds what Lines says one by one: a file whose every
// date another program rewrote would otherwise bury the export's message.
const maxBadTimeLines = 10

// Lines says what List holds, one line a bad time, the first ten and then
// how many more.
func (b *BadTimes) Lines() []string {
	list := b.List()
	var out []string
	for i, t := range list {
		if i == maxBadTimeLines {
			out = append(out, fmt.Sprintf("and %d more dates that are none, left empty as well (parley rescue mends them in a copy)", len(list)-i))
			break
		}
		out = append(out, t.String())
	}
	return out
}

func (b *BadTimes) add(t BadTime) {
	b.mu.Lock()
	b.list = append(b.list, t)
	b.mu.Unlock()
}

// spot returns where timeText keeps a bad time's text when b notes
// them, nil (fail on one) when b is nil.
func (b *BadTimes) spot(t *badText) *badText {
	if b == nil {
		return nil
	}
	return t
}

// note adds the bad times found in a row's created_at and updated_at.
func (b *BadTimes) note(table string, id int64, created, updated badText) {
	if b == nil || !created.found && !updated.found {
		return
	}
	for _, x := range []struct {
		col string
		t   badText
	}{{"created_at", created}, {"updated_at", updated}} {
		if x.t.found {
			b.add(BadTime{Table: table, ID: id, Column: x.col, Text: x.t.text})
		}
	}
}

// findTimes runs tx's query into out, a pointer to a slice of a model.
// When gorm cannot read the rows because a time is none and bad is set,
// it reads the same rows again itself, every time column as text, so
// that a time that is none reads as the zero time and is noted in bad;
// the other rows and columns read as gorm reads them. Any other failure
// stands as gorm's. One function serves every table an export reads, so
// that a bad date on a link, a tag or a case stops an export no more
// than one on a statement.
func findTimes(tx *gorm.DB, bad *BadTimes, out any) error {
	tx = tx.Session(&gorm.Session{}) // run the query twice
	err := tx.Find(out).Error
	if err == nil || bad == nil {
		return err
	}
	found := &BadTimes{} // given to bad once the rows are read
	rows, lerr := scanTimesLeniently(tx, found, out)
	if lerr != nil || len(found.list) == 0 {
		return err // not a time to blame
	}
	reflect.ValueOf(out).Elem().Set(rows)
	for _, f := range found.list {
		bad.add(f)
	}
	return nil
}

// scanTimesLeniently reads tx's rows of out's model into a new slice of
// out's type, scanning each column into its field as database/sql does
// and each time column, read as text, through timeText noting in found.
func scanTimesLeniently(tx *gorm.DB, found *BadTimes, out any) (reflect.Value, error) {
	slice := reflect.ValueOf(out).Elem()
	elem := slice.Type().Elem()
	stmt := &gorm.Statement{DB: tx}
	if err := stmt.Parse(reflect.New(elem).Interface()); err != nil {
		return reflect.Value{}, err
	}
	sch := stmt.Schema
	var fields []*schema.Field
	var cols []string
	for _, f := range sch.Fields {
		if f.DBName == "" || !f.Readable {
			continue
		}
		fields = append(fields, f)
		q := tx.Statement.Quote(f.DBName)
		if f.FieldType == reflect.TypeOf(time.Time{}) {
			q = "CAST(" + q + " AS TEXT) AS " + q
		}
		cols = append(cols, q)
	}
	rows, err := tx.Model(reflect.New(elem).Interface()).Select(strings.Join(cols, ", ")).Rows()
	if err != nil {
		return reflect.Value{}, err
	}
	defer rows.Close()
	list := reflect.MakeSlice(slice.Type(), 0, 0)
	for rows.Next() {
		v := reflect.New(elem).Elem()
		dest := make([]any, len(fields))
		texts := make([]badText, len(fields))
		for i, f := range fields {
			addr := f.ReflectValueOf(tx.Statement.Context, v).Addr().Interface()
			if t, ok := addr.(*time.Time); ok {
				dest[i] = timeText{t, &texts[i]}
			} else {
				dest[i] = addr
			}
		}
		if err := rows.Scan(dest...); err != nil {
			return reflect.Value{}, err
		}
		for i, f := range fields {
			if texts[i].found {
				id, key := recordKey(tx, sch, v)
				found.add(BadTime{Table: sch.Table, ID: id, Key: key, Column: f.DBName, Text: texts[i].text})
			}
		}
		list = reflect.Append(list, v)
	}
	return list, rows.Err()
}

// recordKey names row v of sch by its primary key: id when it is one
// integer, key otherwise ("statement 4 / party 2").
func recordKey(tx *gorm.DB, sch *schema.Schema, v reflect.Value) (id int64, key string) {
	var parts []string
	for _, f := range sch.PrimaryFields {
		val, _ := f.ValueOf(tx.Statement.Context, v)
		if n, ok := val.(int64); ok && len(sch.PrimaryFields) == 1 {
			return n, ""
		}
		parts = append(parts, fmt.Sprintf("%s %v", strings.TrimSuffix(f.DBName, "_id"), val))
	}
	return 0, strings.Join(parts, " / ")
}
