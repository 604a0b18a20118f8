package report

import "html/template"

// Report is a built report: every string in it is plain text for the
// template to escape, every colour a checked "#rrggbb", every URL a checked
// http(s) URL or empty.
type Report struct {
	Title     string
	Subtitle  string
	Generated string // the report's date
	PageSize  string // CSS @page size keyword
	// CoverHeight fills the first page, less than the page's height
	// inside its margins so that the cover never spills onto a second.
	CoverHeight string
	Notes       bool
	Sources     bool
	Overview    bool
	Parties     []PartyRef // the columns
	Scope       []string   // what the selection left out, in words
	Dialogues   []*DialogueSection
	Rounds      []*RoundsChapter // the chapters "Across rounds", when asked for
	SourceList  []*SourceEntry
	// CoverSources are the sources the cover names: all of a few, with
	// publisher and date, or the first coverSourcesMax of many by title
	// alone (CompactSources), CoverMore counting the rest, so that a
	// series of many readouts still leaves the cover on one page.
	CoverSources   []*SourceEntry
	CompactSources bool
	CoverMore      int
	Citations      []*Citation
	Count          int      // statements in the report
	Glance         []Figure // key figures for the cover
}

// Figure is one key figure of the cover: a count and what it counts, in
// a party's or a verdict's colours.
type Figure struct {
	Count int
	Label string
	Party *PartyRef
	Key   string // verdict CSS class, when it counts verdicts
}

// PartyRef is a party as the report draws it.
type PartyRef struct {
	Name  string
	Color string // background
	Ink   string // text on Color
}

// DialogueSection is one dialogue of the report.
type DialogueSection struct {
	Anchor    string
	Title     string
	Meta      []string // round, place, dates
	Count     int
	Sources   []*SourceEntry // cited by this dialogue's statements
	Matrix    []MatrixRow
	Omissions []Omission
	Topics    []*TopicSection
}

// MatrixRow is one topic of the overview: counts per party (subtopics
// included) and the assessment.
type MatrixRow struct {
	Topic   string
	Anchor  string
	Depth   int
	Cells   []HeatCell
	Verdict *VerdictRef
	NoTopic bool // the statements without a topic, which no side can leave out
}

// HeatCell is one count of the overview, shaded by its share of the
// dialogue's largest count.
type HeatCell struct {
	Count int
	Bg    string
	Ink   string
}

// VerdictRef is an assessment's verdict: Key is the CSS class.
type VerdictRef struct {
	Key   string
	Label string
}

// Omission is a topic that some parties raised and others did not address.
type Omission struct {
	Topic  string
	Anchor string
	Raised []PartyRef
	Silent []PartyRef
}

// TopicSection is one topic of a dialogue: its statements side by side.
type TopicSection struct {
	Anchor     string
	Name       string
	Parent     string // the path above the topic, for context
	Level      int    // heading level, 3 to 5
	Count      int    // statements of this topic alone
	Total      int    // with its subtopics
	Assessment *AssessmentView
	Blocks     []Block
	HTML       template.HTML // the section rendered by WriteHTML
}

// AssessmentView is the analyst's verdict on a topic.
type AssessmentView struct {
	Verdict VerdictRef
	Text    string
	Notes   []NoteView
}

// Block is a run of statements: either one card spanning the columns of
// its parties (Wide, from grid column Start over Width columns) or one list
// of cards per column.
type Block struct {
	Wide  *Card
	Start int
	Width int
	Cells [][]*Card
}

// Card is one statement.
type Card struct {
	ID         int64
	Num        int
	Text       string
	Kind       string // as stored, for the CSS class
	KindLabel  string // in words, from storage's table of kinds
	Speaker    string
	Role       string
	Color      string // the holding party's colour
	Holders    []PartyRef
	ReportedBy string // set only when the reporting party does not hold it
	Tags       []PartyRef
	Links      []LinkRef
	Notes      []NoteView
	Cited      bool // has an entry in the citations appendix
	Joint      bool // held by more than one party
	NoParty    bool // held by no party
	ShowNotes  bool // the report includes notes
}

// LinkRef is a link drawn as a reference: "responds to [12]". Num 0 means
// the other statement is outside the report.
type LinkRef struct {
	Label string
	Num   int
	In    bool // the other statement links to this one
	Notes []NoteView
}

// NoteView is one of the analyst's notes.
type NoteView struct {
	ID   int64
	Body string
	Date string
}

// SourceEntry is a source in the appendix.
type SourceEntry struct {
	Num       int
	Anchor    string
	Title     string
	Publisher string
	Date      string
	Party     string
	URL       string // live link, http(s) only
	RawURL    string // any other URL, shown as text
}

// Citation says where a statement comes from.
type Citation struct {
	Num         int
	StatementID int64
	Source      *SourceEntry // nil: no source recorded
	Para        int
	Quote       string
}
