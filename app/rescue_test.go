package app

import (
	"context"
	"path/filepath"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"parley/storage"
	"parley/storage/hostiletest"
)

// rescueBase is a small closed project with a note and an assessment.
func rescueBase(t *testing.T) string {
	t.Helper()
	ctx := context.Background()
	p := filepath.Join(t.TempDir(), "base"+storage.Extension)
	s, err := storage.Create(p)
	noErr(t, err)
	d := storage.Dialogue{Title: "39th China-EU Human Rights Dialogue"}
	noErr(t, s.CreateDialogue(ctx, &d))
	eu := storage.Party{Name: "EU", Color: "#003399"}
	noErr(t, s.CreateParty(ctx, &eu))
	topic := storage.Topic{Name: "Xinjiang"}
	noErr(t, s.CreateTopic(ctx, &topic))
	st := storage.StatementInput{Statement: storage.Statement{DialogueID: d.ID, TopicID: &topic.ID, Kind: storage.KindObjection,
		Text: "The EU objected to arbitrary detention."}, PartyIDs: []int64{eu.ID}}
	noErr(t, s.CreateStatement(ctx, &st))
	noErr(t, s.CreateNote(ctx, &storage.Note{StatementID: &st.ID, Body: "Compare with the 38th round."}))
	noErr(t, s.SetAssessment(ctx, &storage.Assessment{DialogueID: d.ID, TopicID: topic.ID, Verdict: storage.VerdictDivergent}))
	noErr(t, s.Close())
	return p
}

func noErr(t *testing.T, err error) {
	t.Helper()
	if err != nil {
		t.Fatal(err)
	}
}

// TestRescueFromOpenError opens hostile projects in the window: the open
// error offers the rescue, which asks for a name beside the refused file,
// builds the clean project, opens it and says what it could not bring over;
// the refused file stays as it was.
func TestRescueFromOpenError(t *testing.T) {
	base := rescueBase(t)
	for _, c := range hostiletest.Cases() {
		if c.Name != "TriggerRewritesJudgements" && c.Name != "ViewReplacesTable" {
			continue
		}
		t.Run(c.Name, func(t *testing.T) {
			a := test.NewTempApp(t)
			w := test.NewTempWindow(t, widget.NewLabel(""))
			w.Resize(fyne.NewSize(1000, 700))
			p := filepath.Join(t.TempDir(), "mailed"+storage.Extension)
			noErr(t, hostiletest.Make(base, p, c))
			before, err := hostiletest.Sums(p)
			noErr(t, err)
			ws := newWorkspace(a, w, inlineRunner{})
			t.Cleanup(func() {
				if s := ws.store(); s != nil {
					s.Close()
				}
			})
			ws.openInitial(p)
			wd := &world{t: t, ws: ws}
			if !wd.dialogTitled("This project was changed outside Parley") {
				t.Fatal("no dialog saying the project was changed outside Parley")
			}
			wd.tap("Rescue into a new project…")
			wd.tap("Rescue")
			want := filepath.Join(filepath.Dir(p), "mailed rescued"+storage.Extension)
			if ws.store() == nil || ws.store().Path() != want {
				t.Fatalf("the rescued project %s is not open", want)
			}
			rows, err := ws.store().ReadRows(context.Background())
			noErr(t, err)
			if len(rows.Statements) != 1 || len(rows.Assessments) != 1 {
				t.Fatalf("rescued %d statements and %d assessments", len(rows.Statements), len(rows.Assessments))
			}
			lost := wd.dialogTitled("Some data could not be rescued")
			if lost != (len(c.Lost) > 0) || len(c.Lost) == 0 && len(rows.Notes) != 1 {
				t.Fatalf("%d notes rescued; told of losses: %v", len(rows.Notes), lost)
			}
			after, err := hostiletest.Sums(p)
			noErr(t, err)
			for k, v := range before {
				if after[k] != v {
					t.Fatalf("mailed.parley%s changed", k)
				}
			}
		})
	}
}

// TestSearchDamagedIndexOffersRescue: Find in a project whose search index
// was damaged behind Parley's back says so in words, not SQLite's, and
// offers the rescue, which builds a new project whose search works.
func TestSearchDamagedIndexOffersRescue(t *testing.T) {
	p := filepath.Join(t.TempDir(), "damaged"+storage.Extension)
	c := hostiletest.Case{Name: "damaged index", SQL: []string{
		"UPDATE fts_statements_data SET block = substr(block, 1, length(block)/2) WHERE id > 10"}}
	noErr(t, hostiletest.Make(rescueBase(t), p, c))
	st, err := storage.Open(p)
	noErr(t, err)
	wd := openWorld(t, st)
	wd.ctrl(fyne.KeyF, false)
	test.Type(wd.ws.search.entry, "detention")
	status := wd.ws.search.status.Text
	if !strings.HasPrefix(status, "The search index of damaged.parley is damaged") || strings.Contains(status, "malformed") {
		t.Fatalf("status %q", status)
	}
	wd.tap("Rescue into a new project…")
	wd.tap("Rescue")
	want := filepath.Join(filepath.Dir(p), "damaged rescued"+storage.Extension)
	if wd.ws.store() == nil || wd.ws.store().Path() != want {
		t.Fatalf("the rescued project %s is not open", want)
	}
	hits, err := wd.ws.store().Search(context.Background(), storage.SearchQuery{Query: "detention"})
	if err != nil || len(hits) != 1 {
		t.Fatalf("search of the rescued project: %d hits, %v", len(hits), err)
	}
}

// TestRescueSaysWhatWasMended: a refused project whose topic has an empty
// name (edited outside Parley) is rescued with a stand-in name, and the
// window says so under "Rescued" rather than "not rescued".
func TestRescueSaysWhatWasMended(t *testing.T) {
	base := rescueBase(t)
	a := test.NewTempApp(t)
	w := test.NewTempWindow(t, widget.NewLabel(""))
	w.Resize(fyne.NewSize(1000, 700))
	p := filepath.Join(t.TempDir(), "mailed"+storage.Extension)
	noErr(t, hostiletest.Make(base, p, hostiletest.Case{Name: "EmptyTopic", SQL: []string{
		`CREATE TRIGGER judge AFTER INSERT ON sources BEGIN DELETE FROM notes; END`,
		`UPDATE topics SET name = ''`}}))
	ws := newWorkspace(a, w, inlineRunner{})
	t.Cleanup(func() {
		if s := ws.store(); s != nil {
			s.Close()
		}
	})
	ws.openInitial(p)
	wd := &world{t: t, ws: ws}
	wd.tap("Rescue into a new project…")
	wd.tap("Rescue")
	if ws.store() == nil {
		t.Fatal("the rescued project is not open")
	}
	if !wd.dialogTitled("Rescued") || wd.dialogTitled("Some data could not be rescued") {
		t.Fatal("the rescue does not say it rescued everything")
	}
	if wd.find(func(o fyne.CanvasObject) bool {
		l, ok := o.(*widget.Label)
		return ok && strings.Contains(l.Text, "Brought over with a stand-in") && strings.Contains(l.Text, "topics: names")
	}) == nil {
		t.Error("the rescue does not say the topic's name was mended")
	}
}
