package app

import (
	"context"
	"errors"
	"sort"
	"testing"
	"time"

	"fyne.io/fyne/v2/test"

	"parley/app/sample"
	"parley/storage"
	"parley/storage/pgtest"
)

// teamProject is the sample project on a throw-away PostgreSQL server
// (skipped where PostgreSQL is not installed).
func teamProject(t *testing.T) (*storage.Store, string) {
	t.Helper()
	c, err := pgtest.Start()
	if errors.Is(err, pgtest.ErrNoBinaries) {
		t.Skip("the live refresh is a team project's:", err)
	}
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(c.Stop)
	addr, err := c.NewDatabase(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	st, err := storage.Create(addr)
	if err != nil {
		t.Fatal(err)
	}
	if err := sample.Load(context.Background(), st); err != nil {
		t.Fatal(err)
	}
	return st, addr
}

// TestLiveRefresh: Ben, at another desk, edits statements of the team
// project the window shows. Each edit shows in the window without the
// user doing anything, while the user's selection and the text they are
// typing in the detail editor stay as they were. The time from the start
// of Ben's save to the window showing it is reported, p50 and p95.
func TestLiveRefresh(t *testing.T) {
	ctx := context.Background()
	st, addr := teamProject(t)
	wd := openWorld(t, st)
	heard := make(chan storage.Change, 8)
	wd.ws.live.onRemote = func(c storage.Change) { heard <- c }
	ben, err := storage.Open(addr)
	wd.must(err)
	defer ben.Close()

	cards := wd.ws.view.cols[0].Cards()
	if len(cards) < 3 {
		t.Fatalf("the first column shows %d cards", len(cards))
	}
	selected, other := cards[0].ID, cards[2].ID
	wd.pickCard(0, selected)
	wd.clickInto(wd.ws.detail.text)
	test.Type(wd.ws.detail.text, " (unfinished")
	typed := wd.ws.detail.text.Text

	var lat []time.Duration
	for i := range 30 {
		text := "Ben's wording, take " + string(rune('A'+i%26))
		start := time.Now()
		_, _, err := ben.EditStatement(ctx, other, 0, func(s *storage.Statement) { s.Text = text })
		wd.must(err)
		select {
		case <-heard:
			lat = append(lat, time.Since(start))
		case <-time.After(10 * time.Second):
			t.Fatalf("edit %d did not show within 10 s", i)
		}
		if !wd.showsCard(text) {
			t.Fatalf("the window does not show Ben's %q", text)
		}
	}
	if wd.ws.selected != selected || wd.ws.detail.id != selected {
		t.Errorf("the selection moved from %d to %d", selected, wd.ws.selected)
	}
	if wd.ws.detail.text.Text != typed || wd.ws.win.Canvas().Focused() != wd.ws.detail.text {
		t.Errorf("the unfinished typing became %q", wd.ws.detail.text.Text)
	}
	sort.Slice(lat, func(i, j int) bool { return lat[i] < lat[j] })
	t.Logf("live refresh, Ben's save to the window showing it, %d edits: p50 %v, p95 %v", len(lat), lat[len(lat)/2], lat[(len(lat)*95+99)/100-1])
}

// showsCard reports whether a column shows a card with text.
func (wd *world) showsCard(text string) bool {
	for _, col := range wd.columnTexts() {
		for _, c := range col {
			if c == text {
				return true
			}
		}
	}
	return false
}
