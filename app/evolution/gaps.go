package evolution

import (
	"parley/app/pairing"
	"parley/storage"
)

// Gaps is what one round left open, as the Overview tab shows it for that
// dialogue: the topics some parties raised and others did not mention (the
// omission map, pairing.Omissions) and the concerns, demands, objections
// and proposals of one readout that the other's leaves unanswered
// (pairing's Dialogue.Unanswered).
type Gaps struct {
	Round      int
	Parties    []storage.Party // the round's parties; Omission.Raised and Silent index them
	Omissions  []pairing.Omission
	Unanswered []storage.StatementView
}

// Gaps lists each round's omissions and unanswered points.
func (s *Series) Gaps() []Gaps {
	out := make([]Gaps, len(s.Rounds))
	for r := range s.Rounds {
		out[r] = Gaps{Round: r, Parties: s.roundParties(r)}
		out[r].Omissions = pairing.Omissions(s.topicCounts(r, out[r].Parties))
		out[r].Unanswered = s.unanswered(r)
	}
	return out
}

// roundParties are the parties holding statements in round r, in column
// order.
func (s *Series) roundParties(r int) []storage.Party {
	in := map[int64]bool{}
	for _, i := range s.byRound[r] {
		for _, p := range Holders(s.Statements[i]) {
			in[p] = true
		}
	}
	var out []storage.Party
	for _, p := range s.Parties {
		if in[p.ID] {
			out = append(out, p)
		}
	}
	return out
}

// topicCounts are round r's rows of the topic × party matrix, subtopics
// counted in their parents, in tree order, the row without a topic last.
func (s *Series) topicCounts(r int, parties []storage.Party) []pairing.TopicCounts {
	own := map[int64]map[int64]int{}
	for _, i := range s.byRound[r] {
		t := topicOf(s.Statements[i])
		if own[t] == nil {
			own[t] = map[int64]int{}
		}
		for _, p := range Holders(s.Statements[i]) {
			own[t][p]++
		}
	}
	counts := storage.RollUp(s.tree, own)
	rows := make([]pairing.TopicCounts, 0, len(s.tree)+1)
	for _, t := range s.tree {
		row := pairing.TopicCounts{Topic: t.Name}
		if t.ParentID != nil {
			row.Parent = s.Topics[s.topicAt[*t.ParentID]].Path
		}
		for _, p := range parties {
			row.Counts = append(row.Counts, counts[t.ID][p.ID])
		}
		rows = append(rows, row)
	}
	none := pairing.TopicCounts{Topic: NoTopicName, NoTopic: true}
	for _, p := range parties {
		none.Counts = append(none.Counts, own[0][p.ID])
	}
	return append(rows, none)
}

// unanswered is pairing's list of unanswered points for round r.
func (s *Series) unanswered(r int) []storage.StatementView {
	d := &pairing.Dialogue{}
	for _, i := range s.byRound[r] {
		d.Views = append(d.Views, s.Statements[i])
	}
	in := map[int64]bool{}
	for _, v := range d.Views {
		in[v.ID] = true
	}
	for _, l := range s.Links {
		if in[l.FromID] && in[l.ToID] {
			d.Links = append(d.Links, l)
		}
	}
	d.A, d.B, _ = pairing.Sides(d.Views)
	return d.Unanswered()
}
