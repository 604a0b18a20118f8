package app

import (
	"fmt"
	"os"
	"os/exec"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"
	"github.com/go-text/typesetting/font"
	"github.com/go-text/typesetting/fontscan"
	"github.com/go-text/typesetting/language"
)

// TestLanguageFontIsTheThemes: Fyne adds to every text style the system's
// font for the user's language, parsed whole (DejaVu Sans here, some 5 MB
// for regular and bold; Noto Sans CJK, 38 MB, with a Chinese locale).
// With Parley's font map the language is English or simplified Chinese,
// the theme's fonts draw it, and the first screen's fonts (warmFonts) parse
// no system font: each case in a child process, as parsed fonts stay for a
// process's life. "fyne" lets Fyne make its own map first.
func TestLanguageFontIsTheThemes(t *testing.T) {
	if os.Getenv("PARLEY_LANGFONT_CHILD") != "" {
		t.Skip("child")
	}
	out := runLangFontChild(t, "parley")
	for _, l := range []string{"en", "zh-cn", "system"} {
		if !strings.Contains(out, "language "+l+": theme") {
			t.Errorf("with Parley's font map the %s font is not the theme's:\n%s", l, out)
		}
	}
	parley := childHeapGrowth(t, "TestLanguageFontChild", "PARLEY_LANGFONT_CHILD", "parley")
	fyneOwn := childHeapGrowth(t, "TestLanguageFontChild", "PARLEY_LANGFONT_CHILD", "fyne")
	t.Logf("the first screen's fonts grew the heap by %.2f MB with Parley's font map, %.2f MB with Fyne's", parley, fyneOwn)
	if !systemHasLanguageFont() {
		t.Skip("this system has no font for the user's language: Fyne parses none either")
	}
	if parley > fyneOwn-1 {
		t.Errorf("Parley's font map saves %.2f MB, want the system's language font (over 1 MB) left unparsed", fyneOwn-parley)
	}
}

// TestLanguageFontChild is TestLanguageFontIsTheThemes's child.
func TestLanguageFontChild(t *testing.T) {
	which := os.Getenv("PARLEY_LANGFONT_CHILD")
	if which == "" {
		t.Skip("run by TestLanguageFontIsTheThemes")
	}
	a := test.NewTempApp(t)
	a.Settings().SetTheme(variantTheme{Theme: theme.DefaultTheme()})
	if which == "kanji" {
		// A kanji the theme's fonts lack, in a Japanese locale
		// (TestCJKLocaleParsesNoSystemFont).
		<-warmFonts(nil)
		before := liveHeap()
		fyne.MeasureText("丼", theme.TextSize(), fyne.TextStyle{})
		printHeapGrowth(before)
		fyneFontScanLock.Lock()
		defer fyneFontScanLock.Unlock()
		fyneFontMap.SetQuery(fontscan.Query{Families: []string{fontscan.SansSerif}, Aspect: font.Aspect{Style: font.StyleNormal}})
		fyneFontMap.SetScript(language.LookupScript('丼'))
		where := "none"
		if face := fyneFontMap.ResolveFace('丼'); face != nil {
			if _, ok := face.NominalGlyph('丼'); ok && fyneFontMap.FontLocation(face.Font).File != languageFaceLocation.File {
				where = "system"
			}
		}
		fmt.Printf("丼: %s\n", where)
		return
	}
	if which == "korean" {
		<-warmFonts(nil)
		before := liveHeap()
		fyne.MeasureText("한국어 대화", theme.TextSize(), fyne.TextStyle{})
		printHeapGrowth(before)
		return
	}
	before := liveHeap()
	if which == "fyne" {
		for _, st := range []fyne.TextStyle{{}, {Bold: true}} {
			fyne.MeasureText("Parley 中文", theme.TextSize(), st)
		}
	}
	<-warmFonts(nil)
	printHeapGrowth(before)
	if which != "parley" {
		return
	}
	fyneFontScanLock.Lock()
	defer fyneFontScanLock.Unlock()
	if !fyneFontMapLoaded || fyneFontMap == nil {
		t.Fatal("warmFonts made no font map")
	}
	for _, l := range []string{"en", "zh-cn", "system"} {
		code := l
		if l == "system" { // as Fyne asks
			code = lang.SystemLocale().LanguageString()
		}
		id, _ := language.NewLangID(language.NewLanguage(code))
		for _, w := range []font.Weight{font.WeightNormal, font.WeightBold} {
			fyneFontMap.SetQuery(fontscan.Query{Families: []string{fontscan.SansSerif}, Aspect: font.Aspect{Style: font.StyleNormal, Weight: w}})
			face := fyneFontMap.ResolveFaceForLang(id)
			where := "none"
			if face != nil {
				where = fyneFontMap.FontLocation(face.Font).File
			}
			if where == languageFaceLocation.File {
				where = "theme"
			}
			fmt.Printf("language %s: %s (weight %v)\n", l, where, w)
		}
	}
}

// runLangFontChild runs TestLanguageFontChild and returns what it printed.
func runLangFontChild(t *testing.T, which string) string {
	t.Helper()
	cmd := exec.Command(os.Args[0], "-test.run=^TestLanguageFontChild$", "-test.v")
	cmd.Env = append(os.Environ(), "PARLEY_LANGFONT_CHILD="+which)
	out, err := cmd.CombinedOutput()
	if err != nil {
		t.Fatalf("child: %v\n%s", err, out)
	}
	return string(out)
}

// systemHasLanguageFont tells whether fontscan finds among the system's
// fonts one for the user's language, which Fyne would parse.
func systemHasLanguageFont() bool {
	fm := fontscan.NewFontMap(quietLogger{})
	if err := fm.UseSystemFonts(""); err != nil {
		return false
	}
	fm.SetQuery(fontscan.Query{Families: []string{fontscan.SansSerif}})
	id, _ := language.NewLangID(language.NewLanguage(lang.SystemLocale().LanguageString()))
	return fm.ResolveFaceForLang(id) != nil
}

// TestMissingCharactersStillFindASystemFont: the font map Parley makes
// holds the system's fonts, so that characters the theme's fonts lack
// (Korean here) are drawn with one, as Fyne's own map would: measuring
// them parses the system's font.
func TestMissingCharactersStillFindASystemFont(t *testing.T) {
	if os.Getenv("PARLEY_LANGFONT_CHILD") != "" {
		t.Skip("child")
	}
	fm := fontscan.NewFontMap(quietLogger{})
	if err := fm.UseSystemFonts(""); err != nil {
		t.Skip("no system fonts:", err)
	}
	fm.SetQuery(fontscan.Query{Families: []string{fontscan.SansSerif}})
	fm.SetScript(language.LookupScript('한'))
	if f := fm.ResolveFace('한'); f == nil {
		t.Skip("no system font draws Korean")
	} else if _, ok := f.NominalGlyph('한'); !ok {
		t.Skip("no system font draws Korean")
	}
	grew := childHeapGrowth(t, "TestLanguageFontChild", "PARLEY_LANGFONT_CHILD", "korean")
	t.Logf("Korean text grew the heap by %.2f MB", grew)
	if grew < 1 {
		t.Errorf("Korean text grew the heap by %.2f MB: no system font was parsed for it", grew)
	}
}

// TestThemeFontsDrawWhatTheLanguageFaceClaims: the language face draws
// nothing, so each character it claims must come from a font before it in
// every sans-serif style: the theme's font or Fyne's for the style.
func TestThemeFontsDrawWhatTheLanguageFaceClaims(t *testing.T) {
	face, err := languageFace()
	if err != nil {
		t.Fatal(err)
	}
	var claimed []rune
	for it := face.Cmap.Iter(); it.Next(); {
		r, _ := it.Char()
		claimed = append(claimed, r)
	}
	if len(claimed) < 7000 {
		t.Fatalf("the language face claims %d characters, want Latin and the CJK subset's", len(claimed))
	}
	th := variantTheme{Theme: theme.DefaultTheme()}
	for _, st := range []fyne.TextStyle{{}, {Bold: true}, {Italic: true}, {Bold: true, Italic: true}} {
		fyneFont := map[bool]map[bool]fyne.Resource{
			false: {false: theme.DefaultTextFont(), true: theme.DefaultTextItalicFont()},
			true:  {false: theme.DefaultTextBoldFont(), true: theme.DefaultTextBoldItalicFont()},
		}[st.Bold][st.Italic]
		first, err := cmapRunes(th.Font(st).Content())
		if err != nil {
			t.Fatal(err)
		}
		second, err := cmapRunes(fyneFont.Content())
		if err != nil {
			t.Fatal(err)
		}
		drawn := union(first, second)
		if lost := len(claimed) - len(intersect(claimed, drawn)); lost > 0 {
			t.Errorf("style %+v: %d characters the language face claims have no glyph in the theme's fonts", st, lost)
		}
	}
}
