package app

import (
	"context"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/widget"

	"parley/app/ingest"
	"parley/storage"
)

// TestSourcesButtonsKeepTheirHeightAt1024x700: in a window of 1024×700
// the Sources tab's Extend to next sentence and Make statement… buttons
// are as tall as a button, at the top of the source's info, which wraps
// on several lines beside them; they were stretched down all its lines,
// two grey blocks of 110 px.
func TestSourcesButtonsKeepTheirHeightAt1024x700(t *testing.T) {
	wd := sampleWorld(t, 1024, 700)
	wd.openSources()
	// The window lays itself out again, as the desktop driver does when a
	// wrapped label's height changed (the test driver does not).
	fyne.DoAndWait(func() { wd.ws.win.Content().Refresh() })
	for _, label := range []string{"Extend to next sentence", "Make statement…"} {
		b := findButton(wd.ws.win.Canvas(), label)
		if b == nil {
			t.Fatalf("no %s button on the Sources tab", label)
		}
		var h, want float32
		fyne.DoAndWait(func() { h, want = b.Size().Height, b.MinSize().Height })
		if h > want+0.5 {
			t.Errorf("%s is %.0f px tall, a button %.0f", label, h, want)
		}
	}
}

// TestPairButtonsUnderTheChangeAt1024x700: in a window of 1024×700 the
// Evolution tab's pairings pane shows each pair's change beside its
// buttons (Pair with…, Unpair) only when it fits there on one line, else
// on the pane's width with the buttons under it; beside them "Reworded ·
// 0% the same words · paired by you" wrapped on three ragged lines.
func TestPairButtonsUnderTheChangeAt1024x700(t *testing.T) {
	wd := sampleWorld(t, 1024, 700)
	wd.showEvolution()
	var heads []*widget.Label
	var buttons []*widget.Button
	fyne.DoAndWait(func() {
		walk(wd.ws.win.Content(), func(o fyne.CanvasObject) bool {
			switch x := o.(type) {
			case *widget.Label:
				for _, p := range []string{"New", "Dropped", "Reworded", "Repeated"} {
					if x.TextStyle.Bold && strings.HasPrefix(x.Text, p) {
						heads = append(heads, x)
					}
				}
			case *widget.Button:
				if x.Text == "Pair with…" || x.Text == "Unpair" || x.Text == "Not a repeat" {
					buttons = append(buttons, x)
				}
			}
			return false
		})
	})
	if len(heads) == 0 || len(buttons) == 0 {
		t.Fatalf("the pairings pane shows %d changes and %d buttons", len(heads), len(buttons))
	}
	noneWrapsBeside(t, heads, buttons)
}

// noneWrapsBeside fails when a button sits beside a heading that wraps.
func noneWrapsBeside(t *testing.T, heads []*widget.Label, buttons []*widget.Button) {
	t.Helper()
	for _, h := range heads {
		hp, hs := absRect(h)
		for _, b := range buttons {
			bp, bs := absRect(b)
			if bp.Y < hp.Y+hs.Height-0.5 && hp.Y < bp.Y+bs.Height-0.5 && strings.Contains(drawnText(h), "\n") {
				t.Errorf("%s beside %q, which wraps in %.0f px: %q", b.Text, h.Text, hs.Width, drawnText(h))
			}
		}
	}
}

// TestLinkButtonsBesideOneLineAt1024x700: in a window of 1024×700 a
// link's phrase in the detail pane ("This responds to:", "This has
// the agreement of:") shows beside Show and Remove only when it fits there
// on one line, else on the pane's width with the buttons under it; it
// broke after "responds".
func TestLinkButtonsBesideOneLineAt1024x700(t *testing.T) {
	wd := sampleWorld(t, 1024, 700)
	wd.tapTopic("Regional issues")
	cn, eu := wd.ws.view.cols[0].Cards()[0].ID, wd.ws.view.cols[1].Cards()[0].ID
	wd.tapCard(0, cn)
	wd.ctrl(fyne.KeyL, false)
	wd.pickCard(1, eu)
	tapOn(t, wd.ws.win.Canvas(), "responds to")
	wd.tap("Link")
	for col, id := range []int64{cn, eu} { // "This responds to:", "This is answered by:"
		wd.tapCard(col, id)
		fyne.DoAndWait(func() { wd.ws.win.Content().Refresh() })
		var heads []*widget.Label
		var buttons []*widget.Button
		fyne.DoAndWait(func() {
			walk(wd.ws.detail.links.object(), func(o fyne.CanvasObject) bool {
				switch x := o.(type) {
				case *widget.Label:
					if strings.HasPrefix(x.Text, "This ") {
						heads = append(heads, x)
					}
				case *widget.Button:
					if x.Text == "Show" || x.Text == "Remove" {
						buttons = append(buttons, x)
					}
				}
				return false
			})
		})
		if len(heads) == 0 || len(buttons) == 0 {
			t.Fatalf("statement %d shows %d links and %d buttons", id, len(heads), len(buttons))
		}
		noneWrapsBeside(t, heads, buttons)
	}
}

// TestLongLessonReadsWholeAt1024x700: Project → What Parley Learnt… in a
// window of 1024×700 shows a long lesson whole on two lines; on one line
// it was cut before what the sentence became.
func TestLongLessonReadsWholeAt1024x700(t *testing.T) {
	wd := newWorld(t)
	wd.ws.win.Resize(fyne.NewSize(1024, 700))
	_, err := wd.st.Learn(context.Background(), []storage.Lesson{{Rule: ingest.RulePhraseTopic,
		Key: "human rights defenders|Civil and political rights", Value: "Individual cases/Human rights defenders", Count: 2}}, nil)
	wd.must(err)
	wd.menu("Project", "What Parley Learnt…")
	c := wd.ws.win.Canvas()
	want := "A sentence naming 'human rights defenders' proposed under Civil and political rights is under Individual cases/Human rights defenders"
	l := findLabel(c, want)
	if l == nil {
		t.Fatalf("no lesson %q", want)
	}
	if got := strings.ReplaceAll(drawnText(l), "\n", " "); got != want {
		t.Errorf("the lesson is drawn as %q", drawnText(l))
	}
}
