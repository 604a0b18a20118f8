package storage

import (
	"fmt"
	"strings"
	"unicode/utf8"
)

// rescueMend makes the rows of a rescue pass the checks WriteRows makes,
// one row at a time, so that one bad value does not stop the rescue of
// the rest: a rescue is there for files edited outside Parley, and a file
// with a trigger in it and one empty topic name used to be refused by the
// rescue as well, its data out of reach. A value with a plain stand-in
// gets it (text that is not UTF-8 keeps its characters with � for each
// stray byte, so that spans still count the same runes; a name that is
// empty or taken gets one; a colour that is none gets the default); a row
// that cannot stand as it is (no ID or a taken one, a link from a
// statement to itself, a note on nothing, a span outside its source) is
// left out or loses the part that is wrong. It runs before rescuePrune,
// which then leaves out what belonged to a row left out here. It returns
// what it mended and what it left out, one line per table each.
func rescueMend(r *ProjectRows) (mended, left []string) {
	m := &mender{}
	r.Series = mendIDs(m, "series", r.Series, func(x *Series) int64 { return x.ID })
	r.Dialogues = mendIDs(m, "dialogues", r.Dialogues, func(x *Dialogue) int64 { return x.ID })
	r.Parties = mendIDs(m, "parties", r.Parties, func(x *Party) int64 { return x.ID })
	r.Speakers = mendIDs(m, "speakers", r.Speakers, func(x *Speaker) int64 { return x.ID })
	r.Sources = mendIDs(m, "sources", r.Sources, func(x *Source) int64 { return x.ID })
	r.Topics = mendIDs(m, "topics", r.Topics, func(x *Topic) int64 { return x.ID })
	r.Tags = mendIDs(m, "tags", r.Tags, func(x *Tag) int64 { return x.ID })
	r.Statements = mendIDs(m, "statements", r.Statements, func(x *StatementInput) int64 { return x.ID })
	r.Links = mendIDs(m, "links", r.Links, func(x *Link) int64 { return x.ID })
	r.Assessments = mendIDs(m, "assessments", r.Assessments, func(x *Assessment) int64 { return x.ID })
	r.Notes = mendIDs(m, "notes", r.Notes, func(x *Note) int64 { return x.ID })
	r.Register.Cases = mendIDs(m, "cases", r.Register.Cases, func(x *Case) int64 { return x.ID })

	names := func(table, what string, unique bool, n int, name func(int) (*string, int64)) {
		taken := map[string]bool{}
		for i := 0; i < n; i++ {
			p, id := name(i)
			v := strings.TrimSpace(validText(*p))
			if v == "" {
				v = fmt.Sprintf("(%s %d without a name)", what, id)
			}
			if unique {
				for base, k := v, 2; taken[v]; k++ {
					v = fmt.Sprintf("%s (%d)", base, k)
				}
				taken[v] = true
			}
			if v != *p {
				*p = v
				m.note(table, "names that were empty, not text or taken twice were given one")
			}
		}
	}
	names("series", "series", true, len(r.Series), func(i int) (*string, int64) { return &r.Series[i].Name, r.Series[i].ID })
	names("dialogues", "dialogue", false, len(r.Dialogues), func(i int) (*string, int64) { return &r.Dialogues[i].Title, r.Dialogues[i].ID })
	names("parties", "party", true, len(r.Parties), func(i int) (*string, int64) { return &r.Parties[i].Name, r.Parties[i].ID })
	names("speakers", "speaker", false, len(r.Speakers), func(i int) (*string, int64) { return &r.Speakers[i].Name, r.Speakers[i].ID })
	names("sources", "source", false, len(r.Sources), func(i int) (*string, int64) { return &r.Sources[i].Title, r.Sources[i].ID })
	names("topics", "topic", false, len(r.Topics), func(i int) (*string, int64) { return &r.Topics[i].Name, r.Topics[i].ID })
	names("tags", "tag", true, len(r.Tags), func(i int) (*string, int64) { return &r.Tags[i].Name, r.Tags[i].ID })
	names("cases", "case", true, len(r.Register.Cases), func(i int) (*string, int64) {
		return &r.Register.Cases[i].Name, r.Register.Cases[i].ID
	})

	colour := func(table string, c *string, def string) {
		if checkColor(*c) != nil {
			*c = def
			m.note(table, "colours that were none were set to the default")
		}
	}
	for i := range r.Parties {
		colour("parties", &r.Parties[i].Color, DefaultPartyColor)
	}
	for i := range r.Tags {
		colour("tags", &r.Tags[i].Color, DefaultTagColor)
	}

	text := func(table string, p *string) {
		if v := validText(*p); v != *p {
			*p = v
			m.note(table, "text that was not UTF-8 has � for each stray byte")
		}
	}
	runes := make(map[int64]int, len(r.Sources))
	for i := range r.Sources {
		text("sources", &r.Sources[i].Text)
		runes[r.Sources[i].ID] = utf8.RuneCountInString(r.Sources[i].Text)
	}
	for i := range r.Statements {
		st := &r.Statements[i].Statement
		text("statements", &st.Text)
		n, cited := 0, st.SourceID != nil
		if cited {
			n, cited = runes[*st.SourceID]
		}
		if st.Start < 0 || st.End < st.Start || (cited && st.End > n) {
			st.SourceID, st.Start, st.End = nil, 0, 0
			m.note("statements", "spans that were not inside their source were dropped; the statements keep their text, without a source")
		}
	}
	r.Statements = mendKeep(m, "statements", "without text", r.Statements, func(in *StatementInput) bool {
		return strings.TrimSpace(in.Text) != ""
	})
	r.Links = mendKeep(m, "links", "from a statement to itself", r.Links, func(l *Link) bool { return l.FromID != l.ToID })
	for i := range r.Assessments {
		text("assessments", &r.Assessments[i].Text)
	}
	for i := range r.Notes {
		text("notes", &r.Notes[i].Body)
	}
	r.Notes = mendKeep(m, "notes", "on nothing, on more than one thing or empty", r.Notes, func(n *Note) bool {
		return checkNote(n) == nil
	})
	mendRegister(m, &r.Register)
	return m.mended.lines(), m.left.lines()
}

// mendRegister is rescueMend for the register's tables.
func mendRegister(m *mender, g *Register) {
	taken := map[string]bool{}
	for _, c := range g.Cases {
		taken[c.Name] = true
	}
	g.CaseNames = mendKeep(m, "case names", "empty, not text or a case's name already", g.CaseNames, func(n *CaseName) bool {
		v, err := checkName("case name", n.Name)
		if err != nil || taken[v] {
			return false
		}
		n.Name, taken[v] = v, true
		return true
	})
	g.CaseMentions = mendKeep(m, "case mentions", "of a state Parley does not know", g.CaseMentions, func(c *CaseMention) bool {
		return c.State == MentionManual || c.State == MentionExcluded
	})
	g.PhraseMarks = mendKeep(m, "phrase marks", "empty, not text or of a state Parley does not know", g.PhraseMarks, func(p *PhraseMark) bool {
		return (p.State == PhrasePinned || p.State == PhraseHidden) && p.Phrase != "" && utf8.ValidString(p.Phrase)
	})
	g.CommitmentChecks = mendKeep(m, "commitment checks", "of a status Parley does not know", g.CommitmentChecks, func(c *CommitmentCheck) bool {
		c.Note = validText(c.Note)
		return ValidCommitmentStatus(c.Status)
	})
	g.Lessons = mendKeep(m, "lessons", "a rule, key or count no import could use", g.Lessons, func(l *Lesson) bool {
		return CheckLesson(*l) == nil
	})
}

// mendIDs leaves out the rows of table without an ID of their own (none,
// a negative one, or one another row has).
func mendIDs[T any](m *mender, table string, rows []T, id func(*T) int64) []T {
	seen := make(map[int64]bool, len(rows))
	return mendKeep(m, table, "without an ID of their own", rows, func(x *T) bool {
		v := id(x)
		if v <= 0 || seen[v] {
			return false
		}
		seen[v] = true
		return true
	})
}

// validText is s with each byte that is not part of a UTF-8 character
// replaced by U+FFFD, so that it counts as many runes as s does.
func validText(s string) string {
	if utf8.ValidString(s) {
		return s
	}
	var b strings.Builder
	b.Grow(len(s) + 8)
	for _, r := range s {
		b.WriteRune(r)
	}
	return b.String()
}

// mender collects what rescueMend mended and what it left out.
type mender struct{ mended, left notebook }

func (m *mender) note(table, what string) { m.mended.note(table, what) }

// notebook collects lines per table, in the order first met.
type notebook struct {
	tables []string
	did    map[string][]string
}

func (m *notebook) note(table, what string) {
	if m.did == nil {
		m.did = map[string][]string{}
	}
	if _, ok := m.did[table]; !ok {
		m.tables = append(m.tables, table)
	}
	for _, w := range m.did[table] {
		if w == what {
			return
		}
	}
	m.did[table] = append(m.did[table], what)
}

// mendKeep returns the rows ok accepts and notes how many were left out,
// and why.
func mendKeep[T any](m *mender, table, why string, rows []T, ok func(*T) bool) []T {
	out := rows[:0]
	for i := range rows {
		if ok(&rows[i]) {
			out = append(out, rows[i])
		}
	}
	if n := len(rows) - len(out); n > 0 {
		m.left.note(table, fmt.Sprintf("left out %d (%s)", n, why))
	}
	return out
}

func (m *notebook) lines() []string {
	out := make([]string, 0, len(m.tables))
	for _, t := range m.tables {
		out = append(out, t+": "+strings.Join(m.did[t], "; ")+" (edited outside Parley)")
	}
	return out
}
