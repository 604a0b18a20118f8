package pairing

import (
	"math"
)

// l2 is the ridge penalty of the fit: it keeps a coefficient that few
// labelled pairs support near 0 instead of letting it fit them exactly.
const l2 = 0.1

// sample is one pair of a labelled dialogue that shares something, with
// whether the analyst paired it.
type sample struct {
	x [nFeatures]float64
	y float64
}

// samples gives the pairs Suggest would weigh in the labelled dialogues.
func samples(ds []labelled) []sample {
	var out []sample
	for _, d := range ds {
		pa, pb := prepare(d.a), prepare(d.b)
		idf := weights(pa, pb)
		weigh(pa, idf)
		weigh(pb, idf)
		ns := score(pa, pb, idf)
		closeA, closeB := closest(ns, len(pa), len(pb))
		for _, n := range ns {
			_, ok := d.pairs[Key(pa[n.a].st.ID, pb[n.b].st.ID)]
			out = append(out, sample{x: n.features(pa, pb, closeA, closeB), y: indicator(ok)})
		}
	}
	return out
}

// fit learns a model from labelled dialogues: the logistic regression's
// coefficients from all of them (fitWeights), and the threshold from
// pairs none of the coefficients were fitted on: each dialogue is scored
// by coefficients fitted on the others, and the threshold is the one with
// the best F1 on those scores among those that keep precision at its
// floor (bestThreshold). A threshold chosen on the pairs the coefficients
// were fitted on promises a precision that new dialogues do not give.
func fit(ds []labelled) *Model {
	m := fitWeights(ds)
	var oof []scored
	drawn := 0
	for k, d := range ds {
		rest := append(append([]labelled{}, ds[:k]...), ds[k+1:]...)
		oof = append(oof, scoreAll(d, fitWeights(rest))...)
		drawn += len(d.pairs)
	}
	m.Threshold = bestThreshold(oof, drawn)
	return m
}

// fitWeights learns the logistic regression's coefficients by Newton's
// method (the penalised likelihood is concave, so it ends where it must,
// whatever the start); its threshold is 0.
func fitWeights(ds []labelled) *Model {
	const n = nFeatures + 1 // the bias last
	ss := samples(ds)
	w := make([]float64, n)
	for iter := 0; iter < 100; iter++ {
		g := make([]float64, n)
		h := make([][]float64, n)
		for i := range h {
			h[i] = make([]float64, n)
		}
		for _, s := range ss {
			z := w[nFeatures]
			for i := 0; i < nFeatures; i++ {
				z += w[i] * s.x[i]
			}
			p := 1 / (1 + math.Exp(-z))
			v := p * (1 - p)
			for i := 0; i < n; i++ {
				xi := 1.0
				if i < nFeatures {
					xi = s.x[i]
				}
				g[i] += (s.y - p) * xi
				for j := 0; j <= i; j++ {
					xj := 1.0
					if j < nFeatures {
						xj = s.x[j]
					}
					h[i][j] += v * xi * xj
				}
			}
		}
		for i := 0; i < n; i++ {
			for j := 0; j < i; j++ {
				h[j][i] = h[i][j]
			}
			if i < nFeatures {
				g[i] -= l2 * w[i]
				h[i][i] += l2
			}
		}
		step := solve(h, g)
		change := 0.0
		for i := range w {
			w[i] += step[i]
			change = max(change, math.Abs(step[i]))
		}
		if change < 1e-10 {
			break
		}
	}
	m := &Model{Features: featureNames[:], Weights: w[:nFeatures], Bias: w[nFeatures], L2: l2}
	for _, d := range ds {
		m.Dialogues = append(m.Dialogues, d.name)
	}
	return m
}

// scored is a pair the pairer would propose at threshold 0, with whether
// the analyst drew it: the pairs proposed at a threshold t are those
// scoring t or more, since a pair near the best of one of its statements
// stays so whatever the threshold below it.
type scored struct {
	score float64
	right bool
}

// scoreAll scores the pairs of d with the coefficients of m.
func scoreAll(d labelled, m *Model) []scored {
	t := *m
	t.Threshold = 0
	pa, pb := prepare(d.a), prepare(d.b)
	var out []scored
	for _, c := range rank(pa, pb, &t) {
		_, ok := d.pairs[Key(pa[c.a].st.ID, pb[c.b].st.ID)]
		out = append(out, scored{c.score, ok})
	}
	return out
}

// bestThreshold is the threshold, in steps of 0.01, with the best F1 over
// the scored pairs (of dialogues with labelled pairs in all) among those
// that keep precision at its floor (the best F1 of all when none does).
func bestThreshold(ss []scored, labelled int) float64 {
	best, bestF, floorMet := 0.5, -1.0, false
	for k := 5; k <= 95; k++ {
		t := float64(k) / 100
		all := tally{labelled: labelled}
		for _, s := range ss {
			if s.score >= t {
				all.found++
				if s.right {
					all.right++
				}
			}
		}
		pr, r := all.precision(), all.recall()
		f := 2 * pr * r / (pr + r + 1e-9)
		meets := pr >= precisionFloor
		if (meets && !floorMet) || (meets == floorMet && f > bestF+1e-9) {
			best, bestF, floorMet = t, f, meets
		}
	}
	return best
}

// solve solves h·x = g by Gaussian elimination with partial pivoting; h
// and g are overwritten.
func solve(h [][]float64, g []float64) []float64 {
	n := len(g)
	for c := 0; c < n; c++ {
		p := c
		for r := c + 1; r < n; r++ {
			if math.Abs(h[r][c]) > math.Abs(h[p][c]) {
				p = r
			}
		}
		h[c], h[p] = h[p], h[c]
		g[c], g[p] = g[p], g[c]
		for r := c + 1; r < n; r++ {
			f := h[r][c] / h[c][c]
			for k := c; k < n; k++ {
				h[r][k] -= f * h[c][k]
			}
			g[r] -= f * g[c]
		}
	}
	x := make([]float64, n)
	for r := n - 1; r >= 0; r-- {
		s := g[r]
		for k := r + 1; k < n; k++ {
			s -= h[r][k] * x[k]
		}
		x[r] = s / h[r][r]
	}
	return x
}
