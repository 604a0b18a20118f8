package app

import (
	"context"
	"path/filepath"
	"strings"
	"testing"

	"fyne.io/fyne/v2/test"

	"parley/app/ingest"
	"parley/storage"
)

func TestSourcesView(t *testing.T) {
	test.NewTempApp(t)
	ctx := context.Background()
	st, err := storage.Create(filepath.Join(t.TempDir(), "p.parley"))
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	p, _ := ingest.LoadProposer(ctx, st)
	doc, _ := ingest.FromText("The EU raised concerns about human rights. China rejected them. Both sides agreed to meet.", "text")
	d, _ := p.Propose(ctx, doc, "EU", nil)
	d.Proposals[0].Status = ingest.Accepted // only the first is coded
	res, err := d.Store(ctx, st, p.Gaz, ingest.Target{DialogueTitle: "Round 39"}, false, nil)
	if err != nil {
		t.Fatal(err)
	}
	w := test.NewTempWindow(t, nil)
	v := NewSourcesView(w, st)
	w.SetContent(v.CanvasObject())
	v.Refresh(res.DialogueID)
	if v.cur.ID != res.SourceID || len(v.views) != 1 {
		t.Fatalf("open source %d with %d coded spans", v.cur.ID, len(v.views))
	}
	coded, selectable := 0, 0
	for _, s := range v.text.Spans {
		if s.ID > 0 {
			coded++
		} else {
			selectable++
		}
	}
	if coded != 1 || selectable != 2 {
		t.Fatalf("spans: %d coded, %d selectable", coded, selectable)
	}
	if !v.makeB.Disabled() {
		t.Fatal("Make statement is enabled without a selection")
	}
	v.onSpanTapped(-2) // "China rejected them."
	v.extend()
	if got := v.selectionText(); got != "China rejected them. Both sides agreed to meet." {
		t.Fatalf("selection %q", got)
	}
	if !v.extendB.Disabled() {
		t.Fatal("extend past the last sentence is offered")
	}
	pr := v.propose(ctx, "China rejected them.")
	if pr.Kind != storage.KindObjection || len(pr.Parties) != 1 || pr.Parties[0] != "China" {
		t.Fatalf("proposal for the selection %+v", pr)
	}
	in := storage.StatementInput{Statement: storage.Statement{Text: v.selectionText(), Kind: storage.KindObjection,
		Start: v.segs[v.selFrom].Start, End: v.segs[v.selTo].End, SourceID: &v.cur.ID}}
	if err := v.createStatement(ctx, &in, "Miao Deyu", "Dialogue and cooperation"); err != nil {
		t.Fatal(err)
	}
	v.open(v.cur.ID)
	if len(v.views) != 2 || !strings.HasPrefix(v.views[1].Text, "China rejected") || v.views[1].SpeakerName != "Miao Deyu" {
		t.Fatalf("after make statement: %+v", v.views)
	}
}
