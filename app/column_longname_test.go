package app

import (
	"context"
	"path/filepath"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"

	"parley/app/sample"
	"parley/storage"
	"parley/widgets"
)

// longOffice is a party named as its office, as some readouts sign.
const longOffice = "Delegation of the European Union and the European External Action Service to the People's Republic of China"

// TestLongPartyNameTakesTwoLinesOfTheColumn: in a window of 1024×700 a
// party named as its office heads its column in two lines, the rest of
// the name cut with "…", and the first card starts about where it does
// under a short name (by y 280 of 700); the name took six lines of heading type in both columns
// (their cards start on one line), a third of the column.
func TestLongPartyNameTakesTwoLinesOfTheColumn(t *testing.T) {
	ctx := context.Background()
	st, err := storage.Create(filepath.Join(t.TempDir(), "long"+storage.Extension))
	if err != nil {
		t.Fatal(err)
	}
	if err := sample.Load(ctx, st); err != nil {
		t.Fatal(err)
	}
	ps, err := st.Parties(ctx)
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range ps {
		if p.Name == "European Union" {
			p.Name = longOffice
			if err := st.UpdateParty(ctx, &p); err != nil {
				t.Fatal(err)
			}
		}
	}
	wd := openWorld(t, st)
	wd.ws.win.Resize(fyne.NewSize(1024, 700))
	wd.chooseIn(wd.ws.view.dialogue, sample39th)
	col := wd.ws.view.cols[1]
	var title []string
	heading := theme.Size(theme.SizeNameSubHeadingText)
	for _, o := range test.WidgetRenderer(col).Objects() {
		if x, ok := o.(*canvas.Text); ok && x.Visible() && x.TextStyle.Bold && x.TextSize == heading && x.Text != "" {
			title = append(title, x.Text)
		}
	}
	if len(title) != 2 || !strings.HasSuffix(title[len(title)-1], "…") || !strings.HasPrefix(longOffice, strings.Join(title[:1], "")) {
		t.Fatalf("the column's title reads %q, want two lines ending in …", title)
	}
	card := walk(col, func(o fyne.CanvasObject) bool { _, ok := o.(*widgets.StatementCard); return ok })
	if card == nil {
		t.Fatal("the column shows no cards")
	}
	pos, _ := absRect(card)
	if pos.Y > 280 {
		t.Errorf("the first card starts at y %.0f of 700: the heading pushes it down", pos.Y)
	}
}
