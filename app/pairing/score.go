package pairing

import (
	"math"
	"slices"
	"strings"

	"parley/storage"
)

// posting is one statement of side B that holds a word, with its weight
// and the clause of the statement it is in.
type posting struct {
	j      int
	w      float64
	clause int
}

// overlap is what a statement of A shares with one of B, summed while
// walking the index, in the view of their languages (one, or two): the
// dot product of the weights, the rarest subject and the rarest word
// shared (not a subject), and the dot split by the clause of side A's
// statement, and of side B's, the word is in.
type overlap struct {
	dot, subject, rare float64
	byA, byB           [maxClauses]float64
	lone               bool
}

// in reports whether w counts in view k (one language or two): a term is
// a word of two languages, which one language writes as itself; a word of
// one language is no concept.
func (w word) in(k int) bool {
	if k == viewOne {
		return !w.term()
	}
	return w.term() || w.concept()
}

// The views of a pair: of two statements in one language, and in two.
const (
	viewOne = iota
	viewTwo
)

// near is a pair that shares something, a indexing side A and b side B,
// with what it shares; base sums it, to find each statement's closest
// partner. It is kept small: two readouts of 500 statements give up to
// 250,000 of them.
type near struct {
	a, b                     int32
	words, subjects, subject float64
	contain, rare, clause    float64
	base                     float64
	lone                     bool
	cross                    float32 // the share of the anchors it crosses (order.go)
}

// growAfter is how many statements of a score reads before it sizes its
// answer for the rest.
const growAfter = 16

// score compares every statement of a with every statement of b through
// an index of b's words, so that only pairs sharing a word or a subject
// are visited.
func score(pa, pb []prepared, idf map[string]float64) []near {
	index := map[string][]posting{}
	for j, p := range pb {
		for _, w := range p.words {
			index[w.stem] = append(index[w.stem], posting{j, idf[w.stem], w.clause})
		}
	}
	lone := loneSubjects(pa, pb)
	var out []near
	acc := make([]overlap, len(pb))
	touched := make([]bool, len(pb))
	var list []int
	top := idf[topIDF]
	for i, p := range pa {
		list = list[:0]
		for _, w := range p.words {
			wa, concept := idf[w.stem], w.concept()
			for _, x := range index[w.stem] {
				if !w.in(view(p, pb[x.j])) {
					continue
				}
				if !touched[x.j] {
					touched[x.j] = true
					list = append(list, x.j)
				}
				o := &acc[x.j]
				o.dot += wa * x.w
				o.byA[w.clause] += wa * x.w
				o.byB[x.clause] += wa * x.w
				if concept {
					o.subject = max(o.subject, wa)
					o.lone = o.lone || lone[w.stem]
				} else {
					o.rare = max(o.rare, wa)
				}
			}
		}
		for _, j := range list {
			out = append(out, nearOf(p, pb[j], i, j, &acc[j], top, lone))
			acc[j], touched[j] = overlap{}, false
		}
		if i+1 == growAfter && len(pa) > growAfter {
			// Growing by doubling copied the pairs some eighteen times
			// over (a fifth of the time): make room once for what the
			// first statements promise, with a quarter to spare.
			out = slices.Grow(out, len(out)*(len(pa)-growAfter)/growAfter*5/4)
		}
	}
	return out
}

// loneSubjects gives the subjects (concepts.go) that both readouts name and one of them names in a single statement:
// that statement is the one side's word on the subject, which the other
// side's statements on it answer, however few words they share ("The two
// sides also exchanged views on … the Iranian nuclear issue" against each
// point the other readout makes on Iran).
func loneSubjects(pa, pb []prepared) map[string]bool {
	count := func(ps []prepared) map[string]int {
		n := map[string]int{}
		for _, p := range ps {
			for _, w := range p.words {
				if w.concept() {
					n[w.stem]++
				}
			}
		}
		return n
	}
	na, nb := count(pa), count(pb)
	lone := map[string]bool{}
	for s, a := range na {
		if b := nb[s]; b > 0 && (a == 1 || b == 1) {
			lone[s] = true
		}
	}
	return lone
}

// view is the view two statements are read in: one language, or two.
// Words of two languages never match: the subjects and terms both name
// are all they can share, and they are read as the words of one language
// are.
func view(a, b prepared) int {
	if a.chinese != b.chinese {
		return viewTwo
	}
	return viewOne
}

func nearOf(a, b prepared, i, j int, o *overlap, top float64, lone map[string]bool) near {
	n := near{a: int32(i), b: int32(j), subject: o.subject / top, lone: o.lone}
	k := view(a, b)
	v, an, bn := o, a.norm[k], b.norm[k]
	n.words = v.dot / (an*bn + 1e-9)
	n.contain = v.dot / (min(an, bn)*min(an, bn) + 1e-9)
	n.rare = v.rare / top
	for c, cn := range a.clauses[k][:a.nclauses[k]] {
		if cn > 0 {
			n.clause = max(n.clause, v.byA[c]/(cn*bn))
		}
	}
	for c, cn := range b.clauses[k][:b.nclauses[k]] {
		if cn > 0 {
			n.clause = max(n.clause, v.byB[c]/(an*cn))
		}
	}
	if k == viewTwo {
		n.subjects = n.words
	}
	// The statements' topics are not weighed: an import places each
	// statement on the topic whose keywords it names (ingest.TopicModel),
	// and two statements on one such topic are no more a pair than two
	// sharing a common word. Counted as a shared subject of the rarest
	// weight, as they were, the importer's starter topics brought the
	// left-out figures from 83.0 % at 50.9 % to 79.7 % at 40.9 %, and
	// weighed as a feature of their own, fitted with them, to 81.6 % at
	// 50.0 % (TestPairingIgnoresTopics, docs/compare.md).
	n.base = max(n.words, n.clause) + n.subjects + n.subject
	return n
}

// closest gives, for each statement of either side, the most it shares
// with any statement of the other side, and the most it shares with any
// other (its second-closest partner's).
func closest(ns []near, na, nb int) (bestA, bestB [][2]float64) {
	bestA, bestB = make([][2]float64, na), make([][2]float64, nb)
	for _, n := range ns {
		keep(&bestA[n.a], n.base)
		keep(&bestB[n.b], n.base)
	}
	return bestA, bestB
}

// keep keeps the two largest of the values it is given, largest first.
func keep(top *[2]float64, v float64) {
	switch {
	case v >= top[0]:
		top[0], top[1] = v, top[0]
	case v > top[1]:
		top[1] = v
	}
}

// features gives the features of the pair n of pa and pb.
func (n near) features(pa, pb []prepared, bestA, bestB [][2]float64) [nFeatures]float64 {
	var x [nFeatures]float64
	a, b := pa[n.a], pb[n.b]
	x[fWords], x[fSubjects], x[fSubject] = n.words, n.subjects, n.subject
	x[fBestForA] = indicator(n.base >= bestA[n.a][0])
	x[fBestForB] = indicator(n.base >= bestB[n.b][0])
	x[fSecond] = indicator(x[fBestForA] == 0 && x[fBestForB] == 0 && (n.base >= bestA[n.a][1] || n.base >= bestB[n.b][1]))
	x[fCue] = indicator((a.reject != "" || a.answer != "") && asks(b.st.Kind) || (b.reject != "" || b.answer != "") && asks(a.st.Kind))
	same := sameSingleHolder(a.st, b.st)
	x[fSameParty] = indicator(same)
	x[fOtherAct] = indicator(same && !sameAct(a.st.Kind, b.st.Kind))
	x[fContain] = n.contain
	x[fRare] = n.rare
	x[fClause] = n.clause
	x[fOpener] = indicator(n.a == 0 && n.b == 0)
	x[fLone] = indicator(n.lone)
	x[fCross] = float64(n.cross)
	x[fAccounts] = indicator(a.st.Kind == storage.KindAccount && b.st.Kind == storage.KindAccount)
	x[fSize] = math.Log(float64(min(len(pa), len(pb))))
	x[fPlace] = 1 - math.Abs(place(int(n.a), len(pa))-place(int(n.b), len(pb)))
	x[fJoint] = indicator(len(a.st.Holders) > 1 && len(b.st.Holders) > 1)
	x[fAsks] = indicator(asks(a.st.Kind) != asks(b.st.Kind))
	return x
}

// place is where the i-th of n statements stands in its readout: 0 the
// first, 1 the last.
func place(i, n int) float64 {
	if n < 2 {
		return 0
	}
	return float64(i) / float64(n-1)
}

func indicator(b bool) float64 {
	if b {
		return 1
	}
	return 0
}

// shared lists the words a and b have in common, as a writes them, and
// as both write them when they are in two languages ("Taiwan Strait/台海").
// A term is a word of two languages: in one language the word itself is
// listed.
func shared(a, b prepared) []string {
	two := a.chinese != b.chinese
	in := make(map[string]string, len(b.words))
	for _, w := range b.words {
		in[w.stem] = w.text
	}
	var out []string
	said := map[string]bool{}
	for _, w := range a.words {
		other, ok := in[w.stem]
		if !ok || w.term() && !two {
			continue
		}
		text := w.text
		if two {
			text += "/" + other
		}
		// A concept's phrase often repeats a word already listed.
		if low := strings.ToLower(text); !said[low] {
			said[low] = true
			out = append(out, text)
		}
	}
	return out
}
