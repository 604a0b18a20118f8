package app

import (
	"context"
	"path/filepath"
	"reflect"
	"testing"

	"fyne.io/fyne/v2"

	"parley/app/sample"
	"parley/storage"
)

// TestSampleRounds opens the sample as a new user finds it: on its newest
// round, the 40th, with the other two in the dialogue picker, and both
// parties' statements on screen in each round.
func TestSampleRounds(t *testing.T) {
	st, err := storage.Create(filepath.Join(t.TempDir(), "sample"+storage.Extension))
	if err != nil {
		t.Fatal(err)
	}
	if err := sample.Load(context.Background(), st); err != nil {
		t.Fatal(err)
	}
	wd := openWorld(t, st)
	want := []string{
		"40th China-EU Human Rights Dialogue (Brussels, 2025-06-13)",
		sample39th,
		"38th China-EU Human Rights Dialogue (Brussels, 2023-02-17)",
	}
	if got := wd.ws.view.dialogue.Options; !reflect.DeepEqual(got, want) {
		t.Errorf("the dialogue picker offers %q, want %q", got, want)
	}
	if got := wd.ws.view.dialogue.Selected; got != want[0] {
		t.Errorf("the window opens on %q, want the newest round", got)
	}
	for _, round := range want {
		wd.chooseIn(wd.ws.view.dialogue, round)
		cols := wd.columnTexts()
		if len(cols) != 2 || len(cols[0]) < 5 || len(cols[1]) < 5 {
			t.Errorf("%s: the columns hold %d and %d statements; want both parties' readouts", round, len(cols[0]), len(cols[len(cols)-1]))
		}
	}
}

// TestTagAndNoteFieldsComeIntoView selects a statement whose suggested
// links fill the detail pane, in a low window, and checks that Ctrl+T
// and Ctrl+N scroll the field they put the cursor in into view.
func TestTagAndNoteFieldsComeIntoView(t *testing.T) {
	st, err := storage.Create(filepath.Join(t.TempDir(), "sample"+storage.Extension))
	if err != nil {
		t.Fatal(err)
	}
	if err := sample.Load(context.Background(), st); err != nil {
		t.Fatal(err)
	}
	wd := openWorld(t, st)
	wd.ws.win.Resize(fyne.NewSize(1024, 480))
	wd.pickCard(0, 62) // the 40th round's first card, with suggested links
	if !wd.ws.detail.suggest.box.Visible() || len(wd.ws.detail.suggest.list.Objects) == 0 {
		t.Fatal("the statement has no suggested links: the test shows nothing")
	}
	for _, c := range []struct {
		key   fyne.KeyName
		field *blurEntry
	}{{fyne.KeyT, wd.ws.detail.tags.add}, {fyne.KeyN, wd.ws.detail.notes.entry}} {
		wd.ws.detail.scroll.ScrollToTop()
		wd.chord(c.key)
		if f, _ := wd.ws.win.Canvas().Focused().(*blurEntry); f != c.field {
			t.Fatalf("Ctrl+%s put the cursor elsewhere", c.key)
		}
		fieldPos, fieldSize := absRect(c.field)
		panePos, paneSize := absRect(wd.ws.detail.scroll)
		if fieldPos.Y < panePos.Y || fieldPos.Y+fieldSize.Height > panePos.Y+paneSize.Height {
			t.Errorf("Ctrl+%s: the field at y %.0f–%.0f is outside the pane's %.0f–%.0f", c.key,
				fieldPos.Y, fieldPos.Y+fieldSize.Height, panePos.Y, panePos.Y+paneSize.Height)
		}
	}
}
