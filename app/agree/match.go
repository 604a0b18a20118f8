package agree

import (
	"sort"

	"parley/storage"
)

// Match pairs each statement of a with at most one statement of b that
// comes from the same source text (by its SHA-256) and overlaps it, the
// largest overlaps first, so that a sentence split differently by the two
// coders still pairs with its best counterpart. It returns the pairs in
// source and offset order, how many statements of a and of b in the
// shared sources found no partner, and how many sources both coded.
// Sources only one coder coded are left out altogether: there the other
// did not code, rather than disagree.
func Match(a, b []storage.CodedSpan) (pairs []Pair, onlyA, onlyB, shared int) {
	byA, byB := bySource(a), bySource(b)
	shas := make([]string, 0, len(byA))
	for sha := range byA {
		if _, ok := byB[sha]; ok {
			shas = append(shas, sha)
		}
	}
	sort.Strings(shas)
	for _, sha := range shas {
		p, oa, ob := matchSource(byA[sha], byB[sha])
		pairs = append(pairs, p...)
		onlyA += oa
		onlyB += ob
	}
	return pairs, onlyA, onlyB, len(shas)
}

func bySource(cs []storage.CodedSpan) map[string][]storage.CodedSpan {
	out := map[string][]storage.CodedSpan{}
	for _, c := range cs {
		if c.SourceSHA != "" && c.End > c.Start {
			out[c.SourceSHA] = append(out[c.SourceSHA], c)
		}
	}
	return out
}

// matchSource pairs the statements of one source greedily by overlap.
func matchSource(a, b []storage.CodedSpan) (pairs []Pair, onlyA, onlyB int) {
	type cand struct{ i, j, overlap int }
	var cands []cand
	for i, x := range a {
		for j, y := range b {
			if o := min(x.End, y.End) - max(x.Start, y.Start); o > 0 {
				cands = append(cands, cand{i, j, o})
			}
		}
	}
	sort.Slice(cands, func(p, q int) bool {
		x, y := cands[p], cands[q]
		if x.overlap != y.overlap {
			return x.overlap > y.overlap
		}
		if a[x.i].Start != a[y.i].Start {
			return a[x.i].Start < a[y.i].Start
		}
		return b[x.j].Start < b[y.j].Start
	})
	usedA, usedB := make([]bool, len(a)), make([]bool, len(b))
	for _, c := range cands {
		if usedA[c.i] || usedB[c.j] {
			continue
		}
		usedA[c.i], usedB[c.j] = true, true
		pairs = append(pairs, Pair{A: a[c.i], B: b[c.j]})
	}
	sort.Slice(pairs, func(p, q int) bool {
		if pairs[p].A.Start != pairs[q].A.Start {
			return pairs[p].A.Start < pairs[q].A.Start
		}
		return pairs[p].A.StatementID < pairs[q].A.StatementID
	})
	return pairs, len(a) - len(pairs), len(b) - len(pairs)
}
