package app

import (
	"context"
	"fmt"
	"slices"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/widget"
)

// The Evolution tab with parties whose names are long and have no short
// form: its legend and the pairings' party headings neither widen the
// window past the screen nor run past its edge, and every name is shown
// whole (on two lines if need be), at 1024×700 as at the default size.
func TestEvolutionLongPartyNamesFitTheWindow(t *testing.T) {
	for _, size := range []fyne.Size{fyne.NewSize(1024, 700), fyne.NewSize(1280, 800)} {
		t.Run(fmt.Sprintf("%vx%v", size.Width, size.Height), func(t *testing.T) {
			wd := longNamesWorld(t, size)
			if m := wd.ws.win.Content().MinSize(); m.Width > size.Width {
				t.Fatalf("the window cannot be narrower than %v: wider than %v", m.Width, size.Width)
			}
			c := wd.ws.win.Canvas()
			c.Capture()
			winW := c.Size().Width
			var drawn []string
			walk(wd.ws.evolution.box, func(o fyne.CanvasObject) bool {
				tx, ok := o.(*canvas.Text)
				if !ok || strings.TrimSpace(tx.Text) == "" {
					return false
				}
				drawn = append(drawn, strings.TrimSpace(tx.Text))
				for _, name := range longPartyNames {
					if len(tx.Text) > 3 && strings.Contains(name, strings.TrimSuffix(strings.TrimSpace(tx.Text), "…")) {
						if pos, sz := absRect(tx); pos.X+sz.Width > winW+1 {
							t.Errorf("%q ends at %.0f, past the window's %.0f", tx.Text, pos.X+sz.Width, winW)
						}
					}
				}
				return false
			})
			all := strings.Join(drawn, " ")
			for _, name := range longPartyNames {
				if !strings.Contains(all, name) {
					t.Errorf("%q is not shown whole: %q", name, all)
				}
			}
		})
	}
}

// longPartyNames are the sample's parties renamed, without short names.
var longPartyNames = map[string]string{"China": "The United Kingdom of Great Britain and Northern Ireland",
	"European Union": "Association of Southeast Asian Nations (ASEAN)"}

// longNamesWorld is the sample in a window of size with its parties'
// names long, on the Evolution tab.
func longNamesWorld(t *testing.T, size fyne.Size) *world {
	wd := sampleWorld(t, size.Width, size.Height)
	ctx := context.Background()
	ps, err := wd.st.Parties(ctx)
	wd.must(err)
	for _, p := range ps {
		if name, ok := longPartyNames[p.Name]; ok {
			p.Name, p.ShortName = name, ""
			wd.must(wd.st.UpdateParty(ctx, &p))
		}
	}
	wd.ws.load(loadAll)
	wd.showEvolution()
	return wd
}

// The Evolution tab's other sections with long party names at 1024×700:
// none widens the window, and the commitments' status pickers stay in it.
func TestEvolutionSectionsFitWithLongPartyNames(t *testing.T) {
	wd := longNamesWorld(t, fyne.NewSize(1024, 700))
	for _, name := range []string{"Stock phrases", "Cases", "Commitments"} {
		wd.section(name)
		if m := wd.ws.win.Content().MinSize(); m.Width > 1024 {
			t.Errorf("%s: the window cannot be narrower than %v", name, m.Width)
		}
	}
	c := wd.ws.win.Canvas()
	c.Capture()
	pickers := 0
	walk(wd.ws.evolution.box, func(o fyne.CanvasObject) bool {
		if s, ok := o.(*widget.Select); ok && slices.Contains(s.Options, statusUnset) {
			pickers++
			if pos, sz := absRect(s); pos.X+sz.Width > c.Size().Width+1 {
				t.Errorf("a status picker ends at %.0f, past the window's %.0f", pos.X+sz.Width, c.Size().Width)
			}
		}
		return false
	})
	if pickers == 0 {
		t.Fatal("no commitment's status picker on screen")
	}
}
