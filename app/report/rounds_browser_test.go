package report

import (
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"parley/app/report/reporttest"
)

// TestPrintAcrossRoundsInChromium prints the sample series' report with
// the chapter Across rounds to PDF with headless Chromium, checks it as
// TestPrintInChromium does, and checks that the chapter's parts are in
// it. With PARLEY_ROUNDS_PNG set to a folder, it writes the chapter's first
// two pages there as PNG (docs/report-rounds-*.png).
func TestPrintAcrossRoundsInChromium(t *testing.T) {
	chromium := tool(t, "the report's print test drives a real browser", "chromium", "chromium-browser", "google-chrome")
	tool(t, "the report's print test reads the PDF", "pdfinfo")
	tool(t, "the report's print test reads the PDF", "pdftotext")
	p := reporttest.ShippedSample(t)
	o := withRounds()
	pdf := printPDF(t, chromium, p.Store, o)
	text := checkPDF(t, p.Store, pdf, 595.3, 841.9)
	for _, w := range []string{"ACROSS ROUNDS", "Evolution by topic", "Reworded, new and dropped statements", "Stock phrases",
		"Individual cases", "Commitments", "Ilham Tohti", "38th round (2023)", "40th round (2025)"} {
		if !strings.Contains(text, normalise(w)) {
			t.Errorf("the PDF lacks %q", w)
		}
	}
	if dir := os.Getenv("PARLEY_ROUNDS_PNG"); dir != "" {
		first := chapterPage(t, pdf)
		out := filepath.Join(dir, "report-rounds")
		pages := []string{"-r", "80", "-f", strconv.Itoa(first), "-l", strconv.Itoa(first + 1), "-png", pdf, out}
		if b, err := exec.Command("pdftoppm", pages...).CombinedOutput(); err != nil {
			t.Fatalf("pdftoppm: %v %s", err, b)
		}
	}
}

// chapterPage is the number of the PDF's first page of the chapter.
func chapterPage(t *testing.T, pdf string) int {
	m := pagesRE.FindStringSubmatch(run(t, "pdfinfo", pdf))
	if m == nil {
		t.Fatal("pdfinfo gives no page count")
	}
	pages, _ := strconv.Atoi(m[1])
	for i := 1; i <= pages; i++ {
		n := strconv.Itoa(i)
		if strings.Contains(normalise(run(t, "pdftotext", "-f", n, "-l", n, pdf, "-")), normalise("followed from one round to the next")) {
			return i
		}
	}
	t.Fatal("no page holds the chapter")
	return 0
}
