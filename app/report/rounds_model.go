package report

// RoundsChapter is the chapter "Across rounds" for one series: how each
// party's statements moved from round to round (app/evolution).
type RoundsChapter struct {
	Anchor      string
	Series      string
	Rounds      []RoundHead
	Parties     []PartyRef
	Tables      []EvolutionTable // the evolution table, in blocks of rounds that fit the page
	Tally       []Figure         // repeated, reworded, new, dropped
	Changes     []TopicChanges
	Chart       *PhraseChart // nil: no phrase recurs
	Cases       []CaseRow
	Commitments []CommitmentRow
}

// EvolutionTable is the evolution table for some consecutive rounds.
type EvolutionTable struct {
	Rounds []RoundHead
	Rows   []RoundsRow
}

// RoundHead is a round as a column head.
type RoundHead struct {
	Label  string // "39th round (2024)"
	Short  string // "39"
	Anchor string // the dialogue's section in the report
}

// RoundsRow is one topic across the rounds.
type RoundsRow struct {
	Topic string
	Depth int
	Cells [][]RoundsCell // [round][party]
}

// RoundsCell is one party's statements on a topic in one round.
type RoundsCell struct {
	Count int
	First string // the first statement's first words
	Ref   Ref    // the first statement
	Color string
}

// Ref points at a statement of the report: "[12]" with its citation. Num 0
// means the statement is not in the report's selection.
type Ref struct {
	Num   int
	Cited bool
}

// TopicChanges lists what moved on one topic.
type TopicChanges struct {
	Topic string
	Items []ChangeItem
}

// ChangeItem is one pair of consecutive rounds' statements of a party.
type ChangeItem struct {
	Party  PartyRef
	Step   string // "38 → 39"
	Change string // reworded, new, dropped
	By     bool   // paired by the analyst
	Before Ref
	After  Ref
	Text   string      // new and dropped: the statement
	Diff   []DiffPiece // reworded
}

// DiffPiece is a run of a reworded statement: Kind is "same", "added" or
// "dropped".
type DiffPiece struct {
	Kind string
	Text string
}

// PhraseChart is the stock phrases drawn as an inline SVG: a row per
// phrase, a column per round, a dot where the party used it.
type PhraseChart struct {
	Width, Height int
	Heads         []ChartText
	Rows          []ChartRow
}

// ChartText is a positioned label.
type ChartText struct {
	X, Y int
	Text string
}

// ChartRow is one phrase of the chart.
type ChartRow struct {
	Label   ChartText
	Note    ChartText // appears / vanishes
	Color   string
	LineY   int
	X1, X2  int
	Dots    []ChartDot
	Swatch  ChartText // position of the party's swatch
	Pinned  bool
	Phrase  string
	Party   string
	Changes bool
}

// ChartDot is one round of a phrase's row.
type ChartDot struct {
	X, Y int
	Used bool
}

// CaseRow is one case of the register.
type CaseRow struct {
	Name      string
	Spellings []string
	Raised    []RaisedBy
	Mentions  []Ref
	Answers   []Ref
	Answered  int // mentions with an answer from another party
}

// RaisedBy is one party raising a case in some rounds.
type RaisedBy struct {
	Party  PartyRef
	Rounds string // "38, 39, 40"
}

// CommitmentRow is one commitment followed into the next round.
type CommitmentRow struct {
	Round     string
	Party     PartyRef
	Text      string
	Ref       Ref
	FollowUp  string
	FollowRef Ref
	Status    string // in words
	Checked   bool   // the analyst's status, not a suggestion
	Key       string // CSS class of the status
}
