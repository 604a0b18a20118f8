package exchange

import (
	"fmt"
	"unicode/utf8"

	"parley/storage"
)

// MaxID is the largest ID and position an import accepts: 2^53 − 1, the
// largest integer a JSON reader working in floating point (JavaScript,
// spreadsheets) keeps exactly. It also leaves SQLite room to number the
// rows added later; a row at 2^63 − 1 made every later insert fail with
// "database or disk is full".
const MaxID = 1<<53 - 1

// checkNumbers refuses IDs and positions above MaxID, naming the record.
func checkNumbers(d *Document) error {
	// The first number out of range, in the order below, is the one
	// named; they are checked as they come (a list of them all was 50 MB
	// of garbage for 100k statements).
	var err error
	add := func(what string, id, n int64, name string) {
		if err == nil && (n > MaxID || n < -MaxID) {
			err = fmt.Errorf("%s %d: %s %d is too large (at most %d)", what, id, name, n, int64(MaxID))
		}
	}
	for _, v := range d.Series {
		add("series", v.ID, v.ID, "id")
	}
	for _, v := range d.Dialogues {
		add("dialogue", v.ID, v.ID, "id")
		add("dialogue", v.ID, int64(v.Round), "round")
	}
	for _, v := range d.Parties {
		add("party", v.ID, v.ID, "id")
		add("party", v.ID, int64(v.Position), "position")
	}
	for _, v := range d.Speakers {
		add("speaker", v.ID, v.ID, "id")
	}
	for _, v := range d.Topics {
		add("topic", v.ID, v.ID, "id")
		add("topic", v.ID, int64(v.Position), "position")
	}
	for _, v := range d.Tags {
		add("tag", v.ID, v.ID, "id")
	}
	for _, v := range d.Sources {
		add("source", v.ID, v.ID, "id")
	}
	for _, v := range d.Statements {
		add("statement", v.ID, v.ID, "id")
		add("statement", v.ID, v.Position, "position")
	}
	for _, v := range d.Links {
		add("link", v.ID, v.ID, "id")
	}
	for _, v := range d.Assessments {
		add("assessment", v.ID, v.ID, "id")
	}
	for _, v := range d.Notes {
		add("note", v.ID, v.ID, "id")
	}
	for _, v := range d.Dismissals {
		add("dismissal", v.ID, v.ID, "id")
	}
	return err
}

// checkDates refuses a date that is not empty or YYYY-MM-DD, the form the
// window's date fields take, and a dialogue's round or dates the window's
// form refuses (storage.CheckDialogueFields): a date is shown in reports and file names,
// and markup in one (`2024-06-16<script>`) has no business there.
func checkDates(d *Document) error {
	for _, v := range d.Dialogues {
		if err := storage.CheckDialogueFields(v.Round, v.StartDate, v.EndDate); err != nil {
			return fmt.Errorf("dialogue %d: %w", v.ID, err)
		}
	}
	for _, v := range d.Sources {
		if !storage.ValidDate(v.PublishedOn) {
			return fmt.Errorf("source %d: published_on %q is not a date of the form YYYY-MM-DD", v.ID, v.PublishedOn)
		}
	}
	return nil
}

// checkQuote checks that a statement's text is what its source says in
// its span: a statement attributed to a source quotes it, and an import
// must not put words into a source's mouth. A statement without a source
// has no span. Statements whose text an analyst edited after coding
// differ on purpose; edited lets them in.
func (x *resolver) checkQuote(v *Statement) error {
	if v.Source == nil {
		if v.Start != 0 || v.End != 0 {
			return fmt.Errorf("statement %d has a span %d–%d but no source", v.ID, v.Start, v.End)
		}
		return nil
	}
	if x.editedText || v.Start < 0 || v.End < v.Start {
		return nil // a backwards span is storage's to refuse
	}
	idx := x.runeIndex(*v.Source)
	from, ok1 := idx.byteAt(v.Start)
	to, ok2 := idx.byteAt(v.End)
	if !ok1 || !ok2 {
		return fmt.Errorf("statement %d: its span %d–%d runs past the end of source %d (%d characters)", v.ID, v.Start, v.End, *v.Source, idx.count)
	}
	if idx.text[from:to] != v.Text {
		return &EditedTextError{Statement: v.ID, Source: *v.Source, Start: v.Start, End: v.End, Says: clip(idx.text[from:to])}
	}
	return nil
}

// EditedTextError is a statement whose text is not what its source says at
// its span: words put into a source's mouth, or a text the analyst edited
// in Parley after coding it, which ImportOptions.AllowEditedText accepts.
// The window asks about it; the command names its flag.
type EditedTextError struct {
	Statement, Source int64
	Start, End        int
	Says              string // the source's text at the span, clipped
}

// Error names the statement, the source and what the source says.
func (e *EditedTextError) Error() string {
	return fmt.Sprintf("statement %d: its text does not match source %d at runes %d–%d, which say %q; if it was edited in Parley on purpose, import with -allow-edited-text",
		e.Statement, e.Source, e.Start, e.End, e.Says)
}

// runeIndex finds byte offsets of rune positions in a source's text
// without a []rune copy of it (four bytes per character): it keeps the
// byte offset of every 64th rune and walks from there.
type runeIndex struct {
	text  string
	marks []int
	count int
}

const runeStride = 64

func newRuneIndex(text string) *runeIndex {
	x := &runeIndex{text: text, marks: make([]int, 0, len(text)/runeStride+1)}
	for i := range text {
		if x.count%runeStride == 0 {
			x.marks = append(x.marks, i)
		}
		x.count++
	}
	return x
}

// byteAt returns the byte offset of rune k; k may be the rune count (the
// end of the text).
func (x *runeIndex) byteAt(k int) (int, bool) {
	if k < 0 || k > x.count {
		return 0, false
	}
	if k == x.count {
		return len(x.text), true
	}
	off := x.marks[k/runeStride]
	for i := k % runeStride; i > 0; i-- {
		_, n := utf8.DecodeRuneInString(x.text[off:])
		off += n
	}
	return off, true
}

func (x *resolver) runeIndex(source int64) *runeIndex {
	if idx, ok := x.runes[source]; ok {
		return idx
	}
	if x.runes == nil {
		x.runes = map[int64]*runeIndex{}
	}
	idx := newRuneIndex(x.sourceText[source])
	x.runes[source] = idx
	return idx
}
