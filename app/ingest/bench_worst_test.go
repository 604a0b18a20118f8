package ingest

import (
	"context"
	"strings"
	"testing"

	"parley/internal/cputime"
)

// worstInputs are a megabyte each of what a careless paste or a hostile
// file can hold and no readout does: one line with no sentence end,
// abbreviations and titles end to end, a quotation never closed, a
// hundred thousand tiny sentences, transcript labels, bylines, dated
// offices, round-up bullets, Chinese without punctuation, and letters
// buried in combining marks, zero-width and direction marks. Each rule
// that looks back over earlier sentences, names or quotes must stay
// linear on them: BenchmarkProposeWorst runs each beside BenchmarkPropose
// (real readouts, the same size) and should stay within a few times it.
func worstInputs() map[string]string {
	fill := func(unit string) string {
		return strings.Repeat(unit, (1<<20)/len(unit)+1)
	}
	return map[string]string{
		"one-line":      fill("the two sides discussed cooperation and Wang Yi "),
		"abbreviations": fill("Mr. Dr. H.E. St. U.S. No. "),
		"titles":        fill("The Prime Minister the Foreign Secretary the High Representative "),
		"open-quote":    "\"" + fill("We will act, and the Minister said that we must. "),
		"tiny":          fill("He said. "),
		"paragraphs":    fill("Wang Yi said.\n\n"),
		"lines":         fill("Anna Berg\n"),
		"transcript":    fill("QUESTION: Why?\nMR PRICE: Because.\nQ: And?\nA: We will.\n"),
		"bylines":       fill("By Anna Berg, Foreign Minister\nPosted on 12 May 2023\n"),
		"offices":       fill("Wang Yi, Minister of Foreign Affairs (2019–2023), Director of the Office (since 2022), "),
		"roundup":       fill("• Also today, the Secretary met the Foreign Minister of Japan.\n"),
		"names":         fill("Anna Berg, Li Wei, Wang Yi, Antony Blinken, Josep Borrell, "),
		"cjk-run":       fill("王毅表示中方愿同欧方加强合作双方应当"),
		"cjk-short":     fill("王毅说。"),
		"marks":         fill("a\u0301\u200b\u202e\u200fb\u0308 "),
		"brackets":      fill("(((("),
		"dashes":        fill("— "),
		"colons":        fill("Wang Yi: "),
		"digits":        fill("1.2.3. "),
	}
}

func BenchmarkProposeWorst(b *testing.B) {
	for name, text := range worstInputs() {
		text := NormalizeText(text)
		b.Run(name, func(b *testing.B) {
			b.SetBytes(int64(len(text)))
			defer reportCPU(b, cputime.Used())
			for b.Loop() {
				if _, err := NewProposer().Propose(context.Background(), Document{Text: text}, "China", nil); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
