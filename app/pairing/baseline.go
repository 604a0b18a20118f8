package pairing

import (
	"sort"
	"strings"
)

// Overlap is the baseline that Suggest is measured against: plain word
// overlap (the Jaccard share of lower-cased words, no weights, no stems,
// no cues), each statement paired at most once, best first, from min.
func Overlap(a, b []Statement, min float64) [][2]int64 {
	sets := func(sts []Statement) []map[string]bool {
		out := make([]map[string]bool, len(sts))
		for i, s := range sts {
			out[i] = map[string]bool{}
			for _, w := range strings.FieldsFunc(strings.ToLower(s.Text), notWordRune) {
				out[i][w] = true
			}
		}
		return out
	}
	sa, sb := sets(a), sets(b)
	type pair struct {
		i, j int
		s    float64
	}
	var ps []pair
	for i := range sa {
		for j := range sb {
			if s := jaccard(sa[i], sb[j]); s >= min {
				ps = append(ps, pair{i, j, s})
			}
		}
	}
	sort.SliceStable(ps, func(x, y int) bool { return ps[x].s > ps[y].s })
	usedA, usedB := map[int]bool{}, map[int]bool{}
	var out [][2]int64
	for _, p := range ps {
		if !usedA[p.i] && !usedB[p.j] {
			usedA[p.i], usedB[p.j] = true, true
			out = append(out, [2]int64{a[p.i].ID, b[p.j].ID})
		}
	}
	return out
}

func jaccard(x, y map[string]bool) float64 {
	n := 0
	for w := range x {
		if y[w] {
			n++
		}
	}
	u := len(x) + len(y) - n
	if u == 0 {
		return 0
	}
	return float64(n) / float64(u)
}
