package app

import (
	"fyne.io/fyne/v2"

	"parley/assets"
)

// cjkFont is the subset of Noto Sans CJK SC that Parley embeds (see
// assets.CJKFont).
var cjkFont = fyne.NewStaticResource("NotoSansCJKsc-subset.otf", assets.CJKFont)

// Font gives regular, bold and italic text Parley's CJK subset as the
// first font.
// Fyne tries it first for every character, then its own fonts (which the
// subset leaves out, so Latin text looks as before), and only for Chinese
// characters outside the subset the system's CJK font. Without it, the
// first Chinese character on screen made Fyne parse the system's whole CJK
// font, all 65,535 glyphs of Noto Sans CJK, some 20 MB of the window's
// memory; the subset costs about 3 MB for regular and bold together.
// Italic text (which Parley does not draw itself) has it too: every
// sans-serif style must draw the characters the font map's language face
// claims (languageFace), or those characters would show as missing.
func (t variantTheme) Font(s fyne.TextStyle) fyne.Resource {
	if s.Monospace || s.Symbol {
		return t.Theme.Font(s)
	}
	return cjkFont
}
