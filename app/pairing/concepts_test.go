package pairing

import (
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
