package widgets

import (
	"fmt"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/test"
)

// With a viewport, a text of thousands of paragraphs draws the lines
// near it only, with the tints of the spans there; without one, every
// line. A text prepared off the UI goroutine shows as SetText's does.
func TestHighlightedText_Viewport(t *testing.T) {
	test.NewTempApp(t)
	var b strings.Builder
	for i := range 3000 {
		fmt.Fprintf(&b, "Paragraph %d of the readout.\n", i)
	}
	text := b.String()
	spans := []Span{spanOf(text, "Paragraph 2500 ", 1)}
	h := NewHighlightedText("", nil)
	s := container.NewVScroll(h)
	w := test.NewTempWindow(t, s)
	w.Resize(fyne.NewSize(500, 400))
	h.SetPrepared(text, PrepareText(text, h.TextSize()), spans)
	s.Refresh()
	if n, _ := drawnText(h, ""); n < 3000 {
		t.Fatalf("without a viewport %d lines drawn of 3000", n)
	}
	h.SetViewport(0, s.Size().Height)
	if n, _ := drawnText(h, ""); n == 0 || n > 300 {
		t.Fatalf("with a viewport %d lines drawn of 3000", n)
	}
	if _, found := drawnText(h, "Paragraph 2500 of the readout."); found {
		t.Fatal("a line far below the viewport is drawn")
	}
	s.ScrollToOffset(fyne.NewPos(0, h.Size().Height*2500/3000-100))
	h.SetViewport(s.Offset.Y, s.Size().Height)
	var line *canvas.Text
	for _, o := range test.LaidOutObjects(h) {
		if t, ok := o.(*canvas.Text); ok && t.Text == "Paragraph 2500 of the readout." {
			line = t
		}
	}
	if line == nil {
		t.Fatal("the line in the viewport is not drawn")
	}
	tinted := false
	for _, o := range test.LaidOutObjects(h) {
		if r, ok := o.(*canvas.Rectangle); ok && r.Visible() && r.Position().Y >= line.Position().Y-1 && r.Position().Y <= line.Position().Y+1 {
			tinted = true
		}
	}
	if !tinted {
		t.Fatal("the span in the viewport is not tinted")
	}
}

// drawnText counts the text lines h draws and reports whether one reads want.
func drawnText(h *HighlightedText, want string) (int, bool) {
	n, found := 0, false
	for _, o := range test.LaidOutObjects(h) {
		if t, ok := o.(*canvas.Text); ok && t.Text != "" {
			n++
			found = found || t.Text == want
		}
	}
	return n, found
}
