package storage

import (
	"fmt"
	"time"
)

// CodeEditConflict marks a save refused because someone else changed the
// row since it was read (see EditConflict).
const CodeEditConflict Code = 100

// ErrEditConflict matches every EditConflict with errors.Is.
var ErrEditConflict = &Error{Code: CodeEditConflict}

// EditConflict says that a save was refused: it was based on version
// Mine of the row, but the row is at version Theirs now, changed by By at
// At. Current is the row as it is stored now (a Statement, Note,
// Assessment, Topic, ...), for the user to compare with what they meant
// to save; nothing was written.
type EditConflict struct {
	What         string // "statement 12"
	Table        string
	ID           int64
	Mine, Theirs int64
	By           string
	At           time.Time
	Current      any
}

func (e *EditConflict) Error() string {
	by := ""
	if e.By != "" {
		by = " by " + e.By
	}
	return fmt.Sprintf("%s was changed%s since you read it (version %d, yours was based on %d); nothing was saved", e.What, by, e.Theirs, e.Mine)
}

// Unwrap makes errors.Is(err, ErrEditConflict) and CodeOf work.
func (e *EditConflict) Unwrap() error {
	return &Error{Code: CodeEditConflict, Message: e.Error()}
}

// revised is a row that carries a Revision.
type revised interface{ revision() *Revision }

func (r *Revision) revision() *Revision { return r }

// RevisionOf returns the Revision of a row that has one (every editable
// row from format 2 on), nil otherwise.
func RevisionOf(row any) *Revision {
	if r, ok := row.(revised); ok {
		return r.revision()
	}
	return nil
}
