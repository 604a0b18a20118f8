package agree

import (
	"math"
	"strings"
	"testing"
)

// expand makes the two coders' codes from a contingency table: cells[i][j]
// items that A coded cats[i] and B coded cats[j].
func expand(cats []string, cells [][]int) (a, b []string) {
	for i := range cells {
		for j, n := range cells[i] {
			for range n {
				a, b = append(a, cats[i]), append(b, cats[j])
			}
		}
	}
	return a, b
}

func TestCohensKappa(t *testing.T) {
	for _, tc := range []struct {
		name          string
		cats          []string
		cells         [][]int
		po, pe, kappa float64
	}{
		// Cohen's kappa on Wikipedia: 50 proposals read by two
		// readers; po = 35/50, pe = 0.5·0.6 + 0.5·0.4 = 0.5, κ = 0.4.
		{"WikipediaGrant", []string{"yes", "no"}, [][]int{{20, 5}, {10, 15}}, 0.7, 0.5, 0.4},
		// Its two tables with the same agreement (60 of 100) but other
		// marginals: pe = 0.54, κ = 0.06/0.46 = 0.1304; pe = 0.46,
		// κ = 0.14/0.54 = 0.2593.
		{"WikipediaBalanced", []string{"yes", "no"}, [][]int{{45, 15}, {25, 15}}, 0.6, 0.54, 0.1304},
		{"WikipediaSkewed", []string{"yes", "no"}, [][]int{{25, 35}, {5, 35}}, 0.6, 0.46, 0.2593},
		// Three categories, by hand: po = (10+8+6)/30 = 0.8; A's marginals
		// 12, 10, 8 and B's 11, 11, 8 give pe = (132+110+64)/900 = 0.34;
		// κ = 0.46/0.66 = 0.6970.
		{"ThreeKinds", []string{"position", "concern", "demand"}, [][]int{{10, 1, 1}, {1, 8, 1}, {0, 2, 6}}, 0.8, 0.34, 0.6970},
		// Agreement below chance is negative: po = 0, pe = 0.5, κ = -1.
		{"Opposite", []string{"x", "y"}, [][]int{{0, 5}, {5, 0}}, 0, 0.5, -1},
		{"Perfect", []string{"x", "y"}, [][]int{{3, 0}, {0, 7}}, 1, 0.58, 1},
	} {
		t.Run(tc.name, func(t *testing.T) {
			a, b := expand(tc.cats, tc.cells)
			k := CohensKappa(a, b)
			near := func(got, want float64) bool { return math.Abs(got-want) < 5e-5 }
			if !near(k.Observed, tc.po) || !near(k.Expected, tc.pe) || !near(k.Value, tc.kappa) {
				t.Errorf("po %.4f pe %.4f κ %.4f, want %.4f %.4f %.4f", k.Observed, k.Expected, k.Value, tc.po, tc.pe, tc.kappa)
			}
			if k.N != len(a) {
				t.Errorf("n %d, want %d", k.N, len(a))
			}
		})
	}
	t.Run("Undefined", func(t *testing.T) {
		// Both coders used one code for everything: chance explains it all.
		k := CohensKappa([]string{"x", "x"}, []string{"x", "x"})
		if k.Defined() || k.Observed != 1 || k.Strength() != "undefined" || Number(k.Value) != "–" {
			t.Errorf("%+v %s", k, k.Strength())
		}
		if k := CohensKappa(nil, nil); k.Defined() || k.N != 0 {
			t.Errorf("empty: %+v", k)
		}
	})
}

func TestStrength(t *testing.T) {
	var got []string
	for _, v := range []float64{-0.1, 0.1, 0.3, 0.5, 0.7, 0.9} {
		got = append(got, Kappa{Value: v}.Strength())
	}
	if s := strings.Join(got, ","); s != "poor,slight,fair,moderate,substantial,almost perfect" {
		t.Error(s)
	}
}
