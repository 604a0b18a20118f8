package app

import (
	"fmt"
	"os"
	"unsafe"

	"fyne.io/fyne/v2/theme"

	"parley/assets"
)

// embeddedFonts are the font files in Parley's binary: its CJK subset and
// Fyne's fonts.
func embeddedFonts() [][]byte {
	return [][]byte{assets.CJKFont,
		theme.DefaultTextFont().Content(), theme.DefaultTextBoldFont().Content(),
		theme.DefaultTextItalicFont().Content(), theme.DefaultTextBoldItalicFont().Content(),
		theme.DefaultTextMonospaceFont().Content(), theme.DefaultSymbolFont().Content()}
}

// releaseFontPages gives back the memory pages of the font files embedded
// in the binary once Fyne has parsed the window's fonts. Fyne reads a font
// file only to parse it into a copy of its own, so afterwards the file's
// pages stay resident only because they were read: some 2.5 MB of the
// window's memory (docs/compare.md, Memory). The kernel is told they are
// not needed (dropPages); they stay in the system's file cache, and a later
// parse (another text style, a change of theme) reads them again.
func releaseFontPages() error {
	for _, b := range embeddedFonts() {
		if err := dropPages(wholePages(b)); err != nil {
			return fmt.Errorf("release the pages of an embedded font: %w", err)
		}
	}
	return nil
}

// wholePages is the part of b made of whole memory pages: the pages it
// shares with other data at its ends are left alone.
func wholePages(b []byte) []byte {
	if len(b) == 0 {
		return nil
	}
	page := os.Getpagesize()
	start := int(uintptr(unsafe.Pointer(unsafe.SliceData(b))) % uintptr(page))
	skip := (page - start) % page
	if skip >= len(b) {
		return nil
	}
	n := (len(b) - skip) / page * page
	return b[skip : skip+n]
}
