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

// TestCJKSubsetKeepsLatinText measures text with Parley's theme, whose
// regular and bold fonts start with the CJK subset, and with Fyne's: Latin
// text, spaces and lines must measure the same, so nothing but Chinese
// changes font, in every style the subset is first for.
func TestCJKSubsetKeepsLatinText(t *testing.T) {
	a := test.NewTempApp(t)
	texts := []string{"Hello, world", "  two  spaces ", " ", "The EU’s “concern” — 40th round", "Ünïcödé façade 1,234.5 %", "中方 强调 Hello"}
	measure := func(th fyne.Theme) []string {
		a.Settings().SetTheme(th)
		var out []string
		for _, s := range texts {
			for _, st := range []fyne.TextStyle{{}, {Bold: true}, {Italic: true}, {Bold: true, Italic: true}} {
				size := fyne.MeasureText(s, theme.TextSize(), st)
				out = append(out, fmt.Sprintf("%q bold=%v italic=%v: %v", s, st.Bold, st.Italic, size))
			}
		}
		return out
	}
	fyneSizes := measure(theme.DefaultTheme())
	parleySizes := measure(variantTheme{Theme: theme.DefaultTheme()})
	for i := range fyneSizes {
		if strings.Contains(fyneSizes[i], "中") {
			// Only the height must agree: Fyne's Chinese comes from whatever
			// CJK font the system has, if any.
			if h := func(s string) string { return s[strings.LastIndex(s, " "):] }; h(fyneSizes[i]) != h(parleySizes[i]) {
				t.Errorf("line height changed: Fyne's theme %s, Parley's %s", fyneSizes[i], parleySizes[i])
			}
			continue
		}
		if fyneSizes[i] != parleySizes[i] {
			t.Errorf("Fyne's theme %s, Parley's %s", fyneSizes[i], parleySizes[i])
		}
	}
	// The subset draws Chinese: four characters, four ems.
	a.Settings().SetTheme(variantTheme{Theme: theme.DefaultTheme()})
	if w := fyne.MeasureText("中方强调", 20, fyne.TextStyle{}).Width; w < 79 || w > 81 {
		t.Errorf("four Chinese characters at 20 pt measure %v wide, want 80", w)
	}
}

// TestChineseTextNeedsNoSystemFont measures common Chinese text in a child
// process (the font Fyne finds on the system stays loaded for the process's
// life) and reads how much the Go heap grew: with Parley's theme the
// embedded subset draws it, without a parse of the system's CJK font
// (Noto Sans CJK: some 20 MB of heap).
func TestChineseTextNeedsNoSystemFont(t *testing.T) {
	if os.Getenv("PARLEY_FONT_CHILD") != "" {
		t.Skip("child")
	}
	grow := func(which string) float64 {
		return childHeapGrowth(t, "TestChineseHeapChild", "PARLEY_FONT_CHILD", which)
	}
	parley, fyneTheme := grow("parley"), grow("fyne")
	t.Logf("Chinese text grew the heap by %.1f MB with Parley's theme, %.1f MB with Fyne's", parley, fyneTheme)
	if parley > 2 {
		t.Errorf("Chinese text grew the heap by %.1f MB with Parley's theme: a CJK font was loaded besides the subset", parley)
	}
}

// TestChineseHeapChild is TestChineseTextNeedsNoSystemFont's child.
func TestChineseHeapChild(t *testing.T) {
	which := os.Getenv("PARLEY_FONT_CHILD")
	if which == "" {
		t.Skip("run by TestChineseTextNeedsNoSystemFont")
	}
	a := test.NewTempApp(t)
	if which == "parley" {
		a.Settings().SetTheme(variantTheme{Theme: theme.DefaultTheme()})
	} else {
		a.Settings().SetTheme(theme.DefaultTheme())
	}
	for _, st := range []fyne.TextStyle{{}, {Bold: true}} {
		fyne.MeasureText("Latin text loads the fonts every style has", 14, st)
	}
	before := liveHeap()
	for _, st := range []fyne.TextStyle{{}, {Bold: true}} {
		fyne.MeasureText("中方强调，人权问题不应政治化。双方同意继续举行中欧人权对话：“发展是第一要务”。", 14, st)
	}
	printHeapGrowth(before)
}

// childHeapGrowth runs the test named child in a child process, with env
// set to which, and returns the heap growth in MB it prints
// (printHeapGrowth): fonts Fyne parses stay cached for a process's life,
// so each measurement needs a fresh one.
func childHeapGrowth(t *testing.T, child, env, which string) float64 {
	t.Helper()
	cmd := exec.Command(os.Args[0], "-test.run=^"+child+"$", "-test.v")
	cmd.Env = append(os.Environ(), env+"="+which)
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

// liveHeap is the heap in use after a collection.
func liveHeap() uint64 {
	runtime.GC()
	var m runtime.MemStats
	runtime.ReadMemStats(&m)
	return m.HeapAlloc
}

// printHeapGrowth prints, for childHeapGrowth, how far the live heap grew
// since before.
func printHeapGrowth(before uint64) {
	fmt.Printf("heap growth: %.2f MB\n", float64(int64(liveHeap())-int64(before))/(1<<20))
}
