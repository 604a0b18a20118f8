package pairing

import "strings"

// posting is one statement of side B that holds a word, with its weight
// and the clause of the statement it is in.
type posting struct {
	j      int
	w      float64
	clause int
}

// overlap is what a statement of A shares with one of B, summed while
// walking the index: the words' dot product and the rarest subject.
type overlap struct {
	dot, subject, rare float64
	// byA and byB split dot by the clause of side A's statement, and of
	// side B's, the word is in.
	byA, byB [maxClauses]float64
}

// near is a pair that shares something, a indexing side A and b side B,
// with what it shares; base sums it, to find each statement's closest
// partner. It is kept small: two readouts of 500 statements give up to
// 250,000 of them.
type near struct {
	a, b                     int32
	words, subjects, subject float64
	contain, rare, clause    float64
	base                     float64
}

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
	var out []near
	acc := make([]overlap, len(pb))
	touched := make([]bool, len(pb))
	var list []int
	top := idf[topIDF]
	for i, p := range pa {
		list = list[:0]
		for _, w := range p.words {
			wa, concept := idf[w.stem], w.stem[0] == '#'
			for _, x := range index[w.stem] {
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
				} else {
					o.rare = max(o.rare, wa)
				}
			}
		}
		for _, j := range list {
			out = append(out, nearOf(p, pb[j], i, j, acc[j], top))
			acc[j], touched[j] = overlap{}, false
		}
	}
	return out
}

func nearOf(a, b prepared, i, j int, o overlap, top float64) near {
	n := near{a: int32(i), b: int32(j), subject: o.subject / top}
	if a.chinese == b.chinese {
		n.words = o.dot / (a.norm*b.norm + 1e-9)
		n.contain = o.dot / (min(a.norm, b.norm)*min(a.norm, b.norm) + 1e-9)
		n.rare = o.rare / top
		for c, cn := range a.clauses[:a.nclauses] {
			if cn > 0 {
				n.clause = max(n.clause, o.byA[c]/(cn*b.norm))
			}
		}
		for c, cn := range b.clauses[:b.nclauses] {
			if cn > 0 {
				n.clause = max(n.clause, o.byB[c]/(a.norm*cn))
			}
		}
	} else {
		// Words of two languages never match: the subjects both name
		// are all they can share.
		n.subjects = o.dot / (a.cnorm*b.cnorm + 1e-9)
	}
	if a.st.TopicID != 0 && a.st.TopicID == b.st.TopicID {
		n.subject = 1 // the analyst's topic is a subject of the rarest weight
	}
	n.base = max(n.words, n.clause) + n.subjects + n.subject
	return n
}

// closest gives, for each statement of either side, the most it shares
// with any statement of the other side.
func closest(ns []near, na, nb int) (bestA, bestB []float64) {
	bestA, bestB = make([]float64, na), make([]float64, nb)
	for _, n := range ns {
		bestA[n.a], bestB[n.b] = max(bestA[n.a], n.base), max(bestB[n.b], n.base)
	}
	return bestA, bestB
}

// features gives the features of the pair n of pa and pb.
func (n near) features(pa, pb []prepared, bestA, bestB []float64) [nFeatures]float64 {
	var x [nFeatures]float64
	a, b := pa[n.a], pb[n.b]
	x[fWords], x[fSubjects], x[fSubject] = n.words, n.subjects, n.subject
	x[fBestForA] = indicator(n.base >= bestA[n.a])
	x[fBestForB] = indicator(n.base >= bestB[n.b])
	x[fCue] = indicator((a.reject != "" || a.answer != "") && asks(b.st.Kind) || (b.reject != "" || b.answer != "") && asks(a.st.Kind))
	same := sameSingleHolder(a.st, b.st)
	x[fSameParty] = indicator(same)
	x[fOtherAct] = indicator(same && !sameAct(a.st.Kind, b.st.Kind))
	x[fContain] = n.contain
	x[fRare] = n.rare
	x[fClause] = n.clause
	return x
}

func indicator(b bool) float64 {
	if b {
		return 1
	}
	return 0
}

// shared lists the words a and b have in common, as a writes them.
func shared(a, b prepared) []string {
	in := make(map[string]bool, len(b.words))
	for _, w := range b.words {
		in[w.stem] = true
	}
	var out []string
	said := map[string]bool{}
	for _, w := range a.words {
		// A concept's phrase often repeats a word already listed.
		if low := strings.ToLower(w.text); in[w.stem] && !said[low] {
			said[low] = true
			out = append(out, w.text)
		}
	}
	return out
}

// conceptsOf picks the concepts out of a statement's words.
func conceptsOf(ws []word) []string {
	var out []string
	for _, w := range ws {
		if w.stem[0] == '#' {
			out = append(out, w.stem)
		}
	}
	return out
}
