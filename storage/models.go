package storage

import "time"

// Kind says what a statement does.
type Kind string

// The kinds of statement (docs/architecture.md lists what each means).
const (
	KindPosition   Kind = "position"
	KindConcern    Kind = "concern"
	KindObjection  Kind = "objection"
	KindDemand     Kind = "demand"
	KindProposal   Kind = "proposal"
	KindCommitment Kind = "commitment"
	KindAgreement  Kind = "agreement"
	KindAccount    Kind = "account"
)

// Kinds lists every kind in the order menus show them (see KindTerms).
var Kinds = valuesOf[Kind](kindTerms)

// Valid reports whether k is one of Kinds.
func (k Kind) Valid() bool {
	for _, v := range Kinds {
		if v == k {
			return true
		}
	}
	return false
}

// LinkType is the relation a link states between two statements.
type LinkType string

// The link types.
const (
	LinkRespondsTo  LinkType = "responds_to"
	LinkAgreesWith  LinkType = "agrees_with"
	LinkContradicts LinkType = "contradicts"
	LinkQualifies   LinkType = "qualifies"
	LinkRepeats     LinkType = "repeats"
)

// LinkTypes lists every link type in menu order.
var LinkTypes = []LinkType{LinkRespondsTo, LinkAgreesWith, LinkContradicts, LinkQualifies, LinkRepeats}

// Valid reports whether t is one of LinkTypes.
func (t LinkType) Valid() bool {
	for _, v := range LinkTypes {
		if v == t {
			return true
		}
	}
	return false
}

// Label is the link type in words ("responds to").
func (t LinkType) Label() string {
	switch t {
	case LinkRespondsTo:
		return "responds to"
	case LinkAgreesWith:
		return "agrees with"
	case LinkContradicts:
		return "contradicts"
	case LinkQualifies:
		return "qualifies"
	case LinkRepeats:
		return "repeats"
	}
	return string(t)
}

// Verdict is an analyst's judgement of one topic in one dialogue.
type Verdict string

// The verdicts.
const (
	VerdictConvergent       Verdict = "convergent"
	VerdictPartlyConvergent Verdict = "partly_convergent"
	VerdictDivergent        Verdict = "divergent"
	VerdictNotAddressed     Verdict = "not_addressed"
)

// Verdicts lists every verdict in menu order (see VerdictTerms).
var Verdicts = valuesOf[Verdict](verdictTerms)

// Valid reports whether v is one of Verdicts.
func (v Verdict) Valid() bool {
	for _, x := range Verdicts {
		if x == v {
			return true
		}
	}
	return false
}

// Label is the verdict in words ("partly convergent").
func (v Verdict) Label() string { return labelOf(verdictTerms, string(v)) }

// Series is a recurring dialogue, e.g. "China-EU Human Rights Dialogue".
type Series struct {
	ID          int64  `gorm:"primaryKey"`
	Name        string `gorm:"not null;uniqueIndex"`
	Description string `gorm:"not null;default:''"`
	Revision
	CreatedAt time.Time `gorm:"not null"`
	UpdatedAt time.Time `gorm:"not null"`
}

// Dialogue is one round of a series. Dates are "YYYY-MM-DD" or empty.
type Dialogue struct {
	ID        int64   `gorm:"primaryKey"`
	SeriesID  *int64  `gorm:"index"`
	Series    *Series `gorm:"constraint:OnDelete:SET NULL" json:"-"`
	Title     string  `gorm:"not null"`
	Round     int     `gorm:"not null;default:0"`
	Place     string  `gorm:"not null;default:''"`
	StartDate string  `gorm:"not null;default:''"`
	EndDate   string  `gorm:"not null;default:''"`
	Revision
	CreatedAt time.Time `gorm:"not null"`
	UpdatedAt time.Time `gorm:"not null"`
}

// Party is a delegation or side. Color is "#rrggbb"; Position orders the
// compare view's columns.
type Party struct {
	ID        int64  `gorm:"primaryKey"`
	Name      string `gorm:"not null;uniqueIndex"`
	ShortName string `gorm:"not null;default:''"`
	Color     string `gorm:"not null;default:'#4063d8'"`
	Position  int    `gorm:"not null;default:0"`
	Revision
	CreatedAt time.Time `gorm:"not null"`
	UpdatedAt time.Time `gorm:"not null"`
}

// Speaker is a named person of a party.
type Speaker struct {
	ID      int64  `gorm:"primaryKey"`
	Name    string `gorm:"not null;index"`
	Role    string `gorm:"not null;default:''"`
	PartyID *int64 `gorm:"index"`
	Party   *Party `gorm:"constraint:OnDelete:SET NULL" json:"-"`
	Revision
	CreatedAt time.Time `gorm:"not null"`
	UpdatedAt time.Time `gorm:"not null"`
}

// Source is an imported document. Statement offsets count runes into Text.
type Source struct {
	ID            int64     `gorm:"primaryKey"`
	DialogueID    *int64    `gorm:"index"`
	Dialogue      *Dialogue `gorm:"constraint:OnDelete:SET NULL" json:"-"`
	Title         string    `gorm:"not null"`
	Publisher     string    `gorm:"not null;default:''"`
	URL           string    `gorm:"not null;default:''"`
	PublishedOn   string    `gorm:"not null;default:''"`
	AuthorPartyID *int64    `gorm:"index"`
	AuthorParty   *Party    `gorm:"constraint:OnDelete:SET NULL" json:"-"`
	Format        string    `gorm:"not null;default:'text'"`
	Text          string    `gorm:"not null"`
	SHA256        string    `gorm:"column:sha256;not null;index"`
	ImportedAt    time.Time `gorm:"not null"`
	Revision
	CreatedAt time.Time `gorm:"not null"`
	UpdatedAt time.Time `gorm:"not null"`
}

// Topic is a node of the topic tree. Keywords are comma-separated and help
// the importer propose topics.
type Topic struct {
	ID          int64  `gorm:"primaryKey"`
	ParentID    *int64 `gorm:"index"`
	Parent      *Topic `gorm:"constraint:OnDelete:CASCADE" json:"-"`
	Name        string `gorm:"not null"`
	Position    int    `gorm:"not null;default:0"`
	Description string `gorm:"not null;default:''"`
	Keywords    string `gorm:"not null;default:''"`
	Revision
	CreatedAt time.Time `gorm:"not null"`
	UpdatedAt time.Time `gorm:"not null"`
}

// Tag is a free label with a colour.
type Tag struct {
	ID    int64  `gorm:"primaryKey"`
	Name  string `gorm:"not null;uniqueIndex"`
	Color string `gorm:"not null;default:'#888888'"`
	Revision
	CreatedAt time.Time `gorm:"not null"`
	UpdatedAt time.Time `gorm:"not null"`
}

// Statement is one stated position. The parties that hold it live in
// StatementParty rows (several for a joint statement); Start and End count
// runes into the source's text.
type Statement struct {
	ID           int64     `gorm:"primaryKey"`
	DialogueID   int64     `gorm:"not null;index:idx_statement_compare,priority:1"`
	Dialogue     *Dialogue `gorm:"constraint:OnDelete:CASCADE" json:"-"`
	TopicID      *int64    `gorm:"index:idx_statement_compare,priority:2;index"`
	Topic        *Topic    `gorm:"constraint:OnDelete:SET NULL" json:"-"`
	Position     int64     `gorm:"not null;default:0;index:idx_statement_compare,priority:3"`
	Kind         Kind      `gorm:"not null;default:'position'"`
	Text         string    `gorm:"not null"`
	ReportedByID *int64    `gorm:"index"`
	ReportedBy   *Party    `gorm:"constraint:OnDelete:SET NULL" json:"-"`
	SpeakerID    *int64    `gorm:"index"`
	Speaker      *Speaker  `gorm:"constraint:OnDelete:SET NULL" json:"-"`
	SourceID     *int64    `gorm:"index"`
	Source       *Source   `gorm:"constraint:OnDelete:SET NULL" json:"-"`
	Start        int       `gorm:"not null;default:0"`
	End          int       `gorm:"not null;default:0"`
	Revision
	CreatedAt time.Time `gorm:"not null"`
	UpdatedAt time.Time `gorm:"not null"`
}

// StatementParty says that a party holds a statement.
type StatementParty struct {
	StatementID int64      `gorm:"primaryKey;autoIncrement:false"`
	Statement   *Statement `gorm:"constraint:OnDelete:CASCADE" json:"-"`
	PartyID     int64      `gorm:"primaryKey;autoIncrement:false;index"`
	Party       *Party     `gorm:"constraint:OnDelete:CASCADE" json:"-"`
}

// StatementTag puts a tag on a statement.
type StatementTag struct {
	StatementID int64      `gorm:"primaryKey;autoIncrement:false"`
	Statement   *Statement `gorm:"constraint:OnDelete:CASCADE" json:"-"`
	TagID       int64      `gorm:"primaryKey;autoIncrement:false;index"`
	Tag         *Tag       `gorm:"constraint:OnDelete:CASCADE" json:"-"`
}

// Link is a typed relation from one statement to another.
type Link struct {
	ID     int64      `gorm:"primaryKey"`
	FromID int64      `gorm:"not null;index;uniqueIndex:idx_link_unique,priority:1"`
	From   *Statement `gorm:"constraint:OnDelete:CASCADE" json:"-"`
	ToID   int64      `gorm:"not null;index;uniqueIndex:idx_link_unique,priority:2"`
	To     *Statement `gorm:"constraint:OnDelete:CASCADE" json:"-"`
	Type   LinkType   `gorm:"not null;uniqueIndex:idx_link_unique,priority:3"`
	Revision
	CreatedAt time.Time `gorm:"not null"`
	UpdatedAt time.Time `gorm:"not null"`
}

// Assessment is the analyst's verdict on one topic in one dialogue.
type Assessment struct {
	ID         int64     `gorm:"primaryKey"`
	DialogueID int64     `gorm:"not null;uniqueIndex:idx_assessment_unique,priority:1"`
	Dialogue   *Dialogue `gorm:"constraint:OnDelete:CASCADE" json:"-"`
	TopicID    int64     `gorm:"not null;uniqueIndex:idx_assessment_unique,priority:2;index"`
	Topic      *Topic    `gorm:"constraint:OnDelete:CASCADE" json:"-"`
	Verdict    Verdict   `gorm:"not null"`
	Text       string    `gorm:"not null;default:''"`
	Revision
	CreatedAt time.Time `gorm:"not null"`
	UpdatedAt time.Time `gorm:"not null"`
}

// Note is an analyst's annotation on exactly one of a statement, a link or
// an assessment.
type Note struct {
	ID           int64       `gorm:"primaryKey"`
	StatementID  *int64      `gorm:"index"`
	Statement    *Statement  `gorm:"constraint:OnDelete:CASCADE" json:"-"`
	LinkID       *int64      `gorm:"index"`
	Link         *Link       `gorm:"constraint:OnDelete:CASCADE" json:"-"`
	AssessmentID *int64      `gorm:"index"`
	Assessment   *Assessment `gorm:"constraint:OnDelete:CASCADE" json:"-"`
	Body         string      `gorm:"not null"`
	Revision
	CreatedAt time.Time `gorm:"not null"`
	UpdatedAt time.Time `gorm:"not null"`
}

// Meta holds project-wide key/value settings, among them the schema version.
type Meta struct {
	Key   string `gorm:"primaryKey"`
	Value string `gorm:"not null"`
}

// TableName keeps the meta table's name short and stable.
func (Meta) TableName() string { return "parley_meta" }

// allModels is every table in creation order (referenced tables first).
func allModels() []any {
	return []any{&Meta{}, &Series{}, &Dialogue{}, &Party{}, &Speaker{}, &Source{}, &Topic{},
		&Tag{}, &Statement{}, &StatementParty{}, &StatementTag{}, &Link{}, &Assessment{}, &Note{}, &EditLog{}, &Lesson{},
		&Case{}, &CaseName{}, &CaseMention{}, &PhraseMark{}, &CommitmentCheck{}, &Dismissal{}}
}
