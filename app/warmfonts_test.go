package app

import (
	"os"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"
)

// TestWarmFontsParsesTheWindowsFonts: once warmFonts is done, the first
// view's text (Latin and Chinese, regular and bold) measures without
// parsing a font, so the main goroutine that builds the view does not wait
// for them. Each case runs in a child process: parsed fonts stay cached for
// the process's life. Without warmFonts the same text grows the heap by the
// fonts' size, which shows the measure would see a parse.
func TestWarmFontsParsesTheWindowsFonts(t *testing.T) {
	if os.Getenv("PARLEY_WARM_CHILD") != "" {
		t.Skip("child")
	}
	grow := func(which string) float64 {
		return childHeapGrowth(t, "TestWarmFontsChild", "PARLEY_WARM_CHILD", which)
	}
	warm, cold := grow("warm"), grow("cold")
	t.Logf("the first view's text grew the heap by %.2f MB after warmFonts, %.2f MB without", warm, cold)
	if cold < 2 {
		t.Fatalf("without warmFonts the text grew the heap by only %.2f MB: the test no longer sees a font parse", cold)
	}
	if warm > 0.5 {
		t.Errorf("after warmFonts the first view's text grew the heap by %.2f MB: a font was parsed again", warm)
	}
}

// TestWarmFontsChild is TestWarmFontsParsesTheWindowsFonts's child.
func TestWarmFontsChild(t *testing.T) {
	which := os.Getenv("PARLEY_WARM_CHILD")
	if which == "" {
		t.Skip("run by TestWarmFontsParsesTheWindowsFonts")
	}
	a := test.NewTempApp(t)
	a.Settings().SetTheme(variantTheme{Theme: theme.DefaultTheme()})
	if which == "warm" {
		<-warmFonts(nil)
	}
	before := liveHeap()
	for _, st := range []fyne.TextStyle{{}, {Bold: true}} {
		for _, s := range []string{"All topics", "European Union", "中方强调，人权问题不应政治化。"} {
			fyne.MeasureText(s, theme.TextSize(), st)
			fyne.MeasureText(s, theme.SizeForWidget(theme.SizeNameSubHeadingText, nil), st)
		}
	}
	printHeapGrowth(before)
}
