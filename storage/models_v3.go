package storage

import "time"

// The kinds of a Dismissal: which of Parley's suggestions the analyst
// rejected.
const (
	// DismissedPairing is a link proposed between the two readouts of a
	// dialogue (the compare view's suggested links, parley suggest-links).
	DismissedPairing = "pairing"
	// DismissedRepeat is the Evolution view's pairing of a statement with
	// the earlier round's statement it seems to repeat or reword; FromID
	// is the later statement, ToID the earlier, as in a repeats link.
	DismissedRepeat = "repeat"
)

// DismissalKinds lists the kinds of a Dismissal.
var DismissalKinds = []string{DismissedPairing, DismissedRepeat}

// Dismissal is the analyst's rejection of a machine suggestion that
// statement FromID relates to statement ToID (project format 3): the
// suggestion is not made again, in this session or any later one, until
// the dismissal is removed. Type is the link the suggestion proposed. A
// pair is dismissed once per kind, whichever way round it was suggested.
type Dismissal struct {
	ID     int64      `gorm:"primaryKey"`
	Kind   string     `gorm:"not null;uniqueIndex:idx_dismissal_unique,priority:3"`
	FromID int64      `gorm:"not null;uniqueIndex:idx_dismissal_unique,priority:1"`
	From   *Statement `gorm:"constraint:OnDelete:CASCADE" json:"-"`
	ToID   int64      `gorm:"not null;uniqueIndex:idx_dismissal_unique,priority:2;index"`
	To     *Statement `gorm:"constraint:OnDelete:CASCADE" json:"-"`
	Type   LinkType   `gorm:"not null;default:''"`
	Revision
	CreatedAt time.Time `gorm:"not null"`
	UpdatedAt time.Time `gorm:"not null"`
}
