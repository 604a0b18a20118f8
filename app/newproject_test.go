package app

import (
	"context"
	"path/filepath"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/widget"

	"parley/storage"
)

// emptyWorld is a window on a project just made with File › New Project…
// (or parley new): no dialogue, no party, no topic.
func emptyWorld(t *testing.T) *world {
	t.Helper()
	st, err := storage.Create(filepath.Join(t.TempDir(), "new"+storage.Extension))
	if err != nil {
		t.Fatal(err)
	}
	return openWorld(t, st)
}

// labelWith is the visible label whose text holds part; nil when none.
func labelWith(c fyne.Canvas, part string) *widget.Label {
	l, _ := onScreen(c, func(o fyne.CanvasObject) bool {
		l, ok := o.(*widget.Label)
		return ok && strings.Contains(l.Text, part)
	}).(*widget.Label)
	return l
}

// A new project's compare view said nothing at all (an empty centre under
// "Choose a dialogue"): it says how to get something to compare.
func TestCompareOfNewProjectSaysHowToStart(t *testing.T) {
	wd := emptyWorld(t)
	if wd.findLabel(noDialogueYet) == nil {
		t.Fatalf("the compare view of a new project does not say %q", noDialogueYet)
	}
}

// The Overview of a project without dialogue began with a colon
// (": statements per topic and party …; 0 of 0 topics assessed").
func TestOverviewOfNewProjectSaysHowToStart(t *testing.T) {
	wd := emptyWorld(t)
	tapOn(t, wd.ws.win.Canvas(), "Overview")
	if wd.findLabel(noDialogueYet) == nil {
		t.Fatalf("the Overview of a new project does not say %q", noDialogueYet)
	}
	if l := labelWith(wd.ws.win.Canvas(), "topics assessed"); l != nil {
		t.Fatalf("the Overview of a project without dialogue shows %q", l.Text)
	}
}

// Statements without topic (all of them after an import into a project
// without topics) were missing from the Overview: its matrix was empty.
// They have a row "No topic" that opens them in the compare view.
func TestOverviewCountsStatementsWithoutTopic(t *testing.T) {
	wd := filledWorld(t)
	in := storage.StatementInput{PartyIDs: []int64{wd.eu.ID}}
	in.DialogueID, in.Text = wd.d.ID, "The EU said it would follow the cases closely."
	wd.must(wd.st.CreateStatement(context.Background(), &in))
	wd.open()
	tapOn(t, wd.ws.win.Canvas(), "Overview")
	m := wd.ws.overview.matrix
	last := len(m.Data.Rows) - 1
	if last < 0 || m.Data.Rows[last] != "No topic" {
		t.Fatalf("matrix rows %q, want a last row No topic", m.Data.Rows)
	}
	eu := -1
	for i, c := range m.Data.Cols {
		if c == partyShort(wd.eu) {
			eu = i
		}
	}
	if eu < 0 || m.Data.Counts[last][eu] != 1 {
		t.Fatalf("No topic counts %v for columns %q, want 1 for the EU", m.Data.Counts[last], m.Data.Cols)
	}
	if len(m.Data.Badges) > last {
		t.Fatalf("No topic has the badge %q: statements without topic cannot be assessed", m.Data.Badges[last])
	}
	m.OnCell(last, eu)
	if wd.ws.tabs.SelectedIndex() != 0 || wd.ws.topic != topicNone {
		t.Fatalf("the No topic cell opened tab %d, topic %q", wd.ws.tabs.SelectedIndex(), wd.ws.topicName(wd.ws.topic))
	}
}

// Storing the review of a readout into a new project, with no dialogue to
// pick, said only "Say which dialogue the statements belong to." — there
// was none to say. It says where to type one.
func TestReviewStoreOnNewProjectSaysWhereToNameTheDialogue(t *testing.T) {
	wd := emptyWorld(t)
	rw := wd.reviewOf(reviewReadout, "EU")
	findAndTap(t, rw.Canvas(), "Accept all")
	findAndTap(t, rw.Canvas(), "Store 3 accepted")
	if labelWith(rw.Canvas(), "type its title in Dialogue at the top") == nil {
		t.Fatal("storing into a new project does not say where to name the dialogue")
	}
}
