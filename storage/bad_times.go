package storage

import (
	"cmp"
	"context"
	"fmt"
	"slices"
	"sync"
	"time"

	"gorm.io/gorm"
)

// BadTime is a date and time in the project that is not one: text that
// another program wrote into a statement's or a note's created_at or
// updated_at. A read that notes bad times (NoteBadTimes) reads it as the
// zero time instead of failing, so that one such cell no longer stops an
// export of the whole project.
type BadTime struct {
	Table  string // "statements" or "notes"
	ID     int64
	Column string // "created_at" or "updated_at"
	Text   string // as stored
}

// Record names the row: "statement 12", "note 3".
func (b BadTime) Record() string {
	switch b.Table {
	case "statements":
		return fmt.Sprintf("statement %d", b.ID)
	case "notes":
		return fmt.Sprintf("note %d", b.ID)
	}
	return fmt.Sprintf("%s row %d", b.Table, b.ID)
}

// String says what was read and what the export did with it; the text is
// quoted (escaped) and cut at 40 bytes.
func (b BadTime) String() string {
	what := "date of creation"
	if b.Column == "updated_at" {
		what = "date of the last change"
	}
	return fmt.Sprintf("%s: its %s reads %.40q, which is not a date and time (written outside Parley); it is left empty",
		b.Record(), what, b.Text)
}

// BadTimes gathers the bad times the reads under one context met.
type BadTimes struct {
	mu   sync.Mutex
	list []BadTime
}

type badTimesKey struct{}

// NoteBadTimes returns a context under which the reads of statements'
// and notes' times (TimedViews, StatementTimes, Notes, ReadRows) take a
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
		if x.Table != y.Table {
			return -cmp.Compare(x.Table, y.Table) // statements before notes
		}
		if x.ID != y.ID {
			return cmp.Compare(x.ID, y.ID)
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

// findNotes reads notes in order into out. When gorm cannot read them
// because a time is none and bad is set, it reads the rows whose times
// are times as usual and the others without their bad times, notes
// those, and orders the whole by order ("id" or "created_at, id").
func findNotes(tx *gorm.DB, bad *BadTimes, order string, out *[]Note) error {
	err := tx.Order(order).Find(out).Error
	if err == nil || bad == nil {
		return err
	}
	// Which rows hold a time that is none: read as text, parsed as the
	// driver would.
	rows, qerr := tx.Raw("SELECT id, CAST(created_at AS TEXT), CAST(updated_at AS TEXT) FROM notes").Rows()
	if qerr != nil {
		return err
	}
	type stamps struct{ created, updated time.Time }
	times := map[int64]stamps{}
	var badIDs []int64
	found := &BadTimes{} // given to bad once the notes are read
	for rows.Next() {
		var id int64
		var c, u any
		if serr := rows.Scan(&id, &c, &u); serr != nil {
			rows.Close()
			return fmt.Errorf("%w (and reading its times: %v)", err, serr)
		}
		var st stamps
		var cb, ub badText
		if (timeText{&st.created, &cb}).Scan(c) != nil || (timeText{&st.updated, &ub}).Scan(u) != nil {
			continue // not text: the driver's own error stands
		}
		if cb.found || ub.found {
			badIDs = append(badIDs, id)
			times[id] = st
			found.note("notes", id, cb, ub)
		}
	}
	rerr := rows.Err()
	rows.Close()
	if rerr != nil || len(badIDs) == 0 {
		return err // not a time to blame
	}
	var ok, mended []Note
	if err := tx.Where("id NOT IN ?", badIDs).Find(&ok).Error; err != nil {
		return err
	}
	cols := []string{"id", "statement_id", "link_id", "assessment_id", "body", "version", "created_by", "updated_by"}
	if err := tx.Select(cols).Where("id IN ?", badIDs).Find(&mended).Error; err != nil {
		return err
	}
	for i := range mended {
		st := times[mended[i].ID]
		mended[i].CreatedAt, mended[i].UpdatedAt = st.created, st.updated
	}
	all := append(ok, mended...)
	slices.SortStableFunc(all, func(x, y Note) int {
		if order != "id" {
			if c := x.CreatedAt.Compare(y.CreatedAt); c != 0 {
				return c
			}
		}
		return cmp.Compare(x.ID, y.ID)
	})
	for _, f := range found.list {
		bad.add(f)
	}
	*out = all
	return nil
}
