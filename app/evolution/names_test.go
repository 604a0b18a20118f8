package evolution

import (
	"reflect"
	"strings"
	"testing"
)

var nameCases = []struct {
	name, text string
	want       []string
}{
	{"List", "The EU raised individual cases, among them those of Gui Minhai, an EU citizen, Ilham Tohti, Go Sherab Gyatso and Tashi Dorje, and called for their release.",
		[]string{"Gui Minhai", "Ilham Tohti", "Go Sherab Gyatso", "Tashi Dorje"}},
	{"Role", "The EU raised the case of human rights lawyer Ding Jiaxi, detained since 2019.", []string{"Ding Jiaxi"}},
	{"NoCaseWord", "Paola Pampaloni met Miao Deyu in Beijing.", nil},
	{"PlacesAndBodies", "The EU raised reports of detention in Hong Kong and the Human Rights Council in Geneva.", nil},
	{"Speaker", "Shen Bo said the lawyers were detained according to law.", nil},
	{"ChineseRole", "欧方提及律师丁家喜、许志永等个案，要求释放。", []string{"丁家喜", "许志永"}},
	{"ChineseDot", "欧方要求释放伊力哈木·土赫提。", []string{"伊力哈木·土赫提"}},
	{"ChineseCase", "欧方关注王全璋案。", []string{"王全璋"}},
	{"ChineseNoCue", "中方介绍了王毅外长的讲话。", nil},
	{"NextSentence", "The EU raised the cases of imprisoned Tibetans. Among them were A-Nya Sengdra, Tsongon Tsering, Drugdra, and Lobsang Gephel.",
		[]string{"A-Nya Sengdra", "Tsongon Tsering", "Lobsang Gephel", "Drugdra"}},
}

func TestDetectNames(t *testing.T) {
	for _, c := range nameCases {
		t.Run(c.name, func(t *testing.T) {
			got := DetectNames(c.text, map[string]bool{"shen bo": true})
			if !reflect.DeepEqual(got, c.want) {
				t.Fatalf("DetectNames(%q) = %q, want %q", c.text, got, c.want)
			}
		})
	}
}

// FuzzDetectNames checks on any text that every name found is written in
// it, not empty, and found once.
func FuzzDetectNames(f *testing.F) {
	for _, c := range nameCases {
		f.Add(c.text)
	}
	f.Fuzz(func(t *testing.T, text string) {
		seen := map[string]bool{}
		for _, n := range DetectNames(text, nil) {
			if strings.TrimSpace(n) == "" || !strings.Contains(text, n) || seen[NameKey(n)] {
				t.Fatalf("name %q of %q", n, text)
			}
			seen[NameKey(n)] = true
		}
	})
}

func TestNameKey(t *testing.T) {
	if NameKey("  Ilham   TOHTI ") != "ilham tohti" || NameKey("伊力哈木·土赫提") != "伊力哈木 土赫提" {
		t.Fatal("names compare by case, spaces or the middle dot")
	}
}

// FuzzNameKey: NameKey gives what the plain definition gives: the
// middle dots as spaces, lower case, the words joined by single spaces.
func FuzzNameKey(f *testing.F) {
	for _, s := range []string{"  Ilham   TOHTI ", "伊力哈木·土赫提", "ding jiaxi", "a\tb\u00a0c", "\xff·X", "İstanbul", " ", "a  b", "a\x7fb"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		s2 := strings.NewReplacer("·", " ", "•", " ", "‧", " ").Replace(s)
		want := strings.Join(strings.Fields(strings.ToLower(s2)), " ")
		if got := NameKey(s); got != want {
			t.Fatalf("NameKey(%q) = %q, want %q", s, got, want)
		}
	})
}
