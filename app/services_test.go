package app

import (
	"errors"
	"fmt"
	"testing"

	"parley/storage"
)

// An error dialog says what failed in its title and why in a plain
// sentence: a storage error's message, not its technical detail.
func TestErrorsSayWhatFailedAndWhy(t *testing.T) {
	cases := []struct {
		name, what string
		err        error
		title, why string
	}{
		{"StorageMessage", "Could not store the import",
			fmt.Errorf("store: %w", &storage.Error{Code: storage.CodeInternal, Message: "the project could not be written", Err: errors.New("disk I/O error")}),
			"Could not store the import", "The project could not be written."},
		{"PlainError", "Nothing to export", errors.New("choose at least one party to export"),
			"Nothing to export", "Choose at least one party to export."},
		{"NoWhat", "", errors.New("already said."), "Something went wrong", "Already said."},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			wd := newWorld(t)
			wd.ws.showError(c.what, c.err)
			if wd.findLabel(c.title) == nil || wd.findLabel(c.why) == nil {
				t.Fatalf("no dialog titled %q saying %q", c.title, c.why)
			}
			wd.tap("OK")
			if wd.findLabel(c.why) != nil {
				t.Fatal("OK did not close the error")
			}
		})
	}
}
