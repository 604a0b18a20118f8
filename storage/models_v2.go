package storage

import "time"

// Revision is what every editable row carries from project format 2 on:
// Version counts its saves, so that a save based on an older read can be
// refused instead of silently overwriting a colleague's change (optimistic
// locking); CreatedBy and UpdatedBy name who made the row and who changed
// it last (a database role on a server, the analyst's name on a file).
type Revision struct {
	Version   int64  `gorm:"not null;default:1"`
	CreatedBy string `gorm:"not null;default:''"`
	UpdatedBy string `gorm:"not null;default:''"`
}

// EditLog records one edit as the user made it: when, by whom, what it
// did and to which row, so that a team can see who changed what.
type EditLog struct {
	ID       int64     `gorm:"primaryKey"`
	At       time.Time `gorm:"not null;index:idx_edit_log_at"`
	Author   string    `gorm:"not null;default:''"`
	Action   string    `gorm:"not null"`
	RowTable string    `gorm:"not null;default:'';index:idx_edit_log_row,priority:1"`
	RowID    int64     `gorm:"not null;default:0;index:idx_edit_log_row,priority:2"`
	Detail   string    `gorm:"not null;default:''"`
}

// TableName keeps the log's name singular, like parley_meta.
func (EditLog) TableName() string { return "edit_log" }

// Lesson is something the importer learnt from the analyst's corrections:
// under Rule (e.g. "speaker_party"), the normalised input Key maps to
// Value; Count is how often the analyst confirmed it.
type Lesson struct {
	ID        int64     `gorm:"primaryKey"`
	Rule      string    `gorm:"not null;uniqueIndex:idx_lesson_unique,priority:1"`
	Key       string    `gorm:"not null;uniqueIndex:idx_lesson_unique,priority:2"`
	Value     string    `gorm:"not null;uniqueIndex:idx_lesson_unique,priority:3"`
	Count     int64     `gorm:"not null;default:1"`
	CreatedAt time.Time `gorm:"not null"`
	UpdatedAt time.Time `gorm:"not null"`
}

// Case is a named person or case of the register of individual cases.
type Case struct {
	ID          int64  `gorm:"primaryKey"`
	Name        string `gorm:"not null;uniqueIndex"`
	Description string `gorm:"not null;default:''"`
	Revision
	CreatedAt time.Time `gorm:"not null"`
	UpdatedAt time.Time `gorm:"not null"`
}

// CaseName is another spelling of a case's name, merged into it.
type CaseName struct {
	ID        int64     `gorm:"primaryKey"`
	CaseID    int64     `gorm:"not null;index"`
	Case      *Case     `gorm:"constraint:OnDelete:CASCADE" json:"-"`
	Name      string    `gorm:"not null;uniqueIndex"`
	CreatedAt time.Time `gorm:"not null"`
}

// The states of a CaseMention.
const (
	MentionManual   = "manual"   // added by the analyst
	MentionExcluded = "excluded" // a detected mention the analyst removed
)

// CaseMention is the analyst's word on whether a statement raises a case,
// over what detection finds.
type CaseMention struct {
	CaseID      int64      `gorm:"primaryKey;autoIncrement:false"`
	Case        *Case      `gorm:"constraint:OnDelete:CASCADE" json:"-"`
	StatementID int64      `gorm:"primaryKey;autoIncrement:false;index"`
	Statement   *Statement `gorm:"constraint:OnDelete:CASCADE" json:"-"`
	State       string     `gorm:"not null;default:'manual'"`
	CreatedBy   string     `gorm:"not null;default:''"`
	CreatedAt   time.Time  `gorm:"not null"`
}

// The states of a PhraseMark.
const (
	PhrasePinned = "pinned"
	PhraseHidden = "hidden"
)

// PhraseMark pins a stock phrase to the top of the list or hides it.
type PhraseMark struct {
	ID        int64     `gorm:"primaryKey"`
	Phrase    string    `gorm:"not null;uniqueIndex"`
	State     string    `gorm:"not null"`
	CreatedBy string    `gorm:"not null;default:''"`
	CreatedAt time.Time `gorm:"not null"`
	UpdatedAt time.Time `gorm:"not null"`
}

// The statuses of a CommitmentCheck.
const (
	CommitmentKept         = "kept"
	CommitmentRepeated     = "repeated"
	CommitmentNotMentioned = "not_mentioned"
	CommitmentContradicted = "contradicted"
)

// CommitmentCheck is the analyst's status of a commitment made in one
// round, as the next round bears it out; FollowUpID is the statement of
// the next round that mentions it, if any.
type CommitmentCheck struct {
	StatementID int64      `gorm:"primaryKey;autoIncrement:false"`
	Statement   *Statement `gorm:"constraint:OnDelete:CASCADE" json:"-"`
	Status      string     `gorm:"not null"`
	FollowUpID  *int64     `gorm:"index"`
	FollowUp    *Statement `gorm:"constraint:OnDelete:SET NULL" json:"-"`
	Note        string     `gorm:"not null;default:''"`
	Revision
	CreatedAt time.Time `gorm:"not null"`
	UpdatedAt time.Time `gorm:"not null"`
}
