package storage

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"sync"
	"testing"

	"parley/storage/pgtest"
)

// secondStore opens another writing Store on the project s has open, as a
// second analyst's would be on a server: the file's lock keeps a second
// Parley out, so the test opens one past it, through the same code.
func secondStore(t testing.TB, s *Store) *Store {
	t.Helper()
	o, err := OpenWith(s.path, Options{Unlocked: true})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { o.Close() })
	if pgtest.Postgres() {
		// Both connect as the test cluster's one role: let the names the
		// tests set tell the two analysts apart (TestServerRole checks
		// the role itself).
		s.SetServerAuthor("")
		o.SetServerAuthor("")
	}
	return o
}

// TestServerRole: on a server every edit is named by the database role,
// whatever name the analyst set.
func TestServerRole(t *testing.T) {
	if !pgtest.Postgres() {
		t.Skip("a server's own: the database role")
	}
	ctx := context.Background()
	s := mustOpen(t)
	role := s.ServerRole()
	if role == "" {
		t.Fatal("no database role read at connection")
	}
	s.SetAuthor("Somebody Else")
	p := Party{Name: "China"}
	noErr(t, s.CreateParty(ctx, &p))
	if p.CreatedBy != role || p.UpdatedBy != role {
		t.Errorf("made by %q/%q, want the role %q", p.CreatedBy, p.UpdatedBy, role)
	}
}

func asConflict(t *testing.T, err error) *EditConflict {
	t.Helper()
	var c *EditConflict
	if !errors.As(err, &c) || !errors.Is(err, ErrEditConflict) || CodeOf(err) != CodeEditConflict {
		t.Fatalf("want an edit conflict, got %v", err)
	}
	return c
}

func TestAuthorship(t *testing.T) {
	ctx := context.Background()
	f := mustFixture(t)
	ana, ben := f.s, secondStore(t, f.s)
	ana.SetAuthor("  Ana   Lind ")
	ben.SetAuthor("Ben")
	if ana.Author() != "Ana Lind" {
		t.Fatalf("author %q", ana.Author())
	}
	in := StatementInput{Statement: Statement{DialogueID: f.d.ID, Text: "New."}, PartyIDs: []int64{f.eu.ID}}
	noErr(t, ana.CreateStatement(ctx, &in))
	_, after, err := ben.EditStatement(ctx, in.ID, in.Version, func(st *Statement) { st.Kind = KindDemand })
	noErr(t, err)
	if after.CreatedBy != "Ana Lind" || after.UpdatedBy != "Ben" || after.Version != 2 {
		t.Errorf("made by %q, changed by %q, version %d", after.CreatedBy, after.UpdatedBy, after.Version)
	}
	n := Note{StatementID: &in.ID, Body: "Check the wording."}
	noErr(t, ben.CreateNote(ctx, &n))
	if n.CreatedBy != "Ben" || n.UpdatedBy != "Ben" {
		t.Errorf("note by %q/%q", n.CreatedBy, n.UpdatedBy)
	}
	// A merge moving many rows counts their versions up and names who did it.
	noErr(t, errOf(ana.MergeTopics(ctx, f.xinjiang.ID, f.rights.ID)))
	cn, _ := ana.Statement(ctx, f.cn1.ID)
	if cn.UpdatedBy != "Ana Lind" || cn.Version < 2 {
		t.Errorf("merged statement changed by %q at version %d", cn.UpdatedBy, cn.Version)
	}

	t.Run("EditLog", func(t *testing.T) {
		var log []EditLog
		noErr(t, ana.read(ctx).Order("id").Find(&log).Error)
		var got []string
		for _, e := range log {
			got = append(got, e.Author+": "+e.Action+" @"+e.RowTable)
		}
		want := []string{"Ana Lind: create statement @statements", "Ben: edit statement @statements",
			"Ben: create note @notes", "Ana Lind: merge topics @statements"}
		if len(got) < 4 || fmt.Sprint(got[len(got)-4:]) != fmt.Sprint(want) {
			t.Errorf("log ends\n%q\nwant\n%q", got, want)
		}
		if e := log[len(log)-3]; e.RowID != in.ID || e.Detail != "statements 1 changed" {
			t.Errorf("the edit's entry names row %d (%q)", e.RowID, e.Detail)
		}
	})
	t.Run("ServerRole", func(t *testing.T) {
		ben.SetServerAuthor("ben_role")
		ben.SetAuthor("Somebody Else")
		if ben.Author() != "ben_role" {
			t.Errorf("author %q on a server, want the role", ben.Author())
		}
	})
	t.Run("OSUser", func(t *testing.T) {
		ana.SetAuthor("")
		if ana.Author() != OSUser() || OSUser() == "" {
			t.Errorf("author %q, OS user %q", ana.Author(), OSUser())
		}
	})
	t.Run("BulkImport", func(t *testing.T) {
		ana.SetAuthor("Ana")
		more := []StatementInput{{Statement: Statement{DialogueID: f.d.ID, Text: "Bulk."}}}
		noErr(t, ana.InsertStatements(ctx, more, nil))
		st, _ := ana.Statement(ctx, more[0].ID)
		if st.CreatedBy != "Ana" || st.UpdatedBy != "Ana" {
			t.Errorf("imported statement by %q/%q", st.CreatedBy, st.UpdatedBy)
		}
	})
}

// TestEditConflict: a save based on an older version than the stored one
// is refused with both versions, writes nothing, and can be made again on
// the version now stored ("keep mine").
func TestEditConflict(t *testing.T) {
	ctx := context.Background()
	f := mustFixture(t)
	ana, ben := f.s, secondStore(t, f.s)
	ana.SetAuthor("Ana")
	ben.SetAuthor("Ben")
	t.Run("Statement", func(t *testing.T) {
		mine, _ := ana.Statement(ctx, f.cn1.ID)
		_, theirs, err := ben.EditStatement(ctx, f.cn1.ID, mine.Version, func(st *Statement) { st.Text = "Ben's wording." })
		noErr(t, err)
		mine.Text = "Ana's wording."
		c := asConflict(t, ana.UpdateStatement(ctx, &mine))
		cur, ok := c.Current.(Statement)
		if !ok || cur.Text != "Ben's wording." || c.Mine != theirs.Version-1 || c.Theirs != theirs.Version || c.By != "Ben" || c.At.IsZero() {
			t.Fatalf("%+v", c)
		}
		if st, _ := ana.Statement(ctx, f.cn1.ID); st.Text != "Ben's wording." {
			t.Fatalf("the refused save wrote %q", st.Text)
		}
		if mine.Version != c.Mine {
			t.Errorf("the refused save left version %d on the caller's row", mine.Version)
		}
		_, _, err = ana.EditStatement(ctx, f.cn1.ID, mine.Version, func(st *Statement) { st.Kind = KindDemand })
		asConflict(t, err)
		// Keep mine: the same text saved over the version now stored.
		mine.Version = c.Theirs
		noErr(t, ana.UpdateStatement(ctx, &mine))
		if mine.Text != "Ana's wording." || mine.Version != c.Theirs+1 || mine.UpdatedBy != "Ana" {
			t.Fatalf("kept mine: %+v", mine)
		}
	})
	t.Run("Note", func(t *testing.T) {
		n := Note{StatementID: &f.eu1.ID, Body: "First."}
		noErr(t, ana.CreateNote(ctx, &n))
		noErr(t, errOf(ben.UpdateNote(ctx, &Note{ID: n.ID, Body: "Ben's.", Revision: Revision{Version: n.Version}})))
		c := asConflict(t, errOf(ana.UpdateNote(ctx, &Note{ID: n.ID, Body: "Ana's.", Revision: Revision{Version: n.Version}})))
		if cur := c.Current.(Note); cur.Body != "Ben's." || c.Theirs != 2 {
			t.Fatalf("%+v", c)
		}
	})
	t.Run("Topic", func(t *testing.T) {
		mine, _ := ana.Topic(ctx, f.rights.ID)
		theirs := mine
		theirs.Description = "Ben's."
		noErr(t, ben.UpdateTopic(ctx, &theirs))
		mine.Description = "Ana's."
		asConflict(t, ana.UpdateTopic(ctx, &mine))
	})
	t.Run("Party", func(t *testing.T) {
		mine, _ := ana.Party(ctx, f.eu.ID)
		theirs := mine
		theirs.Color = "#112233"
		noErr(t, ben.UpdateParty(ctx, &theirs))
		mine.ShortName = "E.U."
		asConflict(t, ana.UpdateParty(ctx, &mine))
	})
	t.Run("Assessment", func(t *testing.T) {
		a := Assessment{DialogueID: f.d.ID, TopicID: f.rights.ID, Verdict: VerdictDivergent}
		noErr(t, errOf2(ben.Assess(ctx, &a)))
		// Ana saw no assessment; Ben's came first.
		mine := Assessment{DialogueID: f.d.ID, TopicID: f.rights.ID, Verdict: VerdictConvergent}
		c := asConflict(t, errOf2(ana.Assess(ctx, &mine)))
		if c.Mine != 0 || c.Theirs != 1 || c.Current.(Assessment).Verdict != VerdictDivergent {
			t.Fatalf("%+v", c)
		}
		mine.Version = c.Theirs
		noErr(t, errOf2(ana.Assess(ctx, &mine)))
		if got, _, _ := ana.Assessment(ctx, f.d.ID, f.rights.ID); got.Verdict != VerdictConvergent || got.Version != 2 || mine.Version != 2 {
			t.Fatalf("kept mine: %+v (%d)", got, mine.Version)
		}
	})
}

// TestUndoOnlyOwnEdits: an undo puts back a row only while nobody else has
// saved it since; then it is refused, and the other's work stays.
func TestUndoOnlyOwnEdits(t *testing.T) {
	ctx := context.Background()
	f := mustFixture(t)
	ana, ben := f.s, secondStore(t, f.s)
	before, after, err := ana.EditStatement(ctx, f.eu1.ID, f.eu1.Version, func(st *Statement) { st.Kind = KindDemand })
	noErr(t, err)
	undo := func() error { b := before; return ana.UpdateStatement(Undoing(ctx), &b) }
	redo := func() error { a := after; return ana.UpdateStatement(Undoing(ctx), &a) }
	noErr(t, undo())
	noErr(t, redo())
	noErr(t, undo())
	noErr(t, redo())
	if st, _ := ana.Statement(ctx, f.eu1.ID); st.Kind != KindDemand || st.Version != 6 {
		t.Fatalf("after undo, redo ×2: %s at %d", st.Kind, st.Version)
	}
	_, _, err = ben.EditStatement(ctx, f.eu1.ID, 0, func(st *Statement) { st.Text = "Ben's." })
	noErr(t, err)
	asConflict(t, undo())
	if st, _ := ana.Statement(ctx, f.eu1.ID); st.Text != "Ben's." || st.Kind != KindDemand {
		t.Fatalf("the refused undo changed the row: %+v", st)
	}
}

// TestNoLostUpdates: two stores append to one note concurrently, each
// reading, changing and saving with the version read, retrying on a
// conflict. Every save that succeeded is in the final text: none lost,
// and every refusal came back as an EditConflict.
func TestNoLostUpdates(t *testing.T) {
	ctx := context.Background()
	f := mustFixture(t)
	n := Note{StatementID: &f.cn1.ID, Body: "|"}
	noErr(t, f.s.CreateNote(ctx, &n))
	stores := []*Store{f.s, secondStore(t, f.s)}
	const each = 40
	var mu sync.Mutex
	saved, refused := 0, 0
	var wg sync.WaitGroup
	for i, s := range stores {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for k := 0; k < each; {
				var cur Note
				if err := s.read(ctx).First(&cur, n.ID).Error; err != nil {
					t.Error(err)
					return
				}
				cur.Body += fmt.Sprintf("%d.%d|", i, k)
				_, err := s.UpdateNote(ctx, &cur)
				mu.Lock()
				switch {
				case err == nil:
					saved++
					k++
				case errors.Is(err, ErrEditConflict):
					refused++
				default:
					t.Error(err)
				}
				mu.Unlock()
				if err != nil && !errors.Is(err, ErrEditConflict) {
					return
				}
			}
		}()
	}
	wg.Wait()
	var final Note
	noErr(t, f.s.read(ctx).First(&final, n.ID).Error)
	for i := range stores {
		for k := 0; k < each; k++ {
			if !strings.Contains(final.Body, fmt.Sprintf("|%d.%d|", i, k)) {
				t.Errorf("the save %d.%d was lost", i, k)
			}
		}
	}
	if saved != 2*each || final.Version != int64(1+saved) {
		t.Errorf("%d saves, version %d", saved, final.Version)
	}
	t.Logf("%d saves, %d refusals reported", saved, refused)
}
