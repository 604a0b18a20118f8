package evolution

import (
	"reflect"
	"testing"
)

func TestDetectNames(t *testing.T) {
	for _, c := range []struct {
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
	} {
		t.Run(c.name, func(t *testing.T) {
			got := DetectNames(c.text, map[string]bool{"shen bo": true})
			if !reflect.DeepEqual(got, c.want) {
				t.Fatalf("DetectNames(%q) = %q, want %q", c.text, got, c.want)
			}
		})
	}
}

func TestNameKey(t *testing.T) {
	if NameKey("  Ilham   TOHTI ") != "ilham tohti" || NameKey("伊力哈木·土赫提") != "伊力哈木 土赫提" {
		t.Fatal("names compare by case, spaces or the middle dot")
	}
}
