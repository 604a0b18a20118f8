package agree

import "math"

// Kappa is Cohen's kappa of two coders' codes for the same n items, with
// the observed and the chance-expected agreement it is made from.
type Kappa struct {
	N        int
	Observed float64 // share of items both coded alike
	Expected float64 // share expected by chance from each coder's own frequencies
	// Value is (Observed-Expected)/(1-Expected); NaN when it is undefined:
	// no items, or both coders used one and the same code throughout, so
	// that chance already explains every agreement.
	Value float64
}

// Defined reports whether Value is a number.
func (k Kappa) Defined() bool { return !math.IsNaN(k.Value) }

// CohensKappa computes kappa for the pairs (a[i], b[i]); a and b must have
// the same length.
func CohensKappa(a, b []string) Kappa {
	n := len(a)
	if n == 0 || n != len(b) {
		return Kappa{N: min(n, len(b)), Value: math.NaN()}
	}
	same := 0
	ca, cb := map[string]int{}, map[string]int{}
	for i := range a {
		if a[i] == b[i] {
			same++
		}
		ca[a[i]]++
		cb[b[i]]++
	}
	po := float64(same) / float64(n)
	pe := 0.0
	for c, x := range ca {
		pe += float64(x) / float64(n) * float64(cb[c]) / float64(n)
	}
	k := Kappa{N: n, Observed: po, Expected: pe, Value: math.NaN()}
	if pe < 1 {
		k.Value = (po - pe) / (1 - pe)
	}
	return k
}

// Strength names a kappa by Landis and Koch's (1977) bands, the words most
// QDA tools use; analysts read "substantial" faster than "0.71".
func (k Kappa) Strength() string {
	switch v := k.Value; {
	case math.IsNaN(v):
		return "undefined"
	case v < 0:
		return "poor"
	case v <= 0.20:
		return "slight"
	case v <= 0.40:
		return "fair"
	case v <= 0.60:
		return "moderate"
	case v <= 0.80:
		return "substantial"
	}
	return "almost perfect"
}
