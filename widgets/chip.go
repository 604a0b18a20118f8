package widgets

import (
	"image/color"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/theme"
)

// chipLook draws a rounded, tinted pill with a coloured dot and a caption.
// The tag chip, the card's tag row and its markers share it, so a tag looks
// the same wherever it shows.
type chipLook struct {
	bg   *canvas.Rectangle
	dot  *canvas.Circle
	text *canvas.Text
	// noDot leaves the dot out (markers that are text only).
	noDot bool
	// flush drops the horizontal padding: a bare "● Kind" marker that lines
	// up with the text below it.
	flush bool
}

func newChipLook() *chipLook {
	return &chipLook{
		bg:   canvas.NewRectangle(color.Transparent),
		dot:  canvas.NewCircle(color.Transparent),
		text: canvas.NewText("", color.Black),
	}
}

func (c *chipLook) objects() []fyne.CanvasObject {
	return []fyne.CanvasObject{c.bg, c.dot, c.text}
}

// chipMetrics are the theme-derived paddings of a chip.
type chipMetrics struct {
	textSize, padH, padV, dot, gap float32
}

func chipMetricsFor(o fyne.CanvasObject) chipMetrics {
	p := themeSize(o, theme.SizeNamePadding)
	return chipMetrics{
		textSize: themeSize(o, theme.SizeNameCaptionText),
		padH:     p * 2,
		padV:     p * 0.75,
		dot:      p * 1.75,
		gap:      p * 1.25,
	}
}

// set updates text and colours from the theme that applies to o. tint is the
// chip's hue; fill says how strongly the background takes it.
func (c *chipLook) set(o fyne.CanvasObject, label string, tint color.Color, fill float32, bold bool) {
	label = Visible(label)
	m := chipMetricsFor(o)
	stroke := float32(0.45)
	if fill == 0 {
		stroke = 0
	}
	c.text.Text = label
	c.text.TextSize = m.textSize
	c.text.TextStyle = fyne.TextStyle{Bold: bold}
	c.text.Color = themeColor(o, theme.ColorNameForeground)
	c.bg.FillColor = withAlpha(tint, fill)
	c.bg.StrokeColor = withAlpha(tint, stroke)
	c.bg.StrokeWidth = 1
	// A chip without a fill (a bare marker) has no background to draw:
	// hidden, it costs the frame nothing (see refreshBackground).
	c.bg.Hidden = fill == 0
	c.dot.FillColor = tint
	// a slightly darker ring keeps light hues (yellow) visible on light fills
	c.dot.StrokeColor = darken(tint, 0.25)
	c.dot.StrokeWidth = 1
	if c.noDot {
		c.dot.Hide()
	} else {
		c.dot.Show()
	}
}

func (c *chipLook) refresh() {
	c.bg.Refresh()
	c.dot.Refresh()
	c.text.Refresh()
}

// minSize is the chip's natural size: it never truncates its text.
func (c *chipLook) minSize(o fyne.CanvasObject) fyne.Size {
	return chipSize(chipMetricsFor(o), c.text.Text, c.text.TextStyle.Bold, c.noDot, c.flush)
}

// chipSize computes a chip's natural size without any canvas object, so a
// column can size its cards before it creates them.
func chipSize(m chipMetrics, label string, bold, noDot, flush bool) fyne.Size {
	ts := measureText(label, m.textSize, fyne.TextStyle{Bold: bold})
	w := ts.Width
	if !flush {
		w += m.padH * 2
	}
	if !noDot {
		w += m.dot + m.gap
	}
	return fyne.NewSize(w, ts.Height+m.padV*2)
}

// place lays the chip out at pos with its natural size.
func (c *chipLook) place(o fyne.CanvasObject, pos fyne.Position) fyne.Size {
	m := chipMetricsFor(o)
	size := c.minSize(o)
	c.bg.Move(pos)
	c.bg.Resize(size)
	c.bg.CornerRadius = size.Height / 2
	x := pos.X + m.padH
	if c.flush {
		x = pos.X
	}
	if !c.noDot {
		c.dot.Move(fyne.NewPos(x, pos.Y+(size.Height-m.dot)/2))
		c.dot.Resize(fyne.NewSquareSize(m.dot))
		x += m.dot + m.gap
	}
	ts := measureText(c.text.Text, c.text.TextSize, c.text.TextStyle)
	c.text.Move(fyne.NewPos(x, pos.Y+m.padV))
	c.text.Resize(ts)
	return size
}

// flow places items left to right in rows no wider than width, with gap
// between them, and returns each item's position and the total height.
func flow(sizes []fyne.Size, width, gap float32) ([]fyne.Position, float32) {
	pos := make([]fyne.Position, len(sizes))
	x, y, rowH := float32(0), float32(0), float32(0)
	for i, s := range sizes {
		if x > 0 && x+s.Width > width {
			x = 0
			y += rowH + gap
			rowH = 0
		}
		pos[i] = fyne.NewPos(x, y)
		x += s.Width + gap
		if s.Height > rowH {
			rowH = s.Height
		}
	}
	if len(sizes) == 0 {
		return pos, 0
	}
	return pos, y + rowH
}

// flowHeight is the height flow would return, without positions.
func flowHeight(sizes func(i int) fyne.Size, n int, width, gap float32) float32 {
	x, y, rowH := float32(0), float32(0), float32(0)
	for i := 0; i < n; i++ {
		s := sizes(i)
		if x > 0 && x+s.Width > width {
			x = 0
			y += rowH + gap
			rowH = 0
		}
		x += s.Width + gap
		rowH = max(rowH, s.Height)
	}
	if n == 0 {
		return 0
	}
	return y + rowH
}

// fitTo shows label, shortened with an ellipsis when the chip would be wider
// than maxW. Only markers and tags are shortened, never statement text; the
// detail editor shows them whole.
func (c *chipLook) fitTo(o fyne.CanvasObject, label string, maxW float32) {
	label = Visible(label)
	text := label
	if maxW > 0 && chipSize(chipMetricsFor(o), label, c.text.TextStyle.Bold, c.noDot, c.flush).Width > maxW {
		runes := []rune(label)
		lo, hi := 0, len(runes)
		for lo < hi { // the longest prefix that fits
			mid := (lo + hi + 1) / 2
			if chipSize(chipMetricsFor(o), string(runes[:mid])+"…", c.text.TextStyle.Bold, c.noDot, c.flush).Width <= maxW {
				lo = mid
			} else {
				hi = mid - 1
			}
		}
		text = strings.TrimSpace(string(runes[:lo])) + "…"
	}
	if c.text.Text != text {
		c.text.Text = text
		c.text.Refresh()
	}
}
