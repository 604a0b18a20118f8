package pairing

import (
	"math"
	"sort"
	"strings"

	"parley/storage"
)

// Statement is what pairing reads of a statement.
type Statement struct {
	ID      int64
	Holders []int64 // the parties that hold it
	Kind    storage.Kind
	Text    string
}

// Suggestion proposes a link between a statement of one side and one of
// the other side, with the reason in words.
type Suggestion struct {
	From, To int64
	Type     storage.LinkType
	Score    float64
	Reason   string
}

// SecondShare keeps a pair proposed only when its probability is, or comes
// within this share of, the best of at least one of its two statements:
// the analyst pairs a statement with its closest partners, not with every
// statement on its subject. Half, not nine tenths: with the lone subject
// one statement of a readout pairs with several of the other's on its
// subject, which 90 % cut off (left out, 80.8 % / 54.2 % at 0.90, 80.6 % /
// 55.9 % at 0.50; 0.70 and no share at all gave no more).
const SecondShare = 0.50

// prepared is a statement read once: its weighted words and cues.
type prepared struct {
	st    Statement
	words []word
	// chinese is a statement written in Chinese, which shares no word
	// with one in English, only concepts (subjects and terms).
	chinese bool
	// norm is the norm of its weighted words in each view (score.go): its
	// words and subjects (viewOne), its subjects and terms (viewTwo);
	// clauses are the norms of its clauses' words (words.go) in each view,
	// nclauses how many it has up to the last with a word.
	norm     [2]float64
	clauses  [2][maxClauses]float64
	nclauses [2]int
	reject   string
	answer   string
}

// candidate is a pair from the model's threshold, a indexing side A and b
// side B, with its features and the model's probability.
type candidate struct {
	a, b  int
	x     [nFeatures]float64
	score float64
}

// Suggest proposes links between side a's statements and side b's: each
// pair about the same point, weighed by the model learnt from the
// analyst's pairs (shared names, content words and subjects weighted by
// rarity, response cues, kinds, place in the readouts),
// best first. Pairs in skip (keyed by Key) are left out.
func Suggest(a, b []Statement, skip map[[2]int64]bool) []Suggestion {
	return suggest(a, b, skip, model)
}

func suggest(a, b []Statement, skip map[[2]int64]bool, m *Model) []Suggestion {
	pa, pb := prepare(a), prepare(b)
	var out []Suggestion
	for _, c := range rank(pa, pb, m) {
		if !skip[Key(pa[c.a].st.ID, pb[c.b].st.ID)] {
			out = append(out, suggestion(pa[c.a], pb[c.b], c))
		}
	}
	return out
}

// rank scores every pair that shares something with m and keeps, best
// first, those from m's threshold that are, or come near, the best pair of
// one of their ends.
func rank(pa, pb []prepared, m *Model) []candidate {
	ns, closeA, closeB := pairs(pa, pb)
	bestA, bestB := make([]float64, len(pa)), make([]float64, len(pb))
	var kept []candidate
	for _, n := range ns {
		c := candidate{a: int(n.a), b: int(n.b), x: n.features(pa, pb, closeA, closeB)}
		c.score = m.prob(&c.x)
		if c.score >= m.Threshold {
			bestA[c.a], bestB[c.b] = max(bestA[c.a], c.score), max(bestB[c.b], c.score)
			kept = append(kept, c)
		}
	}
	out := kept[:0]
	for _, c := range kept {
		if c.score >= SecondShare*bestA[c.a] || c.score >= SecondShare*bestB[c.b] {
			out = append(out, c)
		}
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].score > out[j].score })
	return out
}

// pairs weighs the words of pa and pb and gives the pairs that share
// something, in the order of pa's statements, with each statement's two
// closest partners and each pair's crossing (order.go).
func pairs(pa, pb []prepared) (ns []near, closeA, closeB [][2]float64) {
	idf := weights(pa, pb)
	weigh(pa, idf)
	weigh(pb, idf)
	ns = score(pa, pb, idf)
	closeA, closeB = closest(ns, len(pa), len(pb))
	order(ns, len(pa), len(pb), closeA, closeB)
	return ns, closeA, closeB
}

// Key identifies a pair of statements whichever way round it is given.
func Key(x, y int64) [2]int64 {
	if x > y {
		x, y = y, x
	}
	return [2]int64{x, y}
}

// topIDF keys the largest weight a word can have in weights' map.
const topIDF = ""

// weights gives each stem its inverse document frequency over both sides.
func weights(a, b []prepared) map[string]float64 {
	df := map[string]int{}
	for _, side := range [][]prepared{a, b} {
		for _, p := range side {
			for _, w := range p.words {
				df[w.stem]++
			}
		}
	}
	n := float64(len(a) + len(b))
	idf := make(map[string]float64, len(df)+1)
	for s, d := range df {
		idf[s] = math.Log(1 + n/float64(d))
	}
	idf[topIDF] = math.Log(1 + n) // a word of one statement; no stem is empty
	return idf
}

// prepare reads each statement's words, concepts and cues once.
func prepare(sts []Statement) []prepared {
	out := make([]prepared, len(sts))
	for i, s := range sts {
		p := prepared{st: s, words: contentWords(s.Text), chinese: mostlyHan(s.Text)}
		lower := strings.ToLower(s.Text)
		p.reject, p.answer = cueIn(lower, rejectCues), cueIn(lower, answerCues)
		out[i] = p
	}
	return out
}

// weigh sets each statement's norms from the words' weights.
func weigh(ps []prepared, idf map[string]float64) {
	for i := range ps {
		p := &ps[i]
		var n [2]float64
		var cl [2][maxClauses]float64
		p.nclauses = [2]int{}
		for _, w := range p.words {
			x := idf[w.stem] * idf[w.stem]
			for k := range n {
				if !w.in(k) {
					continue
				}
				n[k] += x
				cl[k][w.clause] += x
				p.nclauses[k] = max(p.nclauses[k], w.clause+1)
			}
		}
		for k := range n {
			p.norm[k] = math.Sqrt(n[k])
			for c := range cl[k] {
				p.clauses[k][c] = math.Sqrt(cl[k][c])
			}
		}
	}
}
