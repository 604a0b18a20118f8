package cli

import (
	"errors"

	"parley/storage"
)

// openForReading opens a project for a command that only reads it. When
// another Parley holds the project (the window is open on it), it is read
// through a read-only connection instead of being refused: SQLite's WAL lets
// a reader see every committed edit while the window goes on writing.
func openForReading(path string) (*storage.Store, error) {
	s, err := storage.Open(path)
	if errors.Is(err, storage.ErrLocked) {
		return storage.OpenWith(path, storage.Options{ReadOnly: true})
	}
	return s, err
}
