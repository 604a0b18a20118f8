package app

import (
	"path/filepath"
	"testing"

	"parley/storage"
)

// TestManagersSayWhereTheirItemsComeFrom: in a new project each of
// Project › Dialogues…, Parties…, Speakers…, Topics… and Tags… says that
// its list is empty and how it fills; they were blank dialogs above
// greyed buttons. With items, the words give way to the list.
func TestManagersSayWhereTheirItemsComeFrom(t *testing.T) {
	st, err := storage.Create(filepath.Join(t.TempDir(), "new"+storage.Extension))
	if err != nil {
		t.Fatal(err)
	}
	wd := openWorld(t, st)
	for _, title := range []string{"Dialogues", "Parties", "Speakers", "Topics", "Tags"} {
		wd.menu("Project", title+"…")
		if wd.findLabel(managerEmpty[title]) == nil {
			t.Errorf("Project › %s… of a new project does not say how its list fills", title)
		}
		wd.tap("Close")
	}
	wd = sampleWorld(t, 1024, 700)
	wd.menu("Project", "Speakers…")
	if wd.findLabel(managerEmpty["Speakers"]) != nil {
		t.Error("Project › Speakers… says it has none beside the sample's speakers")
	}
	wd.tap("Close")
}
