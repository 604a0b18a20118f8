package app

import (
	"context"
	"path/filepath"
	"reflect"
	"testing"

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
