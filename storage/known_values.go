package storage

import (
	"fmt"
	"strings"
)

// UnknownValue is a statement's kind, a link's type or an assessment's
// verdict that a project holds but this version of Parley does not know:
// typed in with an SQLite tool, or written by a newer Parley. Parley
// keeps such a value in the project as it is and shows it marked; a copy
// of the project (ReadRows for a JSON, REFI-QDA or workbook export or a
// team copy, ReadRescue for a rescue) reads it as the known value As, so
// that whatever Parley opens it can export and import again, and notes
// the value it had on the record (NoteID), so that nothing is lost.
type UnknownValue struct {
	Table  string // "statement", "link", "assessment" or "dismissal"
	ID     int64  // the record's
	Field  string // "kind", "type" or "verdict"
	Value  string // as the project holds it
	As     string // the known value the copy holds instead ("" for none)
	NoteID int64  // the note that keeps Value; 0 when the copy has none
}

// String says what was read as what: statement 3's kind "rebuttal" as
// "position".
func (u UnknownValue) String() string {
	return fmt.Sprintf("%s %d's %s %q as %q", u.Table, u.ID, u.Field, u.Value, u.As)
}

// UnknownSummary says in a sentence or two which unknown values a copy
// holds as known ones (the first few by name), "" for none.
func UnknownSummary(us []UnknownValue) string {
	if len(us) == 0 {
		return ""
	}
	const named = 5
	var parts []string
	for _, u := range us[:min(named, len(us))] {
		parts = append(parts, u.String())
	}
	list := strings.Join(parts, "; ")
	if len(us) > named {
		list += fmt.Sprintf("; and %d more", len(us)-named)
	}
	what := "1 value"
	if len(us) > 1 {
		what = fmt.Sprintf("%d values", len(us))
	}
	return fmt.Sprintf("%s this version of Parley does not know (set outside Parley, or by a newer Parley) went into the copy as known ones, "+
		"each with a note keeping what it was: %s.", what, list)
}

// The known values that unknown ones are read as: the kind a new
// statement gets, the most general link (a response, the first in the
// menu), and the verdict drawn without a colour of its own.
const (
	fallbackKind    = KindPosition
	fallbackLink    = LinkRespondsTo
	fallbackVerdict = VerdictNotAddressed
)

// underscored writes spaces and hyphens as the underscores of stored values.
var underscored = strings.NewReplacer(" ", "_", "-", "_")

// spelledAs finds the known value that s spells another way ("Partly
// convergent", "partly-convergent", "Convergent "): its value or its
// words, regardless of case, with spaces or hyphens for underscores.
func spelledAs(s string, terms []Term) (string, bool) {
	norm := func(x string) string {
		return underscored.Replace(strings.ToLower(strings.TrimSpace(x)))
	}
	n := norm(s)
	for _, t := range terms {
		if n == norm(t.Value) || n == norm(t.Label) {
			return t.Value, true
		}
	}
	return "", false
}

var linkTerms = func() []Term {
	out := make([]Term, len(LinkTypes))
	for i, t := range LinkTypes {
		out[i] = Term{Value: string(t), Label: t.Label()}
	}
	return out
}()

// readKnownValues reads every unknown kind, link type and verdict of r as
// a known one, as UnknownValue describes, and lists them in r.Unknown. A
// value that only spells a known one differently is read as that value
// without a note; any other gets the fallback and a note saying what it
// was. A link's fallback is the first type its two statements are not yet
// linked by, so that the copy never holds the same link twice.
func readKnownValues(r *ProjectRows) {
	notes := &noteMaker{r: r}
	for _, n := range r.Notes {
		notes.next = max(notes.next, n.ID)
	}
	for i := range r.Statements {
		st := &r.Statements[i].Statement
		if st.Kind.Valid() {
			continue
		}
		u := UnknownValue{Table: "statement", ID: st.ID, Field: "kind", Value: string(st.Kind)}
		u.readAs(kindTerms, string(fallbackKind), func(as string) int64 {
			return notes.add(Note{StatementID: &st.ID, CreatedAt: st.UpdatedAt, UpdatedAt: st.UpdatedAt}, "this statement's kind", u.Value, as)
		})
		st.Kind = Kind(u.As)
		r.Unknown = append(r.Unknown, u)
	}
	readKnownLinks(r, notes)
	for i := range r.Assessments {
		a := &r.Assessments[i]
		if a.Verdict.Valid() {
			continue
		}
		u := UnknownValue{Table: "assessment", ID: a.ID, Field: "verdict", Value: string(a.Verdict)}
		u.readAs(verdictTerms, string(fallbackVerdict), func(as string) int64 {
			return notes.add(Note{AssessmentID: &a.ID, CreatedAt: a.UpdatedAt, UpdatedAt: a.UpdatedAt}, "this assessment's verdict", u.Value, as)
		})
		a.Verdict = Verdict(u.As)
		r.Unknown = append(r.Unknown, u)
	}
	readKnownDismissals(r)
}

// readAs sets u.As to the known value u.Value spells, or else to fallback
// with the note that note makes to keep the value.
func (u *UnknownValue) readAs(terms []Term, fallback string, note func(as string) int64) {
	as, ok := spelledAs(u.Value, terms)
	if !ok {
		as = fallback
		u.NoteID = note(as)
	}
	u.As = as
}

// readKnownLinks is readKnownValues for the links.
func readKnownLinks(r *ProjectRows, notes *noteMaker) {
	type pair struct{ from, to int64 }
	taken := map[pair]map[LinkType]bool{}
	for _, l := range r.Links {
		p := pair{l.FromID, l.ToID}
		if taken[p] == nil {
			taken[p] = map[LinkType]bool{}
		}
		taken[p][l.Type] = true
	}
	for i := range r.Links {
		l := &r.Links[i]
		if l.Type.Valid() {
			continue
		}
		u := UnknownValue{Table: "link", ID: l.ID, Field: "type", Value: string(l.Type)}
		used := taken[pair{l.FromID, l.ToID}]
		as, ok := spelledAs(u.Value, linkTerms)
		if !ok || used[LinkType(as)] {
			as = string(fallbackLink)
			for _, t := range LinkTypes {
				if !used[t] {
					as = string(t)
					break
				}
			}
			u.NoteID = notes.add(Note{LinkID: &l.ID, CreatedAt: l.UpdatedAt, UpdatedAt: l.UpdatedAt}, "this link's type", u.Value, as)
		}
		used[LinkType(as)] = true
		l.Type, u.As = LinkType(as), as
		r.Unknown = append(r.Unknown, u)
	}
}

// readKnownDismissals reads a dismissed suggestion's unknown link type as
// none: it only said what the suggestion proposed, and a dismissal has no
// notes to keep it in.
func readKnownDismissals(r *ProjectRows) {
	for i := range r.Dismissals {
		d := &r.Dismissals[i]
		if d.Type == "" || d.Type.Valid() {
			continue
		}
		u := UnknownValue{Table: "dismissal", ID: d.ID, Field: "type", Value: string(d.Type)}
		if as, ok := spelledAs(u.Value, linkTerms); ok {
			u.As = as
		}
		d.Type = LinkType(u.As)
		r.Unknown = append(r.Unknown, u)
	}
}

// noteMaker adds the notes that keep unknown values, numbered after the
// project's own.
type noteMaker struct {
	r    *ProjectRows
	next int64
}

// add appends n, saying that what had value, which Parley does not know,
// reads as as; it returns the note's ID. The note takes its record's time,
// so that a copy made twice is the same copy.
func (m *noteMaker) add(n Note, what, value, as string) int64 {
	m.next++
	n.ID = m.next
	n.Version = 1
	n.Body = fmt.Sprintf("In the project this was copied from, %s was %q, which this version of Parley does not know "+
		"(it was set outside Parley, or by a newer Parley); the copy reads it as %q.", what, value, as)
	m.r.Notes = append(m.r.Notes, n)
	return n.ID
}
