package app

import (
	"fmt"
	"os"
	"os/exec"
	"runtime"
	"strconv"
	"strings"
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
		cmd := exec.Command(os.Args[0], "-test.run=^TestWarmFontsChild$", "-test.v")
		cmd.Env = append(os.Environ(), "PARLEY_WARM_CHILD="+which)
		out, err := cmd.CombinedOutput()
		if err != nil {
			t.Fatalf("child: %v\n%s", err, out)
		}
		_, after, ok := strings.Cut(string(out), "heap growth: ")
		if !ok {
			t.Fatalf("child said no growth:\n%s", out)
		}
		mb, err := strconv.ParseFloat(strings.Fields(after)[0], 64)
		if err != nil {
			t.Fatal(err)
		}
		return mb
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
	heap := func() uint64 {
		runtime.GC()
		var m runtime.MemStats
		runtime.ReadMemStats(&m)
		return m.HeapAlloc
	}
	before := heap()
	for _, st := range []fyne.TextStyle{{}, {Bold: true}} {
		for _, s := range []string{"All topics", "European Union", "中方强调，人权问题不应政治化。"} {
			fyne.MeasureText(s, theme.TextSize(), st)
			fyne.MeasureText(s, theme.SizeForWidget(theme.SizeNameSubHeadingText, nil), st)
		}
	}
	fmt.Printf("heap growth: %.2f MB\n", float64(int64(heap())-int64(before))/(1<<20))
}
