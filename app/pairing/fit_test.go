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
// coefficients by Newton's method (the penalised likelihood is concave, so
// it ends where it must, whatever the start), then the threshold with the
// best F1 among those that keep precision above its floor on the same
// dialogues.
func fit(ds []labelled) *Model {
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
	m.Threshold = bestThreshold(ds, m)
	return m
}

// bestThreshold is the threshold, in steps of 0.01, with the best F1 on ds
// among those that keep precision above its floor (the best F1 of all
// when none does).
func bestThreshold(ds []labelled, m *Model) float64 {
	type pre struct {
		d      labelled
		pa, pb []prepared
	}
	var ps []pre
	for _, d := range ds {
		ps = append(ps, pre{d, prepare(d.a), prepare(d.b)})
	}
	best, bestF, floorMet := 0.5, -1.0, false
	for k := 5; k <= 95; k++ {
		t := *m
		t.Threshold = float64(k) / 100
		var all tally
		for _, p := range ps {
			all.labelled += len(p.d.pairs)
			for _, c := range rank(p.pa, p.pb, &t) {
				all.found++
				if _, ok := p.d.pairs[Key(p.pa[c.a].st.ID, p.pb[c.b].st.ID)]; ok {
					all.right++
				}
			}
		}
		pr, r := all.precision(), all.recall()
		f := 2 * pr * r / (pr + r + 1e-9)
		meets := pr >= precisionFloor
		if (meets && !floorMet) || (meets == floorMet && f > bestF+1e-9) {
			best, bestF, floorMet = t.Threshold, f, meets
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
