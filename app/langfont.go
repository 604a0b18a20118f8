package app

import (
	"bytes"
	"fmt"
	"slices"
	"sync"
	_ "unsafe" // for go:linkname, see fyneFontMap

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"
	"github.com/go-text/typesetting/font"
	ot "github.com/go-text/typesetting/font/opentype"
	"github.com/go-text/typesetting/font/opentype/tables"
	"github.com/go-text/typesetting/fontscan"

	"parley/assets"
)

// Fyne (v2.8.1, internal/painter) keeps one go-text font map of the
// system's fonts, made at the first text it measures. Whenever it meets a
// text style (regular, bold, …) it adds to the style's fonts, after the
// theme's, "the system's font for the user's language" (lookupLangFont):
// a whole system font parsed for each style, whether or not a character
// ever needs it. On a Linux with an English locale that is DejaVu Sans and
// DejaVu Sans Bold, 5 MB of the window's heap; with a Chinese locale the
// system's Noto Sans CJK, regular and bold, some 38 MB. Fyne offers no
// setting for it, so Parley makes the map itself (the same system fonts,
// found the same way) before Fyne does, with one more face in it: a
// language face (languageFace) that fontscan takes for the user's language
// when the theme's own fonts already draw that language, and for Japanese,
// Korean and traditional Chinese (langfont_claim.go). Characters the
// theme's fonts lack still find a system font, one character at a time, as
// before. These three names are Fyne's private state, read and set under
// its own lock; a Fyne that no longer has them fails
// TestLanguageFontIsTheThemes.
var (
	//go:linkname fyneFontMap fyne.io/fyne/v2/internal/painter.fm
	fyneFontMap *fontscan.FontMap
	//go:linkname fyneFontMapLoaded fyne.io/fyne/v2/internal/painter.loaded
	fyneFontMapLoaded bool
	//go:linkname fyneFontScanLock fyne.io/fyne/v2/internal/painter.fontScanLock
	fyneFontScanLock sync.Mutex
)

// languageFaceLocation names the language face in the font map; no file
// has that name.
var languageFaceLocation = fontscan.Location{File: "parley:theme-fonts"}

// claimFontMap takes Fyne's font lock, at once, if Fyne has not made its
// font map yet: then nothing measures text until the returned function,
// which makes Parley's map (installFontMap) and lets go of the lock, has
// run. It returns nil when Fyne's map exists already.
func claimFontMap() func() error {
	fyneFontScanLock.Lock()
	if fyneFontMapLoaded {
		fyneFontScanLock.Unlock()
		return nil
	}
	return func() error {
		defer fyneFontScanLock.Unlock()
		return installFontMap()
	}
}

// installFontMap makes the font map Fyne would make, with the system's
// fonts, plus the language face for sans-serif text. The caller holds
// Fyne's font lock. When the system's fonts cannot be read, Fyne is left
// to try for itself (and to do without them, as it does).
func installFontMap() error {
	face, err := languageFace()
	if err != nil {
		return err
	}
	fm := fontscan.NewFontMap(quietLogger{})
	if err := fm.UseSystemFonts(""); err != nil {
		return nil
	}
	fm.AddFace(face, languageFaceLocation, font.Description{Family: fontscan.SansSerif,
		Aspect: font.Aspect{Style: font.StyleNormal, Weight: font.WeightNormal, Stretch: font.StretchNormal}})
	// langfont_claim.go: the face answers for Japanese, Korean and
	// traditional Chinese too. Should fontscan no longer let it, it
	// answers for the languages its characters cover, as it did, and Fyne
	// parses the system's font for those three: slower, not wrong, so it
	// is logged and start-up goes on.
	if err := claimLanguages(fm, languageFaceLocation, cjkLanguages); err != nil {
		fyne.LogError("claim Japanese, Korean and traditional Chinese for Parley's fonts", err)
	}
	fyneFontMap, fyneFontMapLoaded = fm, true
	return nil
}

// quietLogger drops fontscan's messages, as Fyne's own logger does.
type quietLogger struct{}

func (quietLogger) Printf(string, ...any) {}

// languageFace is a font face that claims the characters every sans-serif
// style of Parley's theme draws with its own fonts (variantTheme.Font):
// the CJK subset's and those of all four of Fyne's Noto Sans styles. Asked
// for the user's language, fontscan picks it when those characters cover
// the language (English and the other Latin, Greek and Cyrillic languages,
// simplified Chinese), and Fyne adds it behind the theme's fonts, where it
// draws nothing: every character it claims comes from a font before it,
// and its cmap answers no lookup (coverageCmap), so a character missing
// there is still looked up among the system's fonts. Its tables are those
// of Fyne's small symbol font, so that it is a valid face whatever reads
// it; 20 KB of heap where the system font costs megabytes.
func languageFace() (*font.Face, error) {
	cjk, err := cmapRunes(assets.CJKFont)
	if err != nil {
		return nil, fmt.Errorf("read the CJK subset's characters: %w", err)
	}
	var latin []rune
	for i, res := range []interface{ Content() []byte }{theme.DefaultTextFont(), theme.DefaultTextBoldFont(),
		theme.DefaultTextItalicFont(), theme.DefaultTextBoldItalicFont()} {
		rs, err := cmapRunes(res.Content())
		if err != nil {
			return nil, fmt.Errorf("read the characters of Fyne's text font: %w", err)
		}
		if i == 0 {
			latin = rs
		} else {
			latin = intersect(latin, rs)
		}
	}
	base, err := font.ParseTTF(bytes.NewReader(theme.DefaultSymbolFont().Content()))
	if err != nil {
		return nil, fmt.Errorf("parse Fyne's symbol font: %w", err)
	}
	f := *base.Font
	f.Cmap = coverageCmap(union(cjk, latin))
	return font.NewFace(&f), nil
}

// cmapRunes lists, in order, the characters a font file maps to glyphs,
// reading only its cmap table.
func cmapRunes(file []byte) ([]rune, error) {
	ld, err := ot.NewLoader(bytes.NewReader(file))
	if err != nil {
		return nil, err
	}
	raw, err := ld.RawTable(ot.MustNewTag("cmap"))
	if err != nil {
		return nil, err
	}
	tb, _, err := tables.ParseCmap(raw)
	if err != nil {
		return nil, err
	}
	cm, _, err := font.ProcessCmap(tb, tables.FPNone)
	if err != nil {
		return nil, err
	}
	var out []rune
	for it := cm.Iter(); it.Next(); {
		r, _ := it.Char()
		out = append(out, r)
	}
	slices.Sort(out)
	return slices.Compact(out), nil
}

// intersect and union combine two sorted lists of characters.
func intersect(a, b []rune) []rune {
	var out []rune
	for _, r := range a {
		if _, ok := slices.BinarySearch(b, r); ok {
			out = append(out, r)
		}
	}
	return out
}

func union(a, b []rune) []rune {
	out := append(slices.Clone(a), b...)
	slices.Sort(out)
	return slices.Compact(out)
}

// coverageCmap is the language face's cmap: iterated (as fontscan does to
// learn which languages a face covers) it yields its characters, each with
// glyph 0; looked up (as the shaper and Fyne's choice of a face per
// character do) it has none.
type coverageCmap []rune

// Iter yields the characters the face claims.
func (c coverageCmap) Iter() font.CmapIter { return &coverageIter{runes: c, i: -1} }

// Lookup finds no glyph: the face never draws.
func (c coverageCmap) Lookup(rune) (font.GID, bool) { return 0, false }

type coverageIter struct {
	runes []rune
	i     int
}

func (it *coverageIter) Next() bool { it.i++; return it.i < len(it.runes) }

func (it *coverageIter) Char() (rune, font.GID) { return it.runes[it.i], 0 }
