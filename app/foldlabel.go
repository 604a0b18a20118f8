package app

import (
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/widget"
)

// foldLabel is a word-wrapped label folded to its first few lines, the
// last ending in "…", that a tap unfolds and folds again. The review's
// Why line uses it: four lines of reasons under every proposal took the
// height the list of proposals needs in a window of 1024×700.
type foldLabel struct {
	widget.BaseWidget
	label    *widget.Label
	lines    int
	open     bool
	onToggle func() // lays out what holds it again, since its height changed
}

func newFoldLabel(lines int, onToggle func()) *foldLabel {
	f := &foldLabel{label: widget.NewLabel(""), lines: lines, onToggle: onToggle}
	f.label.Wrapping = fyne.TextWrapWord
	f.label.Truncation = fyne.TextTruncateEllipsis
	f.ExtendBaseWidget(f)
	return f
}

// SetText shows text, folded or not as the analyst left it.
func (f *foldLabel) SetText(text string) { f.label.SetText(text) }

// Tapped unfolds a folded label and folds an unfolded one.
func (f *foldLabel) Tapped(*fyne.PointEvent) {
	f.open = !f.open
	f.label.Truncation = fyne.TextTruncateEllipsis
	if f.open {
		f.label.Truncation = fyne.TextTruncateOff
	}
	f.label.Refresh()
	f.Refresh()
	if f.onToggle != nil {
		f.onToggle()
	}
}

// Cursor says the text can be clicked.
func (f *foldLabel) Cursor() desktop.Cursor { return desktop.PointerCursor }

// CreateRenderer draws the label at the height folding leaves it.
func (f *foldLabel) CreateRenderer() fyne.WidgetRenderer {
	f.ExtendBaseWidget(f)
	return &foldRenderer{f: f}
}

type foldRenderer struct{ f *foldLabel }

func (r *foldRenderer) Layout(s fyne.Size)           { r.f.label.Resize(s) }
func (r *foldRenderer) Objects() []fyne.CanvasObject { return []fyne.CanvasObject{r.f.label} }
func (r *foldRenderer) Refresh()                     { r.f.label.Refresh() }
func (r *foldRenderer) Destroy()                     {}

// MinSize is the label's own when unfolded (its wrapped height at its
// width), else that of lines lines of text.
func (r *foldRenderer) MinSize() fyne.Size {
	m := r.f.label.MinSize()
	if r.f.open {
		return m
	}
	// A label of that many lines measures them as the theme draws them.
	ref := widget.NewLabel(strings.Repeat("\n", r.f.lines-1))
	ref.TextStyle = r.f.label.TextStyle
	return fyne.NewSize(m.Width, ref.MinSize().Height)
}
