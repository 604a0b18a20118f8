package storage

import (
	"context"
	"fmt"
	"strings"
	"testing"

	"gorm.io/gorm"
)

// TestBadTimesRead: a statement's and a note's date that is no date
// (written by another program) fail the reads of an export as before
// unless they run under NoteBadTimes, where they read as the zero time,
// every other row and column as stored, and are listed once each.
func TestBadTimesRead(t *testing.T) {
	fileOnly(t, "a date that is none, which PostgreSQL's timestamptz cannot hold")
	ctx := context.Background()
	f := mustFixture(t)
	n1 := Note{StatementID: &f.eu1.ID, Body: "first"}
	n2 := Note{StatementID: &f.cn1.ID, Body: "second"}
	noErr(t, f.s.CreateNote(ctx, &n1))
	noErr(t, f.s.CreateNote(ctx, &n2))
	noErr(t, f.s.write(ctx, "spoil dates", func(tx *gorm.DB) error {
		if err := tx.Exec("UPDATE statements SET updated_at = '31/12/2024' WHERE id = ?", f.eu1.ID).Error; err != nil {
			return err
		}
		return tx.Exec("UPDATE notes SET created_at = 'soon', updated_at = 'soon' WHERE id = ?", n2.ID).Error
	}))
	if _, err := f.s.ReadRows(ctx); err == nil || !strings.Contains(err.Error(), `reads "31/12/2024", which is not one`) {
		t.Errorf("ReadRows without NoteBadTimes: %v", err)
	}
	if _, err := f.s.Notes(ctx); err == nil {
		t.Error("Notes without NoteBadTimes read a date that is none")
	}
	bctx, bad := NoteBadTimes(ctx)
	rows, err := f.s.ReadRows(bctx)
	noErr(t, err)
	_, times, err := f.s.TimedViews(bctx, StatementFilter{})
	noErr(t, err)
	notes, err := f.s.Notes(bctx)
	noErr(t, err)
	for _, st := range rows.Statements {
		if (st.ID == f.eu1.ID) != st.UpdatedAt.IsZero() || st.CreatedAt.IsZero() {
			t.Errorf("ReadRows: statement %d: %v, %v", st.ID, st.CreatedAt, st.UpdatedAt)
		}
		if tm := times[st.ID]; !tm.UpdatedAt.Equal(st.UpdatedAt) || !tm.CreatedAt.Equal(st.CreatedAt) {
			t.Errorf("TimedViews: statement %d: %+v", st.ID, tm)
		}
	}
	// The note whose dates are none comes first (zero time), with its
	// body and statement.
	if len(notes) != 2 || notes[0].ID != n2.ID || notes[0].Body != "second" || *notes[0].StatementID != f.cn1.ID ||
		!notes[0].CreatedAt.IsZero() || notes[1].ID != n1.ID || notes[1].CreatedAt.IsZero() {
		t.Errorf("Notes: %+v", notes)
	}
	if len(rows.Notes) != 2 || rows.Notes[0].ID != n1.ID || rows.Notes[1].Body != "second" || !rows.Notes[1].UpdatedAt.IsZero() {
		t.Errorf("ReadRows notes: %+v", rows.Notes)
	}
	got := fmt.Sprint(bad.List())
	want := fmt.Sprint([]BadTime{{"statements", f.eu1.ID, "", "updated_at", "31/12/2024"},
		{"notes", n2.ID, "", "created_at", "soon"}, {"notes", n2.ID, "", "updated_at", "soon"}})
	if got != want {
		t.Errorf("bad times:\n%s\nwant\n%s", got, want)
	}
}

// TestBadTimesLines: past ten bad times one line says how many more.
func TestBadTimesLines(t *testing.T) {
	var b BadTimes
	for i := range 12 {
		b.add(BadTime{Table: "notes", ID: int64(i + 1), Column: "created_at", Text: "x\x1b"})
	}
	lines := b.Lines()
	if len(lines) != 11 || lines[0] != `note 1: its date of creation reads "x\x1b", which is not a date and time (written outside Parley); it is left empty` ||
		!strings.HasPrefix(lines[10], "and 2 more dates") {
		t.Errorf("%q", lines)
	}
}

// TestBadTimesReadEveryTable: a date that is none on a link, a tag, a
// topic or a row of the register (keyed by two IDs) fails the reads of an
// export unless they run under NoteBadTimes, where it reads as the zero
// time, the rest of its row as stored, and is named by its record.
func TestBadTimesReadEveryTable(t *testing.T) {
	fileOnly(t, "a date that is none, which PostgreSQL's timestamptz cannot hold")
	ctx := context.Background()
	f := mustFixture(t)
	l := Link{FromID: f.eu1.ID, ToID: f.cn1.ID, Type: LinkRespondsTo}
	noErr(t, f.s.CreateLink(ctx, &l))
	tag := Tag{Name: "urgent"}
	noErr(t, f.s.CreateTag(ctx, &tag))
	c := Case{Name: "Ilham Tohti"}
	noErr(t, f.s.write(ctx, "spoil dates", func(tx *gorm.DB) error {
		if err := tx.Create(&c).Error; err != nil {
			return err
		}
		if err := tx.Create(&CaseMention{CaseID: c.ID, StatementID: f.eu1.ID}).Error; err != nil {
			return err
		}
		for _, q := range []string{
			"UPDATE links SET created_at = 'n/a' WHERE id = ?",
			"UPDATE tags SET updated_at = 'later' WHERE id = ?",
			"UPDATE topics SET created_at = 'then' WHERE id = ?",
			"UPDATE case_mentions SET created_at = 'once' WHERE case_id = ?",
		} {
			id := map[string]int64{"links": l.ID, "tags": tag.ID, "topics": f.xinjiang.ID, "case_mentions": c.ID}[strings.Fields(q)[1]]
			if err := tx.Exec(q, id).Error; err != nil {
				return err
			}
		}
		return nil
	}))
	if _, err := f.s.ReadRows(ctx); err == nil {
		t.Error("ReadRows without NoteBadTimes read dates that are none")
	}
	if _, err := f.s.Links(ctx, 0); err == nil {
		t.Error("Links without NoteBadTimes read a date that is none")
	}
	bctx, bad := NoteBadTimes(ctx)
	rows, err := f.s.ReadRows(bctx)
	noErr(t, err)
	links, err := f.s.Links(bctx, 0)
	noErr(t, err)
	tags, err := f.s.Tags(bctx)
	noErr(t, err)
	paths, err := f.s.TopicPaths(bctx)
	noErr(t, err)
	if len(links) != 1 || links[0].Type != LinkRespondsTo || links[0].ToID != f.cn1.ID || !links[0].CreatedAt.IsZero() || links[0].UpdatedAt.IsZero() {
		t.Errorf("Links: %+v", links)
	}
	if len(tags) != 1 || tags[0].Name != "urgent" || !tags[0].UpdatedAt.IsZero() || tags[0].CreatedAt.IsZero() {
		t.Errorf("Tags: %+v", tags)
	}
	if paths[f.xinjiang.ID] == "" || len(rows.Topics) != 2 {
		t.Errorf("topics: %v, %+v", paths, rows.Topics)
	}
	if m := rows.CaseMentions; len(m) != 1 || m[0].StatementID != f.eu1.ID || !m[0].CreatedAt.IsZero() {
		t.Errorf("case mentions: %+v", m)
	}
	var got []string
	for _, b := range bad.List() {
		got = append(got, b.String()[:strings.Index(b.String(), " reads")])
	}
	want := []string{
		fmt.Sprintf("case mention (case %d / statement %d): its date of creation", c.ID, f.eu1.ID),
		fmt.Sprintf("link %d: its date of creation", l.ID),
		fmt.Sprintf("tag %d: its date of the last change", tag.ID),
		fmt.Sprintf("topic %d: its date of creation", f.xinjiang.ID),
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("bad times:\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

// TestBadTimesReadNumbers: a number another program wrote into a time
// column is a date that is none like text that is no date: under
// NoteBadTimes ReadRows (every whole-project export) reads it as the
// zero time and names it, where it failed ("time column holds int64").
func TestBadTimesReadNumbers(t *testing.T) {
	fileOnly(t, "a number in a time column, which PostgreSQL's timestamptz cannot hold")
	ctx := context.Background()
	f := mustFixture(t)
	n := Note{StatementID: &f.eu1.ID, Body: "first"}
	noErr(t, f.s.CreateNote(ctx, &n))
	noErr(t, f.s.write(ctx, "spoil dates", func(tx *gorm.DB) error {
		if err := tx.Exec("UPDATE statements SET updated_at = 5 WHERE id = ?", f.eu1.ID).Error; err != nil {
			return err
		}
		return tx.Exec("UPDATE notes SET created_at = 2.5 WHERE id = ?", n.ID).Error
	}))
	if _, err := f.s.ReadRows(ctx); err == nil || !strings.Contains(err.Error(), `reads "5", which is not one`) {
		t.Errorf("ReadRows without NoteBadTimes: %v", err)
	}
	bctx, bad := NoteBadTimes(ctx)
	rows, err := f.s.ReadRows(bctx)
	noErr(t, err)
	for _, st := range rows.Statements {
		if (st.ID == f.eu1.ID) != st.UpdatedAt.IsZero() || st.CreatedAt.IsZero() {
			t.Errorf("statement %d: %v, %v", st.ID, st.CreatedAt, st.UpdatedAt)
		}
	}
	got := fmt.Sprint(bad.List())
	want := fmt.Sprint([]BadTime{{"statements", f.eu1.ID, "", "updated_at", "5"}, {"notes", n.ID, "", "created_at", "2.5"}})
	if got != want {
		t.Errorf("bad times:\n%s\nwant\n%s", got, want)
	}
}
