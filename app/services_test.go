package app

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
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
		{"WrappedName", "Could not import", fmt.Errorf("import: %w", storage.NamedErrorf("passwd.json: %w", errors.New("not JSON"))),
			"Could not import", "Import: passwd.json: not JSON."},
		{"LeadingName", "Could not import", storage.NamedErrorf("passwd.json: %w", errors.New("not JSON")),
			"Could not import", "passwd.json: not JSON."},
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

// A file's name keeps its case in an error dialog: Project → Agreement
// Between Coders… with a file called passwd, which is not a project,
// says "passwd is not a Parley project.", not "Passwd …"; a message led
// by a word is still a sentence.
func TestErrorDialogKeepsNames(t *testing.T) {
	wd := newWorld(t)
	passwd := filepath.Join(t.TempDir(), "passwd")
	if err := os.WriteFile(passwd, []byte("root:x:0:0:root:/root:/bin/bash\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	wd.compareWithCoder(passwd)
	if wd.findLabel("passwd is not a Parley project.") == nil {
		t.Fatalf("the dialog does not name passwd as it is; labels: %v", wd.texts(""))
	}
	wd.tap("OK")

	// A storage message led by a noun is capitalised.
	_, err := wd.st.DeleteNote(context.Background(), 987654)
	wd.ws.showError("Could not delete", err)
	if wd.findLabel("Note 987654 does not exist.") == nil {
		t.Fatalf("a message led by a word is not a sentence; labels: %v", wd.texts(""))
	}
}
