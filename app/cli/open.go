package cli

import (
	"errors"
	"fmt"
	"os"

	"parley/app/inert"
	"parley/storage"
)

// openForReading opens a project for a command that only reads it. When
// another Parley holds the project (the window is open on it), it is read
// through a read-only connection instead of being refused: SQLite's WAL lets
// a reader see every committed edit while the window goes on writing.
func openForReading(path string) (*storage.Store, error) {
	s, err := storage.Open(path)
	if errors.Is(err, storage.ErrLocked) {
		s, err = storage.OpenWith(path, storage.Options{ReadOnly: true})
	}
	return s, rescueHint(path, err)
}

// openForWriting opens a project for a command that changes it. Its
// edits are recorded under PARLEY_AUTHOR when that is set (a script run
// for an analyst), else under the computer's user name.
func openForWriting(path string) (*storage.Store, error) {
	s, err := storage.Open(path)
	if err == nil {
		s.SetAuthor(os.Getenv(AuthorEnv))
	}
	return s, rescueHint(path, err)
}

// AuthorEnv names the environment variable that names the analyst whose
// edits a command makes.
const AuthorEnv = "PARLEY_AUTHOR"

// rescueHint adds the command that rescues a project changed outside
// Parley to the error that refused it, or a project whose search index is
// damaged to the error of a search or change that met it, and the command
// that makes a team project to the error about an empty database. An
// error that already names the rescue is returned as it is, so that a
// command may pass every error of its project through it.
func rescueHint(path string, err error) error {
	var h *hinted
	if errors.As(err, &h) {
		return err
	}
	switch storage.CodeOf(err) {
	case storage.CodeUntrusted:
		return &hinted{fmt.Errorf("%w: parley rescue -o NEW.parley %s", err, inert.Line(path))}
	case storage.CodeIndexDamaged:
		return &hinted{fmt.Errorf("%w: parley rescue -o NEW.parley %s (in the window, Edit → Find… in the project offers Rescue into a new project…)", err, inert.Line(path))}
	case storage.CodeEmpty:
		return fmt.Errorf("%w; make one with: parley new %s (or copy a project there with parley push)", err, inert.Line(storage.RedactAddress(path)))
	}
	return err
}

// hinted is an error rescueHint has told how to rescue from.
type hinted struct{ error }

func (h *hinted) Unwrap() error { return h.error }
