package ingest

import (
	"strings"
	"testing"
)

// TestLookupAndIsWe checks the lookups that spare a lower-cased copy
// against the plain ways: Lookup of every name and alias of the built-in
// gazetteer in three cases, and isWe.
func TestLookupAndIsWe(t *testing.T) {
	g := NewGazetteer()
	for _, e := range g.entities {
		for _, a := range append([]string{e.Name, e.Short, "U.S.", " EU ", "u.k.", "Nowhere"}, e.aliases...) {
			for _, n := range []string{a, strings.ToUpper(a), strings.ToLower(a)} {
				want := g.byName[strings.ToLower(strings.TrimSpace(n))]
				if want == nil {
					want = g.byName[strings.ReplaceAll(strings.ToLower(strings.TrimSpace(n)), ".", "")]
				}
				if got := g.Lookup(n); got != want {
					t.Errorf("Lookup(%q) = %v, want %v", n, got, want)
				}
			}
		}
	}
	for _, s := range []string{"we", "We", "WE", "we've", "We’ll", "well", "w", "", "wé", "Wei", "WE'", "we’", "wê'"} {
		low := strings.ToLower(s)
		want := low == "we" || strings.HasPrefix(low, "we'") || strings.HasPrefix(low, "we’")
		if got := isWe(s); got != want {
			t.Errorf("isWe(%q) = %v, want %v", s, got, want)
		}
	}
}
