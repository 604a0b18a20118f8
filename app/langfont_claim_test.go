package app

import (
	"os"
	"os/exec"
	"strconv"
	"strings"
	"testing"

	"github.com/go-text/typesetting/fontscan"
	"github.com/go-text/typesetting/language"
)

// runLangFontChildIn runs TestLanguageFontChild as which with the user's
// locale set to locale, and returns what it printed.
func runLangFontChildIn(t *testing.T, locale, which string) string {
	t.Helper()
	cmd := exec.Command(os.Args[0], "-test.run=^TestLanguageFontChild$", "-test.v")
	cmd.Env = append(os.Environ(), "PARLEY_LANGFONT_CHILD="+which, "LANG="+locale, "LC_ALL=", "LC_MESSAGES=", "LANGUAGE=")
	out, err := cmd.CombinedOutput()
	if err != nil {
		t.Fatalf("child: %v\n%s", err, out)
	}
	return string(out)
}

// heapGrowthIn is what a child printed as its heap growth, in MB.
func heapGrowthIn(t *testing.T, out string) float64 {
	t.Helper()
	_, after, ok := strings.Cut(out, "heap growth: ")
	if !ok {
		t.Fatalf("child said no growth:\n%s", out)
	}
	mb, err := strconv.ParseFloat(strings.Fields(after)[0], 64)
	if err != nil {
		t.Fatal(err)
	}
	return mb
}

// TestCJKLocaleParsesNoSystemFont: with a Japanese, Korean or traditional
// Chinese locale the language lookup answers with the theme's language
// face, which draws nothing, so the first screen's fonts parse no system
// font (Fyne's own map parsed the system's CJK font, regular and bold);
// a character the theme's fonts lack (丼 in Japanese text) still parses a
// system font that draws it when a text needs it.
func TestCJKLocaleParsesNoSystemFont(t *testing.T) {
	if os.Getenv("PARLEY_LANGFONT_CHILD") != "" {
		t.Skip("child")
	}
	for _, locale := range []string{"ja_JP.UTF-8", "ko_KR.UTF-8", "zh_TW.UTF-8", "zh_HK.UTF-8"} {
		if out := runLangFontChildIn(t, locale, "parley"); !strings.Contains(out, "language system: theme (weight 400)") ||
			!strings.Contains(out, "language system: theme (weight 700)") {
			t.Errorf("LANG=%s: the language font is not the theme's:\n%s", locale, out)
		}
	}
	fm := fontscan.NewFontMap(quietLogger{})
	if err := fm.UseSystemFonts(""); err != nil {
		t.Skip("no system fonts:", err)
	}
	fm.SetQuery(fontscan.Query{Families: []string{fontscan.SansSerif}})
	ja, _ := language.NewLangID(language.NewLanguage("ja"))
	if fm.ResolveFaceForLang(ja) == nil {
		t.Skip("this system has no font for Japanese: Fyne parses none either")
	}
	parley := heapGrowthIn(t, runLangFontChildIn(t, "ja_JP.UTF-8", "parley"))
	fyneOwn := heapGrowthIn(t, runLangFontChildIn(t, "ja_JP.UTF-8", "fyne"))
	t.Logf("LANG=ja_JP.UTF-8: the first screen's fonts grew the heap by %.2f MB with Parley's font map, %.2f MB with Fyne's", parley, fyneOwn)
	if parley > fyneOwn-10 {
		t.Errorf("Parley's font map saves %.2f MB with a Japanese locale, want the system's CJK font (over 10 MB) left unparsed", fyneOwn-parley)
	}
	kanji := runLangFontChildIn(t, "ja_JP.UTF-8", "kanji")
	if grew := heapGrowthIn(t, kanji); grew < 1 || !strings.Contains(kanji, "丼: system") {
		t.Errorf("LANG=ja_JP.UTF-8: a kanji the theme's fonts lack grew the heap by %.2f MB: no system font was parsed to draw it\n%s", grew, kanji)
	}
}
