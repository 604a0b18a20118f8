package app

import (
	"crypto/sha256"
	"encoding/binary"
	"os"
	"testing"
	"unsafe"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"
)

// TestReleaseFontPagesGivesBackTheirMemory: once the fonts are released,
// none of the embedded font files' whole pages is in the process's memory,
// their bytes read the same afterwards, and text still measures as before.
func TestReleaseFontPagesGivesBackTheirMemory(t *testing.T) {
	a := test.NewApp()
	defer a.Quit()
	a.Settings().SetTheme(variantTheme{Theme: theme.DefaultTheme()})
	before := fyne.MeasureText("Parley 中文", 14, fyne.TextStyle{Bold: true})
	var sums [][32]byte
	pages := 0
	for _, b := range embeddedFonts() {
		sums = append(sums, sha256.Sum256(b)) // reads every page, as a parse does
		pages += mapped(t, wholePages(b))
	}
	if pages == 0 {
		t.Fatal("no page of the fonts in memory after reading them all")
	}
	if err := releaseFontPages(); err != nil {
		t.Fatal(err)
	}
	for i, b := range embeddedFonts() {
		if n := mapped(t, wholePages(b)); n != 0 {
			t.Errorf("font %d: %d pages still in memory", i, n)
		}
	}
	for i, b := range embeddedFonts() {
		if sha256.Sum256(b) != sums[i] {
			t.Errorf("font %d reads differently after the release", i)
		}
	}
	if after := fyne.MeasureText("Parley 中文", 14, fyne.TextStyle{Bold: true}); after != before {
		t.Errorf("text measures %v after the release, %v before", after, before)
	}
}

// mapped counts the pages of b present in the process's page table
// (/proc/self/pagemap, bit 63).
func mapped(t *testing.T, b []byte) int {
	t.Helper()
	if len(b) == 0 {
		return 0
	}
	f, err := os.Open("/proc/self/pagemap")
	if err != nil {
		t.Skip("no pagemap:", err)
	}
	defer f.Close()
	page := uintptr(os.Getpagesize())
	start := uintptr(unsafe.Pointer(unsafe.SliceData(b)))
	n := 0
	entry := make([]byte, 8)
	for a := start; a < start+uintptr(len(b)); a += page {
		if _, err := f.ReadAt(entry, int64(a/page*8)); err != nil {
			t.Fatal(err)
		}
		if binary.LittleEndian.Uint64(entry)>>63 == 1 {
			n++
		}
	}
	return n
}
