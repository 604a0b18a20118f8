package widgets

import (
	"image/color"
	"strings"
	"testing"
	"unicode/utf8"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// spanOf returns the rune span of sub in s.
func spanOf(s, sub string, id int64) Span {
	i := strings.Index(s, sub)
	start := utf8.RuneCountInString(s[:i])
	return Span{Start: start, End: start + utf8.RuneCountInString(sub), ID: id, Color: colorChina}
}

const sourceText = "Miao Deyu said that China has found a path of human rights development. The EU side raised its concerns about Xinjiang."

func TestHighlightedText_Render(t *testing.T) {
	for _, th := range themes {
		t.Run(th.name, func(t *testing.T) {
			newThemedApp(t, th.th)
			s2 := spanOf(sourceText, "The EU side raised its concerns", 2)
			s2.Color = colorEU
			h := NewHighlightedText(sourceText, []Span{spanOf(sourceText, "China has found a path", 1), s2})
			w := test.NewTempWindow(t, h)
			w.SetPadded(false)
			w.Resize(fyne.NewSize(320, 140))
			test.AssertRendersToMarkup(t, "highlighted_text/two_spans_"+th.name+".xml", w.Canvas())
		})
	}
}

func TestHighlightedText_TapSpan(t *testing.T) {
	test.NewTempApp(t)
	text := "双方同意在布鲁塞尔举行下一轮对话。The EU side raised its concerns about Xinjiang."
	span := spanOf(text, "raised its concerns", 7)
	h := NewHighlightedText(text, []Span{span})
	var got int64
	h.OnSpanTapped = func(id int64) { got = id }
	w := test.NewTempWindow(t, h)
	w.SetPadded(false)
	w.Resize(fyne.NewSize(700, 80))

	// find the tint drawn for the span and tap its middle
	var tint *canvas.Rectangle
	for _, o := range test.TempWidgetRenderer(t, h).Objects() {
		if r, ok := o.(*canvas.Rectangle); ok {
			tint = r
		}
	}
	if tint == nil {
		t.Fatal("no tint drawn for the span")
	}
	mid := tint.Position().Add(fyne.NewPos(tint.Size().Width/2, tint.Size().Height/2))
	if r, ok := h.RuneAt(mid); !ok || r < span.Start || r >= span.End {
		t.Fatalf("RuneAt(middle of tint) = %d %v, want within [%d,%d)", r, ok, span.Start, span.End)
	}
	test.TapAt(h, mid)
	if got != 7 {
		t.Fatalf("OnSpanTapped got %d, want 7", got)
	}
	got = 0
	test.TapAt(h, fyne.NewPos(h.pad()+2, h.pad()+2)) // on 双, outside the span
	if got != 0 {
		t.Fatalf("tap outside the span reported %d", got)
	}
}

func TestHighlightedText_WrapsAndGrows(t *testing.T) {
	test.NewTempApp(t)
	h := NewHighlightedText(strings.Repeat(sourceText+" ", 4), nil)
	w := test.NewTempWindow(t, h)
	w.Resize(fyne.NewSize(600, 100))
	wide := h.MinSize().Height
	w.Resize(fyne.NewSize(250, 100))
	if narrow := h.MinSize().Height; narrow <= wide {
		t.Fatalf("height %v at 250 wide, %v at 600", narrow, wide)
	}
}

func TestSpanOnLine_SkipsTrailingSpace(t *testing.T) {
	test.NewTempApp(t)
	m := measure("aaa bbb ccc", 14, fyne.TextStyle{})
	lines := m.wrap(measureText("aaa bbb", 14, fyne.TextStyle{}).Width + 2)
	if len(lines) != 2 {
		t.Fatalf("%d lines, want 2", len(lines))
	}
	// a span starting at the space between the lines must not tint line 1's end
	if _, _, ok := spanOnLine(m, lines[0], Span{Start: 7, End: 11}); ok {
		t.Fatal("span tinted the trailing space of the first line")
	}
	if x0, x1, ok := spanOnLine(m, lines[1], Span{Start: 7, End: 11}); !ok || x0 != 0 || x1 <= 0 {
		t.Fatalf("span on the second line: %v %v %v", x0, x1, ok)
	}
}

func TestHighlightedText_SpanFill(t *testing.T) {
	test.NewTempApp(t)
	h := NewHighlightedText(sourceText, nil)
	r := &highlightRenderer{h: h}
	fill := func(s Span) color.Color {
		f := r.spanFills(s)
		if len(f) == 0 {
			return nil
		}
		return f[0]
	}
	opaque := Span{Color: colorEU, ID: 1}
	translucent := Span{Color: color.NRGBA{R: 0, G: 0x6c, B: 0xff, A: 0x40}, ID: 2}
	if fill(Span{Color: color.Transparent}) != nil {
		t.Error("a transparent span (there only to be tapped) is drawn")
	}
	if got := fill(translucent); got != translucent.Color {
		t.Errorf("a translucent span is drawn %v, want as given", got)
	}
	_, _, _, light := fill(opaque).RGBA()
	h.SelectedID = 1
	_, _, _, strong := fill(opaque).RGBA()
	if light == 0 || strong <= light {
		t.Errorf("selected span alpha %d not above unselected %d", strong, light)
	}
}

// longSource is a readout-sized text with one span per sentence.
func longSource() (string, []Span) {
	var b strings.Builder
	var spans []Span
	for i := 0; i < 120; i++ {
		start := utf8.RuneCountInString(b.String())
		b.WriteString(sourceText)
		b.WriteString(" 双方同意在布鲁塞尔举行下一轮对话。 ")
		c := colorChina
		if i%2 == 1 {
			c = colorEU
		}
		spans = append(spans, Span{Start: start, End: utf8.RuneCountInString(b.String()) - 1, Color: c, ID: int64(i + 1)})
	}
	return b.String(), spans
}

// BenchmarkHighlightedText_SetSpans is a tap in the Sources view: the spans
// of a long source replaced and the text laid out again.
func BenchmarkHighlightedText_SetSpans(b *testing.B) {
	test.NewTempApp(b)
	text, spans := longSource()
	h := NewHighlightedText(text, spans)
	w := test.NewTempWindow(b, container.NewVScroll(h))
	w.Resize(fyne.NewSize(700, 800))
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		h.SelectedID = int64(i%len(spans) + 1)
		h.SetSpans(spans)
	}
}

// BenchmarkBaseline_LabelSetText is the floor: a wrapping widget.Label
// given the same long text.
func BenchmarkBaseline_LabelSetText(b *testing.B) {
	test.NewTempApp(b)
	text, _ := longSource()
	l := widget.NewLabel("")
	l.Wrapping = fyne.TextWrapWord
	w := test.NewTempWindow(b, container.NewVScroll(l))
	w.Resize(fyne.NewSize(700, 800))
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		l.SetText(text[:len(text)-i%2])
	}
}

func TestHighlightedText_Paragraphs(t *testing.T) {
	test.NewTempApp(t)
	h := NewHighlightedText("First paragraph.\nSecond paragraph.", []Span{{Start: 17, End: 23, ID: 4, Color: colorEU}})
	w := test.NewTempWindow(t, h)
	w.SetPadded(false)
	w.Resize(fyne.NewSize(600, 120))
	lineH := h.measured().lineH
	if len(h.ys) != 2 || h.ys[1] != lineH*1.5 {
		t.Fatalf("line tops %v, want [0 %v]", h.ys, lineH*1.5)
	}
	pad := h.pad()
	if _, ok := h.RuneAt(fyne.NewPos(pad+5, pad+lineH*1.2)); ok {
		t.Fatal("a point between the paragraphs found a rune")
	}
	if r, ok := h.RuneAt(fyne.NewPos(pad+2, pad+lineH*1.5+2)); !ok || r != 17 {
		t.Fatalf("start of the second paragraph is rune %d %v, want 17", r, ok)
	}
	var got int64
	h.OnSpanTapped = func(id int64) { got = id }
	test.TapAt(h, fyne.NewPos(pad+10, pad+lineH*1.5+lineH/2))
	if got != 4 {
		t.Fatalf("tap on the second paragraph's span reported %d", got)
	}
}

func TestHighlightedText_SetText(t *testing.T) {
	test.NewTempApp(t)
	h := NewHighlightedText("short", nil)
	w := test.NewTempWindow(t, h)
	w.Resize(fyne.NewSize(300, 100))
	one := h.MinSize().Height
	h.SetText(strings.Repeat(sourceText+"\n", 3), []Span{spanOf(sourceText, "China", 1)})
	if h.MinSize().Height <= one*3 {
		t.Fatalf("height %v after SetText of three paragraphs, one line was %v", h.MinSize().Height, one)
	}
	tints := 0
	for _, o := range test.TempWidgetRenderer(t, h).Objects() {
		if _, ok := o.(*canvas.Rectangle); ok {
			tints++
		}
	}
	if tints != 1 {
		t.Fatalf("%d tints drawn, want 1", tints)
	}
}

func TestHighlightedText_DragSelects(t *testing.T) {
	test.NewTempApp(t)
	h := NewHighlightedText("First paragraph here.\nSecond paragraph there.", nil)
	var got [2]int
	h.OnRangeSelected = func(s, e int) { got = [2]int{s, e} }
	w := test.NewTempWindow(t, h)
	w.SetPadded(false)
	w.Resize(fyne.NewSize(600, 120))
	pad, lineH := h.pad(), h.measured().lineH
	m := h.measured()
	xOf := func(s string) float32 { return pad + measureText(s, m.size, m.style).Width }

	// from just before "paragraph" on line 1 to just after "Second" on line 2
	from := fyne.NewPos(xOf("First "), pad+lineH/2)
	to := fyne.NewPos(xOf("Second"), pad+lineH*1.5+lineH/2)
	// as the desktop driver reports it: the pointer's position now and how
	// far it moved since the last event (test.Drag reports the start instead)
	mid := fyne.NewPos(from.X+40, from.Y+lineH)
	h.Dragged(&fyne.DragEvent{PointEvent: fyne.PointEvent{Position: mid}, Dragged: fyne.NewDelta(40, lineH)})
	h.Dragged(&fyne.DragEvent{PointEvent: fyne.PointEvent{Position: to}, Dragged: fyne.NewDelta(to.X-mid.X, to.Y-mid.Y)})
	h.DragEnd()
	want := [2]int{6, 22 + 6}
	if got != want {
		t.Fatalf("selected %v (%q), want %v", got, string([]rune(h.Text)[got[0]:got[1]]), want)
	}
	if s, e, ok := h.Selection(); !ok || s != 6 || e != 28 {
		t.Fatalf("Selection() = %d %d %v", s, e, ok)
	}
	tints := 0
	for _, o := range test.TempWidgetRenderer(t, h).Objects() {
		if _, ok := o.(*canvas.Rectangle); ok {
			tints++
		}
	}
	if tints != 2 {
		t.Fatalf("%d selection tints for a range over two lines, want 2", tints)
	}
	test.TapAt(h, fyne.NewPos(pad+2, pad+2))
	if _, _, ok := h.Selection(); ok {
		t.Fatal("a click did not end the selection")
	}
}

func TestHighlightedText_NearestRune(t *testing.T) {
	test.NewTempApp(t)
	h := NewHighlightedText("ab cd\nef", nil)
	w := test.NewTempWindow(t, h)
	w.SetPadded(false)
	w.Resize(fyne.NewSize(400, 100))
	pad, lineH := h.pad(), h.measured().lineH
	cases := []struct {
		name string
		pos  fyne.Position
		want int
	}{
		{"AboveTheText", fyne.NewPos(50, 0), 0},
		{"PastLineEnd", fyne.NewPos(390, pad+lineH/2), 5},
		{"BeforeLineStart", fyne.NewPos(0, pad+lineH*1.5+2), 6},
		{"BelowTheText", fyne.NewPos(10, 99), 8},
	}
	for _, c := range cases {
		if got := h.nearestRune(c.pos); got != c.want {
			t.Errorf("%s: nearestRune(%v) = %d, want %d", c.name, c.pos, got, c.want)
		}
	}
}

// TestHighlightedText_JointAndSelection: a statement both parties hold shows
// both colours, and a selected sentence is outlined in the selection colour,
// unlike any party's tint.
func TestHighlightedText_JointAndSelection(t *testing.T) {
	for _, th := range themes {
		t.Run(th.name, func(t *testing.T) {
			newThemedApp(t, th.th)
			joint := spanOf(sourceText, "China has found a path", 1)
			joint.More = []color.Color{colorEU}
			sel := spanOf(sourceText, "The EU side raised its concerns", -2)
			sel.Color, sel.Selected = color.Transparent, true
			h := NewHighlightedText(sourceText, []Span{joint, sel})
			w := test.NewTempWindow(t, h)
			w.SetPadded(false)
			w.Resize(fyne.NewSize(320, 140))
			var fills []color.Color
			outlined := 0
			for _, o := range test.TempWidgetRenderer(t, h).Objects() {
				r, ok := o.(*canvas.Rectangle)
				if !ok {
					continue
				}
				if r.StrokeWidth > 0 {
					outlined++
					if r.FillColor != th.th.Color(theme.ColorNameSelection, theme.VariantLight) {
						t.Errorf("the selection is filled %v, not the theme's selection colour", r.FillColor)
					}
					continue
				}
				fills = append(fills, r.FillColor)
			}
			if outlined == 0 {
				t.Error("the selected sentence has no outline")
			}
			if !hasHue(fills, colorChina) || !hasHue(fills, colorEU) {
				t.Errorf("the joint statement is tinted %v: not in both parties' colours", fills)
			}
			test.AssertRendersToMarkup(t, "highlighted_text/joint_selected_"+th.name+".xml", w.Canvas())
		})
	}
}

// hasHue says whether one of fills is c made lighter (same colour, less alpha).
func hasHue(fills []color.Color, c color.Color) bool {
	want := color.NRGBAModel.Convert(c).(color.NRGBA)
	for _, f := range fills {
		g := color.NRGBAModel.Convert(f).(color.NRGBA)
		if g.R == want.R && g.G == want.G && g.B == want.B && g.A < 0xff {
			return true
		}
	}
	return false
}
