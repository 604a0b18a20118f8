package app

import (
	"context"
	"errors"
	"path/filepath"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"parley/app/ingest"
	"parley/storage"
)

const reviewReadout = "EU readout\n\nThe EU raised concerns about human rights in Xinjiang. China rejected the accusations. Both sides agreed to meet again in Brussels."

func newTestReview(t *testing.T) (*reviewScreen, *storage.Store) {
	t.Helper()
	test.NewTempApp(t)
	st, err := storage.Create(filepath.Join(t.TempDir(), "p.parley"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	p, err := ingest.LoadProposer(context.Background(), st)
	if err != nil {
		t.Fatal(err)
	}
	doc, err := ingest.FromText(reviewReadout, "text")
	if err != nil {
		t.Fatal(err)
	}
	d, err := p.Propose(context.Background(), doc, "EU", nil)
	if err != nil {
		t.Fatal(err)
	}
	parent := test.NewTempWindow(t, nil)
	r := newReviewScreen(parent, st, p, d, 0, nil)
	r.spawn = func(f func()) { f() }
	r.meta.dialogue.SetText("39th Human Rights Dialogue")
	return r, st
}

func TestReviewKeyboard(t *testing.T) {
	r, _ := newTestReview(t)
	if r.sel != 1 {
		t.Fatalf("the heading should be skipped at start, selection %d", r.sel)
	}
	r.onTypedKey(&fyne.KeyEvent{Name: fyne.KeyReturn})
	r.onTypedKey(&fyne.KeyEvent{Name: fyne.KeyDelete})
	if r.d.Proposals[1].Status != ingest.Accepted || r.d.Proposals[2].Status != ingest.Rejected || r.sel != 3 {
		t.Fatalf("statuses %v %v, selection %d", r.d.Proposals[1].Status, r.d.Proposals[2].Status, r.sel)
	}
	r.onTypedKey(&fyne.KeyEvent{Name: fyne.KeyUp})
	if r.sel != 2 {
		t.Fatalf("up arrow: selection %d", r.sel)
	}
	r.onTypedRune('1')
	if r.d.Proposals[2].Topic != r.d.Proposals[1].Topic || r.d.Proposals[1].Topic == "" {
		t.Fatalf("digit 1 should set the recent topic %q, got %q", r.d.Proposals[1].Topic, r.d.Proposals[2].Topic)
	}
	if got := r.summary.Text; got != "4 sentences · 1 accepted · 1 still open" {
		t.Fatalf("summary %q", got)
	}
}

func TestReviewEditSplitMergeStore(t *testing.T) {
	r, st := newTestReview(t)
	r.selectProposal(2)
	test.Type(r.ed.speaker, "Miao Deyu")
	r.ed.kind.SetSelected("position")
	if pr := r.d.Proposals[2]; pr.Speaker == nil || pr.Speaker.Name != "Miao Deyu" || pr.Kind != storage.KindPosition || !pr.Edited {
		t.Fatalf("edit not applied: %+v", pr)
	}
	// Split "Both sides agreed to meet again in Brussels." after "agreed".
	at := r.d.Proposals[3].Start + len([]rune("Both sides agreed"))
	if err := r.p.Split(context.Background(), r.d, 3, at); err != nil {
		t.Fatal(err)
	}
	if len(r.d.Proposals) != 5 || r.d.Proposals[2].Speaker == nil {
		t.Fatalf("split lost the edit or did not cut: %d proposals", len(r.d.Proposals))
	}
	r.selectProposal(3)
	r.merge()
	if len(r.d.Proposals) != 4 {
		t.Fatalf("merge gave %d proposals", len(r.d.Proposals))
	}
	r.acceptAll()
	r.store()
	views, err := st.StatementViews(context.Background(), storage.StatementFilter{}, 0)
	if err != nil || len(views) != 3 {
		t.Fatalf("stored %d statements (%v)", len(views), err)
	}
	if views[1].SpeakerName != "Miao Deyu" || views[1].Kind != storage.KindPosition || views[0].ReportedByName != "European Union" {
		t.Fatalf("stored %+v", views)
	}
	srcs, _ := st.Sources(context.Background(), 0)
	if len(srcs) != 1 || srcs[0].Title != "EU readout" {
		t.Fatalf("sources %+v", srcs)
	}
}

func TestReviewCursorOffset(t *testing.T) {
	if got := reviewCursorOffset("ab\ncd", 1, 1); got != 4 {
		t.Fatalf("got %d", got)
	}
	if got := reviewCursorOffset("中方表示", 0, 9); got != 4 {
		t.Fatalf("column past the end: %d", got)
	}
}

func TestImportWork(t *testing.T) {
	test.NewTempApp(t)
	st, err := storage.Create(filepath.Join(t.TempDir(), "p.parley"))
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	read := func(ctx context.Context, p ingest.Progress) (ingest.Document, error) {
		p(1, 2)
		if err := ctx.Err(); err != nil {
			return ingest.Document{}, err
		}
		p(2, 2)
		return ingest.FromText(reviewReadout, "text")
	}
	var stages []float64
	d, p, err := importWork(context.Background(), st, "EU", read, func(_ string, f float64) { stages = append(stages, f) })
	if err != nil || p == nil || len(d.Proposals) != 4 || d.Author != "European Union" {
		t.Fatalf("draft %v, err %v", d, err)
	}
	for i := 1; i < len(stages); i++ {
		if stages[i] < stages[i-1] || stages[i] > 1 {
			t.Fatalf("progress not monotonic in [0,1]: %v", stages)
		}
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, _, err := importWork(ctx, st, "", read, func(string, float64) {}); !errors.Is(err, context.Canceled) {
		t.Fatalf("cancelled import: %v", err)
	}
	if srcs, _ := st.Sources(context.Background(), 0); len(srcs) != 0 {
		t.Fatal("proposing stored a source")
	}
}

func TestImportWorkRefusesHugeText(t *testing.T) {
	test.NewTempApp(t)
	st, err := storage.Create(filepath.Join(t.TempDir(), "p.parley"))
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	huge := func(context.Context, ingest.Progress) (ingest.Document, error) {
		return ingest.Document{Title: "Big", Text: strings.Repeat("The EU spoke. ", reviewMaxBytes/14+1)}, nil
	}
	_, _, err = importWork(context.Background(), st, "", huge, func(string, float64) {})
	if err == nil || !strings.Contains(err.Error(), "parley import") {
		t.Fatalf("want a pointer to parley import, got %v", err)
	}
}
