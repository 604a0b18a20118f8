package pairing

import "strings"

// concepts join the different words the two sides use for one subject
// ("Xizang" and "Tibet", "the leaders' meeting" and "the summit", "the
// Ukraine crisis" and "Russia's war of aggression"). A statement naming
// any phrase of a concept gets the concept as one more word. Phrases are
// matched on the lower-cased text, so short ones carry their own spaces.
var concepts = []struct {
	name    string
	phrases []string
}{
	{"regions", []string{"xinjiang", "tibet", "xizang", "hong kong", "uyghur", "national security law", "internal affairs"}},
	{"hrpath", []string{"human rights concept", "development path", "views on human rights", "human rights philosophy",
		"achievements in human rights", "human rights development", "human rights model"}},
	{"peace", []string{"peace", "political solution", "political settlement", "ceasefire", "end the war"}},
	{"meeting", []string{"held the", "took place", "co-chaired", "held talks", " met ", "met with", "round of", "session of"}},
	{"rights", []string{"human rights", "fundamental freedoms", "individual cases", "defenders", "detained"}},
	{"ukraine", []string{"ukrain", "russia", "war of aggression", "dual-use", "material support", "ceasefire in ukraine", "peace process"}},
	{"trade", []string{"trade", "subsid", "market access", "playing field", "protectionism", "rare earth",
		"economic relationship", "economic policies", "electric vehicle", "decoupl", "supply chain", "investment"}},
	{"taiwan", []string{"taiwan", "one china", "one-china"}},
	{"mideast", []string{"middle east", "israel", "palestin", "gaza", "iran", "hostages"}},
	{"summit", []string{"summit", "leaders' meeting", "leaders’ meeting", "high-level", "next round"}},
	{"migration", []string{"refugee", "migrant", "racism", "xenophobia"}},
	{"differences", []string{"differences", "do not always agree", "differing views", "disagree"}},
	{"partnership", []string{"partnership", "partners", "constructive", "engage"}},
	{"visit", []string{" visit"}},
	{"multilateral", []string{"multilateral", "united nations", "un charter", "international order", "global challenges"}},
}

// conceptWords returns the concepts text names, as words written as in
// text; lower is text in lower case.
func conceptWords(text, lower string) []word {
	var out []word
	for _, c := range concepts {
		for _, p := range c.phrases {
			i := strings.Index(lower, p)
			if i < 0 {
				continue
			}
			as := p
			if len(lower) == len(text) { // the same byte offsets
				as = text[i : i+len(p)]
			}
			out = append(out, word{stem: "#" + c.name, text: strings.TrimSpace(as)})
			break
		}
	}
	return out
}
