package app

import (
	"context"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/widget"
)

// TestLongPartyNamesFitTheWindow: parties named as their offices are
// ("Ministry of Foreign Affairs of the People's Republic of China") made the
// topic summary as wide as the names, so that the right pane ran past the
// window's edge at 1024 pixels, the statement counts out of sight and the
// columns squeezed. The names are cut to the pane; the counts stay in it.
func TestLongPartyNamesFitTheWindow(t *testing.T) {
	wd := sampleWorld(t, 1024, 640)
	ctx := context.Background()
	if cut := cutTexts(wd.ws.detail.object()); len(cut) > 0 {
		t.Fatalf("the summary cuts the sample's names: %q", cut)
	}
	ps, err := wd.st.Parties(ctx)
	wd.must(err)
	names := map[string]string{"China": "Ministry of Foreign Affairs of the People's Republic of China",
		"European Union": "European External Action Service of the European Union"}
	for _, p := range ps {
		if long, ok := names[p.Name]; ok {
			p.Name = long
			wd.must(wd.st.UpdateParty(ctx, &p))
		}
	}
	wd.ws.load(loadAll)

	if m := wd.ws.win.Content().MinSize(); m.Width > 900 {
		t.Fatalf("the window cannot shrink below %v", m)
	}
	winW := wd.ws.win.Canvas().Size().Width
	counts := 0
	walk(wd.ws.detail.object(), func(o fyne.CanvasObject) bool {
		l, ok := o.(*widget.Label)
		if !ok || !l.Visible() || !strings.HasSuffix(l.Text, " statements") {
			return false
		}
		counts++
		if pos, size := absRect(l); pos.X+size.Width > winW+1 {
			t.Errorf("%q ends at %.0f, past the window's %.0f", l.Text, pos.X+size.Width, winW)
		}
		return false
	})
	if counts < 2 {
		t.Fatalf("the topic summary shows %d statement counts", counts)
	}
}
