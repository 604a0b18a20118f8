package evolution

import (
	"context"
	"strings"
	"testing"

	"parley/storage"
)

// memSeries makes a series in memory: texts[r] are party 1's statements of
// round r, all on topic 1.
func memSeries(texts [][]string) *Series {
	s := &Series{Series: storage.Series{ID: 1, Name: "mem"}, Parties: []storage.Party{{ID: 1, Name: "China"}},
		Topics: []Topic{{ID: 1, Name: "t", Path: "t"}, {Name: NoTopicName, Path: NoTopicName}}}
	topic, party := int64(1), int64(1)
	for r, ts := range texts {
		s.Rounds = append(s.Rounds, Round{Index: r, Dialogue: storage.Dialogue{ID: int64(r + 1), Round: r + 1}})
		for _, text := range ts {
			s.Statements = append(s.Statements, storage.StatementView{ID: int64(len(s.Statements) + 1), DialogueID: int64(r + 1),
				TopicID: &topic, Text: text, PartyIDs: []int64{party}})
		}
	}
	s.index()
	return s
}

func TestPhrasesChinese(t *testing.T) {
	s := memSeries([][]string{
		{"中方坚决反对任何国家干涉中国内政。", "双方进行了坦诚深入的交流。"},
		{"中方坚决反对借人权问题干涉中国内政。", "双方进行了坦诚深入的交流。"},
		{"中方介绍了全过程人民民主。"},
	})
	ps, err := s.Phrases(context.Background(), PhraseOptions{Limit: -1})
	if err != nil {
		t.Fatal(err)
	}
	want := map[string][]bool{"干涉中国内政": {true, true, false}, "坦诚深入的交流": {true, true, false}}
	for phrase, rounds := range want {
		found := false
		for _, p := range ps {
			found = found || (strings.Contains(p.Text, phrase) && equalBools(p.Rounds, rounds))
		}
		if !found {
			t.Errorf("no phrase holding %q in rounds %v; got %v", phrase, rounds, texts(ps))
		}
	}
	for _, p := range ps {
		if strings.Contains(p.Text, " ") {
			t.Errorf("a Chinese phrase with spaces: %q", p.Text)
		}
	}
}

func texts(ps []Phrase) []string {
	var out []string
	for _, p := range ps {
		out = append(out, p.Text)
	}
	return out
}
