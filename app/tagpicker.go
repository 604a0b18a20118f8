package app

import (
	"image/color"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// maxSuggestions is how many tags the add-tag field offers at once.
const maxSuggestions = 6

// suggestions is the list under the add-tag field: it follows what is
// typed, Up and Down move its highlight, Enter or a click takes a line at
// once. It lies in the pane's layout rather than in a pop-up, because a
// Fyne pop-up takes the keyboard from the field being typed in.
type suggestions struct {
	items []string // what a line takes: a tag's name
	rows  []*suggestionRow
	hi    int
	box   *fyne.Container
	pick  func(i int)
}

func newSuggestions(pick func(i int)) *suggestions {
	s := &suggestions{box: container.NewVBox(), pick: pick}
	s.box.Hide()
	return s
}

// set shows labels (one per item) with the first highlighted; none hides
// the list.
func (s *suggestions) set(items, labels []string) {
	s.items, s.hi = items, 0
	s.rows = s.rows[:0]
	objs := make([]fyne.CanvasObject, len(labels))
	for i, l := range labels {
		i := i
		r := newSuggestionRow(l, func() { s.pick(i) })
		s.rows = append(s.rows, r)
		objs[i] = r
	}
	s.box.Objects = objs
	if len(objs) == 0 {
		s.box.Hide()
	} else {
		s.box.Show()
	}
	s.highlight(0)
}

func (s *suggestions) visible() bool { return s.box.Visible() && len(s.items) > 0 }

// move shifts the highlight by step, staying on the list.
func (s *suggestions) move(step int) { s.highlight(min(max(s.hi+step, 0), len(s.rows)-1)) }

func (s *suggestions) highlight(i int) {
	s.hi = i
	for j, r := range s.rows {
		r.setHighlighted(j == i)
	}
	s.box.Refresh()
}

// suggestionRow is one line of the list: a click takes it; it takes no
// keyboard focus, so Tab goes on past the list.
type suggestionRow struct {
	widget.BaseWidget
	label *widget.Label
	bg    *canvas.Rectangle
	onTap func()
}

func newSuggestionRow(text string, onTap func()) *suggestionRow {
	r := &suggestionRow{label: widget.NewLabel(text), bg: canvas.NewRectangle(color.Transparent), onTap: onTap}
	r.label.Truncation = fyne.TextTruncateEllipsis
	r.ExtendBaseWidget(r)
	return r
}

func (r *suggestionRow) setHighlighted(on bool) {
	r.bg.FillColor = color.Transparent
	if on {
		r.bg.FillColor = theme.Color(theme.ColorNameSelection)
	}
	r.bg.Refresh()
}

// Tapped takes the line.
func (r *suggestionRow) Tapped(*fyne.PointEvent) { r.onTap() }

// Cursor shows a pointing hand over a line.
func (r *suggestionRow) Cursor() desktop.Cursor { return desktop.PointerCursor }

// CreateRenderer lays the highlight under the text.
func (r *suggestionRow) CreateRenderer() fyne.WidgetRenderer {
	return widget.NewSimpleRenderer(container.NewStack(r.bg, r.label))
}
