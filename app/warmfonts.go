package app

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"
)

// warmFonts has Fyne parse the window's fonts for regular and bold text on
// a goroutine of its own and closes the channel when they are ready. Fyne
// parses them when text of a style is first measured, and on a first start
// indexes every font the system has for its fallbacks; otherwise that
// happens on the main goroutine while the first view is built, before the
// window can open. Run waits for the channel before building the view, so
// that the fonts are never parsed twice, and so that nothing else measures
// text meanwhile: Fyne's text shaper is not safe for two goroutines at once
// (see widgets.PrepareText). Until then the main goroutine only makes the
// window object, whose menu and content are laid out once it is shown, and
// opens the project. Once they are parsed, the pages of the font files
// embedded in the binary are given back (releaseFontPages). Before any of
// that, Parley makes Fyne's font map itself (claimFontMap, langfont.go), so
// that Fyne parses no system font for the user's language.
func warmFonts(tr *startupTrace) <-chan struct{} {
	done := make(chan struct{})
	install := claimFontMap()
	go func() {
		defer close(done)
		if install != nil {
			if err := install(); err != nil {
				fyne.LogError("fonts", err)
			}
		}
		size := theme.TextSize()
		// Latin and Chinese, as the first view shows them: Noto Sans and
		// Parley's CJK subset.
		fyne.MeasureText("Parley 中文", size, fyne.TextStyle{})
		fyne.MeasureText("Parley 中文", size, fyne.TextStyle{Bold: true})
		if err := releaseFontPages(); err != nil {
			fyne.LogError("fonts", err)
		}
		tr.mark("fonts ready")
	}()
	return done
}
