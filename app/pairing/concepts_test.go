package pairing

import (
	"math"
	"strings"
	"testing"

	"parley/storage"
)

// TestConceptsAcrossLanguagesAndWords pairs statements that share no
// word, only a subject named in other words or in Chinese.
func TestConceptsAcrossLanguagesAndWords(t *testing.T) {
	cases := []struct{ a, b string }{
		{"President Biden emphasized the importance of peace and stability across the Taiwan Strait.",
			"习近平强调，台湾问题是中美关系第一条不可逾越的红线。"},
		{"They discussed the implementation of the commitments of the Woodside Summit.",
			"Wang said delivering on the common understandings reached by the two heads of state is the main task."},
		{"The EU raised the situation in Xinjiang and Tibet.",
			"中方介绍了新疆、西藏的发展成就。"},
	}
	filler := []string{
		"The two sides agreed to hold the next round in Brussels.",
		"Climate change requires joint action on emissions.",
		"He welcomed the growth of tourism between the two countries.",
	}
	for _, c := range cases {
		a := []Statement{{ID: 1, Holders: []int64{1}, Kind: storage.KindPosition, Text: c.a}}
		b := []Statement{{ID: 2, Holders: []int64{2}, Kind: storage.KindPosition, Text: c.b}}
		for i, f := range filler {
			a = append(a, Statement{ID: int64(10 + i), Holders: []int64{1}, Kind: storage.KindAccount, Text: f})
		}
		found := false
		for _, s := range Suggest(a, b, nil) {
			if Key(s.From, s.To) == Key(1, 2) {
				found = true
			}
		}
		if !found {
			t.Errorf("not paired:\n  %s\n  %s", c.a, c.b)
		}
	}
}

// Two readouts in Chinese pair on the words they share, though Chinese
// puts no space between words.
func TestChineseReadoutsPair(t *testing.T) {
	a := []Statement{
		{ID: 1, Holders: []int64{1}, Kind: storage.KindConcern, Text: "欧方对新疆的人权状况表示关切。"},
		{ID: 2, Holders: []int64{1}, Kind: storage.KindAccount, Text: "双方同意明年在布鲁塞尔举行下一轮对话。"},
		{ID: 3, Holders: []int64{1}, Kind: storage.KindPosition, Text: "欧方重视气候变化领域的合作。"},
	}
	b := []Statement{
		{ID: 11, Holders: []int64{2}, Kind: storage.KindObjection, Text: "中方介绍了新疆人权状况，反对借人权问题干涉中国内政。"},
		{ID: 12, Holders: []int64{2}, Kind: storage.KindAgreement, Text: "双方商定下一轮对话明年在布鲁塞尔举行。"},
	}
	got := map[[2]int64]bool{}
	for _, s := range Suggest(a, b, nil) {
		got[Key(s.From, s.To)] = true
	}
	for _, want := range [][2]int64{Key(1, 11), Key(2, 12)} {
		if !got[want] {
			t.Errorf("%v not paired; got %v", want, got)
		}
	}
	if got[Key(3, 11)] || got[Key(3, 12)] {
		t.Errorf("the statement on climate is paired: %v", got)
	}
}

// A statement in Chinese and one in English pair on the names, places,
// terms and dates they both write, each in its own language.
func TestTermsAcrossLanguages(t *testing.T) {
	a := []Statement{
		{ID: 1, Holders: []int64{3, 2}, Kind: storage.KindAccount, Text: "Secretary Blinken met Wang Yi in New York on September 23, 2022."},
		{ID: 2, Holders: []int64{3}, Kind: storage.KindPosition, Text: "He underscored that sanctions and export controls protect national security."},
		{ID: 3, Holders: []int64{3}, Kind: storage.KindPosition, Text: "The Secretary welcomed progress on climate finance."},
	}
	b := []Statement{
		{ID: 11, Holders: []int64{2, 3}, Kind: storage.KindAccount, Text: "2022年9月23日，王毅在纽约会见布林肯。"},
		{ID: 12, Holders: []int64{2}, Kind: storage.KindObjection, Text: "中方坚决反对美方滥施制裁和出口管制。"},
	}
	got := map[[2]int64]Suggestion{}
	for _, s := range Suggest(a, b, nil) {
		got[Key(s.From, s.To)] = s
	}
	for _, want := range [][2]int64{Key(1, 11), Key(2, 12)} {
		if _, ok := got[want]; !ok {
			t.Errorf("%v not paired; got %v", want, got)
		}
	}
	if s, ok := got[Key(1, 11)]; ok && !strings.Contains(s.Reason, "Wang Yi/王毅") {
		t.Errorf("the reason %q does not name what both write in their languages", s.Reason)
	}
	if s, ok := got[Key(2, 12)]; ok && s.Type != storage.LinkContradicts {
		t.Errorf("反对 (opposes) is no rejection: %s", s.Type)
	}
	for k := range got {
		if k[0] == 3 || k[1] == 3 {
			t.Errorf("the statement on climate is paired: %v", got[k])
		}
	}
}

// Two statements in one language share a name as a word, not as a term
// as well: terms leave the one-language features as the words make them.
func TestTermsNotInOneLanguage(t *testing.T) {
	a := prepare([]Statement{{ID: 1, Text: "Blinken raised sanctions in Jakarta."}})
	b := prepare([]Statement{{ID: 2, Text: "Blinken discussed sanctions with ASEAN partners."}})
	idf := weights(a, b)
	weigh(a, idf)
	weigh(b, idf)
	ns := score(a, b, idf)
	if len(ns) != 1 {
		t.Fatalf("%d pairs, want 1", len(ns))
	}
	// The words: "blinke", "raised", "sancti", "jakart" against "blinke",
	// "discus", "sancti", "asean", "partne" (and the subject #partnership,
	// which b alone names): two shared words of equal weight.
	var one, two float64
	for _, w := range a[0].words {
		if !w.term() {
			one += idf[w.stem] * idf[w.stem]
		}
	}
	for _, w := range b[0].words {
		if !w.term() {
			two += idf[w.stem] * idf[w.stem]
		}
	}
	dot := idf["blinke"]*idf["blinke"] + idf["sancti"]*idf["sancti"]
	if want := dot / math.Sqrt(one*two); math.Abs(ns[0].words-want) > 1e-9 {
		t.Errorf("words %.4f, want %.4f from the words alone", ns[0].words, want)
	}
}

// Phrases in letters match at the start of a word, and those ending in
// "_" up to its end; numbers and months are terms.
func TestConceptMatching(t *testing.T) {
	stems := func(text string) map[string]bool {
		out := map[string]bool{}
		for _, w := range contentWords(text) {
			out[w.stem] = true
		}
		return out
	}
	for _, c := range []struct {
		text string
		has  []string
		not  []string
	}{
		{"They worked toward a warning system.", nil, []string{"=war"}},
		{"The war must end.", []string{"=war"}, nil},
		{"Taiwan independence is the biggest risk.", []string{"=independence", "#taiwan"}, []string{"#derisking"}},
		{"Wang Yi met Borrell on 16 February 2024.", []string{"#meeting", "=wangyi", "=borrell", "=n16", "=m2", "=n2024"}, nil},
		{"2024年2月16日，王毅会见博雷利。", []string{"#meeting", "=wangyi", "=borrell", "=n16", "=m2", "=n2024"}, nil},
		{"They may meet again.", nil, []string{"=m5"}},
	} {
		got := stems(c.text)
		for _, s := range c.has {
			if !got[s] {
				t.Errorf("%q: no %s in %v", c.text, s, got)
			}
		}
		for _, s := range c.not {
			if got[s] {
				t.Errorf("%q: %s", c.text, s)
			}
		}
	}
}

// concepts.txt parses, and a malformed table is refused with its line.
func TestParseConcepts(t *testing.T) {
	if _, err := parseConcepts(conceptsTxt); err != nil {
		t.Fatal(err)
	}
	for _, bad := range []string{
		"subject trade trade | 贸易",
		"topic trade: trade",
		"subject trade: trade\nsubject trade: 贸易",
		"term war: war | | 战争",
	} {
		if _, err := parseConcepts([]byte(bad)); err == nil {
			t.Errorf("%q parses", bad)
		}
	}
}
