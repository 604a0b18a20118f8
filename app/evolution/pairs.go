package evolution

import (
	"cmp"
	"context"
	"math"
	"slices"

	"parley/storage"
)

// Change says how a party's statement moved from one round to the next.
type Change string

// The changes, in the order the views list them.
const (
	Repeated Change = "repeated" // near-identical wording in the next round
	Reworded Change = "reworded" // the same point in other words
	New      Change = "new"      // no predecessor in the round before
	Dropped  Change = "dropped"  // no successor in the round after
)

// Changes lists the changes in display order.
var Changes = []Change{Repeated, Reworded, New, Dropped}

// Tuning, measured on the hand labels (labels_test.go): two statements
// pair from MinPairScore of weighted content words in common. A pair is
// repeated when its wording is the same but for function words,
// punctuation and capitals, or when one content word at most changes and
// Similarity reaches RepeatedFrom ("stressed" for "emphasized"); reworded
// otherwise.
const (
	MinPairScore = 0.25
	RepeatedFrom = 0.90
)

// Pair is one party's statement on one topic followed from round From to
// round From+1. Before is nil for a new statement and After for a dropped
// one. The pointers point into Series.Statements: read them, do not change
// them.
type Pair struct {
	TopicID int64
	PartyID int64
	From    int // round index of the earlier round; After is in From+1
	Before  *storage.StatementView
	After   *storage.StatementView
	Change  Change
	Score   float64  // Similarity of the wording, 0 for new and dropped
	Diff    []DiffOp // for repeated and reworded
	// LinkID is the analyst's `repeats` link that made this pair; 0 when
	// the pairing is automatic.
	LinkID int64
}

// NotARepeat is the dismissal that records the analyst's word that the
// later statement does not repeat the earlier one. Store it with
// storage's Dismiss (undo: Undismiss); Load then never pairs the two.
func NotARepeat(beforeID, afterID int64) storage.Dismissal {
	return storage.Dismissal{Kind: storage.DismissedRepeat, FromID: afterID, ToID: beforeID, Type: storage.LinkRepeats}
}

// RepeatLink is the link that records an analyst's pairing: the later
// statement repeats the earlier one. Store it with storage's CreateLink
// (undo: DeleteLink); Load then pairs the two whatever their words.
func RepeatLink(beforeID, afterID int64) storage.Link {
	return storage.Link{FromID: afterID, ToID: beforeID, Type: storage.LinkRepeats}
}

// Pairs follows party's statements on topic (0: no topic) through every
// pair of consecutive rounds, in round order; within a round, pairs come in
// the later statement's order, then the dropped ones.
func (s *Series) Pairs(topicID, partyID int64) []Pair {
	c := s.cellWords(topicID, partyID)
	var out []Pair
	for r := 0; r+1 < len(s.Rounds); r++ {
		out = append(out, s.pairRounds(c, r)...)
	}
	return out
}

// AllPairs is Pairs for every topic and party of the table; it stops early
// when ctx is done.
func (s *Series) AllPairs(ctx context.Context) ([]Pair, error) {
	t := s.Table()
	var out []Pair
	for _, row := range t.Rows {
		for _, p := range t.Parties {
			if err := ctx.Err(); err != nil {
				return nil, err
			}
			out = append(out, s.Pairs(row.Topic.ID, p.ID)...)
		}
	}
	return out, nil
}

// cellWords holds what pairing reads of one topic and party: each
// statement's content words, read once and numbered, and their weights.
type cellWords struct {
	topic, party int64
	sets         map[int][]uint32 // index into Statements → its words, each once
	idf          []float64        // word number → weight
}

// cellWords reads the party's statements on the topic in every round and
// gives each content word an inverse document frequency over them, so that
// what all of them say ("EU", "human rights" under Human rights) counts for
// little.
func (s *Series) cellWords(topicID, partyID int64) *cellWords {
	c := &cellWords{topic: topicID, party: partyID, sets: map[int][]uint32{}}
	vocab := map[string]uint32{}
	var df []int
	var seen []int // word number → the last statement (+1) that had it
	n := 0
	for r := range s.Rounds {
		for _, i := range s.cells[cellKey{topic: topicID, party: partyID, round: r}] {
			n++
			var set []uint32
			for _, w := range words(s.Statements[i].Text) {
				if stopwords[w] {
					continue
				}
				w = stem(w)
				id, ok := vocab[w]
				if !ok {
					id = uint32(len(df))
					vocab[w] = id
					df, seen = append(df, 0), append(seen, 0)
				}
				if seen[id] != n {
					seen[id] = n
					df[id]++
					set = append(set, id)
				}
			}
			c.sets[i] = set
		}
	}
	c.idf = make([]float64, len(df))
	for id, d := range df {
		c.idf[id] = math.Log(1 + float64(n)/float64(d))
	}
	return c
}

// side is one statement of a round being paired.
type side struct {
	v      *storage.StatementView
	words  []uint32
	weight float64
	paired bool
}

func (s *Series) sides(c *cellWords, round int) []side {
	idx := s.cells[cellKey{topic: c.topic, party: c.party, round: round}]
	out := make([]side, len(idx))
	for k, i := range idx {
		sd := side{v: &s.Statements[i], words: c.sets[i]}
		for _, w := range sd.words {
			sd.weight += c.idf[w]
		}
		out[k] = sd
	}
	return out
}

// pairRounds pairs the cell of round r with that of round r+1: first the
// analyst's repeats links, then the best-scoring pairs one to one, but
// never a pair the analyst said is no repeat.
func (s *Series) pairRounds(cw *cellWords, r int) []Pair {
	a := s.sides(cw, r)
	b := s.sides(cw, r+1)
	base := Pair{TopicID: cw.topic, PartyID: cw.party, From: r}
	var out []Pair
	linked := s.linkedPairs(a, b, r, base)
	for _, c := range candidates(a, b, cw.idf) {
		if a[c.i].paired || b[c.j].paired || s.Marks.NotRepeats[storage.DismissalKey(a[c.i].v.ID, b[c.j].v.ID)] {
			continue
		}
		a[c.i].paired, b[c.j].paired = true, true
		linked[b[c.j].v.ID] = worded(base, a[c.i].v, b[c.j].v, 0)
	}
	for _, x := range b {
		p, ok := linked[x.v.ID]
		if !ok {
			p = base
			p.After, p.Change = x.v, New
		}
		out = append(out, p)
	}
	for _, x := range a {
		if !x.paired {
			p := base
			p.Before, p.Change = x.v, Dropped
			out = append(out, p)
		}
	}
	return out
}

// linkedPairs pairs the statements that a repeats link ties to a statement
// of the neighbouring round (on any topic), marking them paired; the pairs
// are keyed by the later statement's ID. An earlier statement linked to a
// later one outside b counts as followed up there and is not dropped.
func (s *Series) linkedPairs(a, b []side, r int, base Pair) map[int64]Pair {
	out := map[int64]Pair{}
	for j := range b {
		for _, l := range s.LinksOf(b[j].v.ID) {
			other := l.ToID + l.FromID - b[j].v.ID
			if l.Type != storage.LinkRepeats || s.RoundOf(other) != r || b[j].paired {
				continue
			}
			i := s.byID[other]
			b[j].paired = true
			out[b[j].v.ID] = worded(base, &s.Statements[i], b[j].v, l.ID)
			for k := range a {
				if a[k].v.ID == other {
					a[k].paired = true
				}
			}
		}
	}
	for k := range a {
		for _, l := range s.LinksOf(a[k].v.ID) {
			other := l.ToID + l.FromID - a[k].v.ID
			if l.Type == storage.LinkRepeats && s.RoundOf(other) == r+1 {
				a[k].paired = true
			}
		}
	}
	return out
}

// worded makes the pair of before and after with their diff.
func worded(base Pair, before, after *storage.StatementView, linkID int64) Pair {
	p := base
	p.Before, p.After, p.LinkID = before, after, linkID
	p.Diff = Diff(before.Text, after.Text)
	p.Score = Similarity(p.Diff)
	p.Change = Reworded
	if e := ContentEdits(p.Diff); e == 0 || (e == 1 && p.Score >= RepeatedFrom) {
		p.Change = Repeated
	}
	return p
}

type scored struct {
	i, j  int
	score float64
}

// candidates scores every pair of a and b that shares a content word
// (through an index of b's words) and returns those from MinPairScore,
// best first.
func candidates(a, b []side, idf []float64) []scored {
	index := map[uint32][]int32{}
	for j, x := range b {
		if x.paired {
			continue
		}
		for _, w := range x.words {
			index[w] = append(index[w], int32(j))
		}
	}
	var out []scored
	shared := make([]float64, len(b))
	var touched []int32
	for i, x := range a {
		if x.paired {
			continue
		}
		touched = touched[:0]
		for _, w := range x.words {
			for _, j := range index[w] {
				if shared[j] == 0 {
					touched = append(touched, j)
				}
				shared[j] += idf[w]
			}
		}
		for _, j := range touched {
			if sc := 2 * shared[j] / (x.weight + b[j].weight); sc >= MinPairScore {
				out = append(out, scored{i, int(j), sc})
			}
			shared[j] = 0
		}
	}
	// Fully ordered (ties by position), so an unstable sort is as good and
	// far cheaper than a stable one on the thousands of candidates of a
	// crowded cell.
	slices.SortFunc(out, func(x, y scored) int {
		switch {
		case x.score != y.score:
			return cmp.Compare(y.score, x.score)
		case x.i != y.i:
			return cmp.Compare(x.i, y.i)
		}
		return cmp.Compare(x.j, y.j)
	})
	return out
}
