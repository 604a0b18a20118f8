package pairing

import "strings"

// posting is one statement of side B that holds a word, with its weight.
type posting struct {
	j int
	w float64
}

// score compares every statement of a with every statement of b through
// an index of b's words, so that only pairs sharing a word are visited.
func score(pa, pb []prepared, idf map[string]float64, min float64) []candidate {
	index := map[string][]posting{}
	for j, p := range pb {
		for _, w := range p.words {
			index[w.stem] = append(index[w.stem], posting{j, idf[w.stem]})
		}
	}
	var out []candidate
	dot := make([]float64, len(pb))
	var touched []int
	for i, p := range pa {
		touched = touched[:0]
		for _, w := range p.words {
			wa := idf[w.stem]
			for _, x := range index[w.stem] {
				if dot[x.j] == 0 {
					touched = append(touched, x.j)
				}
				dot[x.j] += wa * x.w
			}
		}
		for _, j := range touched {
			cos := dot[j] / (p.norm*pb[j].norm + 1e-9)
			if p.chinese != pb[j].chinese {
				// Words of two languages never match: the subjects
				// both name are all they can share, weaker evidence
				// than the same words.
				cos = crossShare * dot[j] / (p.cnorm*pb[j].cnorm + 1e-9)
			}
			s := cos + bonus(p, pb[j], idf)
			if s >= min {
				out = append(out, candidate{a: i, b: j, score: s})
			}
			dot[j] = 0
		}
	}
	return out
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

// bonus adds what is not in the words: the same topic, or one side
// rejecting or answering what the other asks.
func bonus(a, b prepared, idf map[string]float64) float64 {
	s := 0.0
	s += conceptBonus * sharedConcept(a, b, idf) / idf[topIDF]
	if a.st.TopicID != 0 && a.st.TopicID == b.st.TopicID {
		s += topicBonus
	}
	if sameSingleHolder(a.st, b.st) {
		s += holderBonus // both readouts on one party's position
	}
	if (a.reject != "" || a.answer != "") && asks(b.st.Kind) || (b.reject != "" || b.answer != "") && asks(a.st.Kind) {
		s += cueBonus
	}
	return s
}

// sharedConcept is the weight of the rarest subject a and b both name
// (see concepts), 0 when they name none.
func sharedConcept(a, b prepared, idf map[string]float64) float64 {
	best := 0.0
	for _, c := range a.concepts {
		for _, x := range b.concepts {
			if x == c {
				best = max(best, idf[c])
			}
		}
	}
	return best
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
