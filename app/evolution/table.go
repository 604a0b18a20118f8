package evolution

import (
	"strings"
	"unicode/utf8"

	"parley/storage"
)

// Table is the evolution table of a series: a row per topic that has
// statements in any round, a column per round, and in each cell a
// summary per party.
type Table struct {
	Rounds  []Round
	Parties []storage.Party // the parties with statements in the series, column order
	Rows    []Row
}

// Row is one topic across the rounds.
type Row struct {
	Topic Topic
	Cells [][]PartyCell // [round][party], parallel to Table.Rounds and Table.Parties
	Total int           // statements of the topic in the series, counted once per holder
}

// PartyCell sums up one party's statements on a topic in one round; the
// statements themselves come from Series.Cell.
type PartyCell struct {
	PartyID int64
	Count   int
	FirstID int64  // the first statement, 0 when Count is 0
	First   string // its first line, at most FirstLineRunes runes
}

// FirstLineRunes caps PartyCell.First.
const FirstLineRunes = 120

// Table builds the evolution table from what Load read. It touches only
// the cells' first statements, so it stays fast at any number of
// statements.
func (s *Series) Table() Table {
	t := Table{Rounds: s.Rounds}
	used := map[int64]bool{}
	perTopic := map[int64]int{}
	for k, idx := range s.cells {
		used[k.party] = true
		perTopic[k.topic] += len(idx)
	}
	for _, p := range s.Parties {
		if used[p.ID] {
			t.Parties = append(t.Parties, p)
		}
	}
	for _, tp := range s.Topics {
		if perTopic[tp.ID] == 0 {
			continue
		}
		row := Row{Topic: tp, Total: perTopic[tp.ID], Cells: make([][]PartyCell, len(s.Rounds))}
		for r := range s.Rounds {
			row.Cells[r] = make([]PartyCell, len(t.Parties))
			for j, p := range t.Parties {
				row.Cells[r][j] = s.partyCell(tp.ID, p.ID, r)
			}
		}
		t.Rows = append(t.Rows, row)
	}
	return t
}

func (s *Series) partyCell(topic, party int64, round int) PartyCell {
	idx := s.cells[cellKey{topic: topic, party: party, round: round}]
	c := PartyCell{PartyID: party, Count: len(idx)}
	if len(idx) > 0 {
		v := &s.Statements[idx[0]]
		c.FirstID, c.First = v.ID, FirstLine(v.Text, FirstLineRunes)
	}
	return c
}

// FirstLine is text's first line cut to at most n runes, with an ellipsis
// when cut.
func FirstLine(text string, n int) string {
	text = strings.TrimSpace(text)
	if i := strings.IndexByte(text, '\n'); i >= 0 {
		text = strings.TrimSpace(text[:i]) + " …"
	}
	if utf8.RuneCountInString(text) <= n {
		return text
	}
	r := []rune(text)
	return strings.TrimSpace(string(r[:n-1])) + "…"
}
