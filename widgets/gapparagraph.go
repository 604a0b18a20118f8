package widgets

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"
)

// The layout of a GapLine with Wrap set: its first line holds the dots,
// the lead and the note; the text follows under the lead, wrapped, so that
// a long statement reads whole in a window of 1024 px where one line cut
// it after some twenty words.

// paragraph reports whether the line is laid out as a paragraph at width
// w: with Wrap set, or when its lead and text do not fit on one line.
func (r *gapLineRenderer) paragraph(w float32) bool {
	if r.line.Wrap {
		return true
	}
	if w <= 0 {
		return false
	}
	pad := themeSize(r.line, theme.SizeNamePadding)
	need := r.textIndent() + 2*themeSize(r.line, theme.SizeNameInnerPadding)
	if r.line.Lead != "" {
		need += r.lead.MinSize().Width - pad
	}
	size, style := themeSize(r.line, theme.SizeNameText), r.text.TextStyle
	need += measureText(Visible(r.line.Text), size, style).Width
	return need > w
}

// setParagraph sets the text label to wrap (a paragraph) or to cut with
// an ellipsis (one line); it returns on.
func (r *gapLineRenderer) setParagraph(on bool) bool {
	wrap, cut := fyne.TextWrapOff, fyne.TextTruncateEllipsis
	if on {
		wrap, cut = fyne.TextWrapWord, fyne.TextTruncateOff
	}
	if r.text.Wrapping != wrap || r.text.Truncation != cut {
		r.text.Wrapping, r.text.Truncation = wrap, cut
		r.text.Refresh()
	}
	return on
}

// leadLine is the height of the first line (a label's, paddings included).
func (r *gapLineRenderer) leadLine() float32 {
	return max(r.lead.MinSize().Height, r.note.MinSize().Height)
}

// textIndent is where the lead, and the wrapped text under it, start.
func (r *gapLineRenderer) textIndent() float32 {
	pad := themeSize(r.line, theme.SizeNamePadding)
	return pad + float32(len(r.dots))*(gapDot+pad/2)
}

// overlap is how much of the lead's bottom padding the text's top padding
// covers, so that the two read as one paragraph rather than two rows.
func (r *gapLineRenderer) overlap() float32 {
	inner := themeSize(r.line, theme.SizeNameInnerPadding)
	return max(2*inner-themeSize(r.line, theme.SizeNameLineSpacing), 0)
}

func (r *gapLineRenderer) layoutWrapped(size fyne.Size) {
	pad := themeSize(r.line, theme.SizeNamePadding)
	r.bg.Resize(size)
	h := r.leadLine()
	x := pad
	for _, d := range r.dots {
		d.Resize(fyne.NewSize(gapDot, gapDot))
		d.Move(fyne.NewPos(x, (h-gapDot)/2))
		x += gapDot + pad/2
	}
	indent := x
	var lw float32
	if r.line.Lead != "" {
		lw = min(r.lead.MinSize().Width, max(size.Width-x, 0))
	}
	r.lead.Resize(fyne.NewSize(lw, h))
	r.lead.Move(fyne.NewPos(x, 0))
	if lw > 0 {
		x += lw - pad // the two labels' paddings would leave a gap of two
	}
	r.note.Resize(fyne.NewSize(max(size.Width-x, 0), h))
	r.note.Move(fyne.NewPos(x, 0))
	y := h - r.overlap()
	r.text.Resize(fyne.NewSize(max(size.Width-indent, 0), max(size.Height-y, 0)))
	r.text.Move(fyne.NewPos(indent, y))
}

// wrappedMinSize is the first line over the text wrapped at the width the
// line has (one line's height before it has one).
func (r *gapLineRenderer) wrappedMinSize() fyne.Size {
	indent := r.textIndent()
	if w := r.line.Size().Width - indent; w > 0 && r.text.Size().Width != w {
		r.text.Resize(fyne.NewSize(w, r.text.Size().Height))
	}
	lead := r.lead.MinSize().Width
	if r.line.Lead == "" {
		lead = 0
	}
	return fyne.NewSize(indent+lead, r.leadLine()+r.text.MinSize().Height-r.overlap())
}
