package ingest

import "testing"

// tokenSpan bisects where it scanned every token (see its comment): on
// the tokens of real sentences, English and Chinese, and for every span
// of runes in them, it gives what the scan gave.
func TestTokenSpanAsTheScan(t *testing.T) {
	scan := func(toks []token, start, end int) (int, int) {
		from, to := len(toks), 0
		for i, t := range toks {
			if t.end > start && t.start < end {
				from, to = min(from, i), i+1
			}
		}
		return min(from, to), to
	}
	for _, s := range []string{
		"China's Foreign Minister Wang Yi met the EU-China delegation (in Brussels) today.",
		"王毅表示，中方愿同欧方加强合作。双方应当继续推进中欧关系。",
		"  Mr.  Dr. H.E. —  “We will,” said he… 中欧 and the U.S.",
		"",
	} {
		r := []rune(s)
		toks := tokenize(r)
		for start := 0; start <= len(r)+1; start++ {
			for end := start - 1; end <= len(r)+1; end++ {
				f1, t1 := tokenSpan(toks, start, end)
				f2, t2 := scan(toks, start, end)
				if f1 != f2 || t1 != t2 {
					t.Fatalf("%q runes %d..%d: tokens %d..%d, the scan gave %d..%d", s, start, end, f1, t1, f2, t2)
				}
			}
		}
	}
}
