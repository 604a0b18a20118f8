package widgets

import (
	"image/color"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/test"
)

// cardCases are the card states the compare view shows.
func cardCases() map[string]CardData {
	s := sampleCards()
	selected := s[1]
	selected.Selected = true
	linked := s[0]
	linked.LinkLabel = "responds to ▸"
	many := s[2]
	many.Tags = []TagData{tagNonInt, tagDouble, tagXJ, {Name: "Tibet", Color: colorChina},
		{Name: "Hong Kong", Color: colorEU}, {Name: "individual cases"}, {Name: "UN access", Color: tagXJ.Color}}
	return map[string]CardData{
		"plain":       {ID: 9, Kind: "position", Text: "The EU reiterated that human rights are universal."},
		"speaker":     s[0],
		"joint":       s[3],
		"reported_by": s[2],
		"selected":    selected,
		"linked":      linked,
		"many_tags":   many,
	}
}

func TestStatementCard_Render(t *testing.T) {
	for _, th := range themes {
		for name, d := range cardCases() {
			t.Run(th.name+"/"+name, func(t *testing.T) {
				newThemedApp(t, th.th)
				card := NewStatementCard(d, nil)
				w := test.NewTempWindow(t, card)
				w.SetPadded(false)
				w.Resize(fyne.NewSize(340, card.HeightForWidth(340)))
				test.AssertRendersToMarkup(t, "statement_card/"+name+"_"+th.name+".xml", w.Canvas())
			})
		}
	}
}

// TestStatementCard_Image keeps a picture of the two richest states per
// theme, so colours (not only structure) are checked.
func TestStatementCard_Image(t *testing.T) {
	for _, th := range themes {
		for _, name := range []string{"selected", "linked"} {
			t.Run(th.name+"/"+name, func(t *testing.T) {
				newThemedApp(t, th.th)
				card := NewStatementCard(cardCases()[name], nil)
				w := test.NewTempWindow(t, card)
				w.SetPadded(false)
				w.Resize(fyne.NewSize(340, card.HeightForWidth(340)))
				test.AssertImageMatches(t, "statement_card/"+name+"_"+th.name+".png", w.Canvas().Capture())
			})
		}
	}
}

// TestStatementCard_TextNeverCut checks at many widths that every word of
// the text is drawn, each line fits the card, and the card is tall enough
// for all lines. Chinese text is checked this way rather than with a
// markup file, because its glyph widths come from the system's fallback font.
func TestStatementCard_TextNeverCut(t *testing.T) {
	test.NewTempApp(t)
	texts := map[string]string{
		"english": sampleCards()[1].Text,
		"chinese": "中方应停止对新疆维吾尔族人的任意拘留，并允许联合国人权事务高级专员不受限制地访问。双方同意在布鲁塞尔举行下一轮对话。",
		"long":    "Antidisestablishmentarianism-and-other-extraordinarily-long-hyphenated-words appear.",
		"lines":   "First line\nSecond line\n\nAfter a blank line",
	}
	for name, text := range texts {
		for _, width := range []float32{140, 200, 333, 500, 900} {
			card := NewStatementCard(CardData{ID: 1, Kind: "position", Text: text, Speaker: "Shen Bo"}, nil)
			g := card.measure().geometry(width)
			m := card.measure()
			var b strings.Builder
			for _, l := range g.textLines {
				line := m.text.lineText(l)
				if w := fyne.MeasureText(line, m.text.size, m.text.style).Width; w > width-2*m.pad+1 {
					t.Errorf("%s at %v: line %q is %v wide, room %v", name, width, line, w, width-2*m.pad)
				}
				b.WriteString(line)
			}
			if got, want := strip(b.String()), strip(text); got != want {
				t.Errorf("%s at %v: lines hold %q, want %q", name, width, got, want)
			}
			if bottom := g.textY + m.text.height(len(g.textLines)); bottom > g.height {
				t.Errorf("%s at %v: text ends at %v below the card's %v", name, width, bottom, g.height)
			}
			if h := m.height(width); h != g.height {
				t.Errorf("%s at %v: height() %v != geometry().height %v", name, width, h, g.height)
			}
		}
	}
}

func strip(s string) string { return strings.Join(strings.Fields(s), "") }

func TestStatementCard_Tapped(t *testing.T) {
	test.NewTempApp(t)
	taps := 0
	var menuAt fyne.Position
	card := NewStatementCard(sampleCards()[0], func() { taps++ })
	card.OnSecondaryTapped = func(pos fyne.Position) { menuAt = pos }
	w := test.NewTempWindow(t, card)
	w.Resize(fyne.NewSize(360, 240))

	test.Tap(card)
	if taps != 1 {
		t.Fatalf("taps = %d, want 1", taps)
	}
	test.TapSecondaryAt(card, fyne.NewPos(20, 30))
	if menuAt.IsZero() {
		t.Fatal("OnSecondaryTapped not called with a position")
	}
}

func TestStatementCard_SetData(t *testing.T) {
	test.NewTempApp(t)
	card := NewStatementCard(CardData{Text: "short"}, nil)
	short := card.HeightForWidth(300)
	card.SetData(CardData{Text: strings.Repeat("a much longer statement ", 20), Tags: []TagData{{Name: "x", Color: color.Black}}})
	if long := card.HeightForWidth(300); long <= short {
		t.Fatalf("height after SetData %v, want more than %v", long, short)
	}
}

// TestStatementCard_StaysInside checks at narrow and wide widths that no
// part of a card (markers, long tags, speaker, text) is drawn outside it.
func TestStatementCard_StaysInside(t *testing.T) {
	test.NewTempApp(t)
	cases := cardCases()
	long := cases["many_tags"]
	long.LinkLabel = "this responds to the selected statement of the other party"
	long.Tags = append(long.Tags, TagData{Name: "a very long tag name that cannot fit on one narrow card at all", Color: colorEU})
	long.JointWith = []string{"European Union", "People's Republic of China"}
	cases["long_labels"] = long
	for name, d := range cases {
		for _, width := range []float32{150, 220, 340, 600} {
			card := NewStatementCard(d, nil)
			w := test.NewTempWindow(t, card)
			w.SetPadded(false)
			size := fyne.NewSize(width, card.HeightForWidth(width))
			w.Resize(size)
			card.Resize(size)
			r := test.TempWidgetRenderer(t, card)
			for _, o := range r.Objects() {
				if !o.Visible() {
					continue
				}
				p, s := o.Position(), o.Size()
				if p.X < 0 || p.Y < 0 || p.X+s.Width > size.Width+0.5 || p.Y+s.Height > size.Height+0.5 {
					t.Errorf("%s at %v: %T at %v size %v is outside %v", name, width, o, p, s, size)
				}
			}
		}
	}
}

func TestStatementCard_Hover(t *testing.T) {
	test.NewTempApp(t)
	card := NewStatementCard(sampleCards()[0], nil)
	w := test.NewTempWindow(t, card)
	w.Resize(fyne.NewSize(360, 240))
	hover := test.TempWidgetRenderer(t, card).Objects()[1].(*canvas.Rectangle)
	// Away from the pointer the hover layer is not drawn at all: hidden,
	// not only transparent (each object drawn costs memory under Mesa).
	if hover.Visible() {
		t.Fatal("hover layer drawn before the pointer came")
	}
	test.MoveMouse(w.Canvas(), fyne.NewPos(40, 40))
	if hover.FillColor == color.Transparent || !hover.Visible() || !card.hovered {
		t.Fatal("no hover shown under the pointer")
	}
	test.MoveMouse(w.Canvas(), fyne.NewPos(2000, 2000))
	if hover.FillColor != color.Transparent || hover.Visible() {
		t.Fatal("hover still shown after the pointer left")
	}
}

// On a narrow card (166 px: a column of a 1024 px window) the marker says
// "Per China" rather than "Reported b…" (and "Joint with …" becomes
// "Joint"); where there is room it says it in full.
func TestStatementCard_NarrowMarkersShortenRatherThanCut(t *testing.T) {
	test.NewTempApp(t)
	d := CardData{ID: 1, Kind: "position", Text: "Both sides agreed to meet again.", ReportedBy: "China",
		JointWith: []string{"EU"}, NoteCount: 2, LinkCount: 1}
	drawn := func(width float32) string {
		card := NewStatementCard(d, nil)
		w := test.NewTempWindow(t, card)
		w.SetPadded(false)
		size := fyne.NewSize(width, card.HeightForWidth(width))
		w.Resize(size)
		card.Resize(size)
		var texts []string
		for _, o := range test.TempWidgetRenderer(t, card).Objects() {
			if tx, ok := o.(*canvas.Text); ok && o.Visible() && tx.Text != "" {
				texts = append(texts, tx.Text)
			}
		}
		return strings.Join(texts, "|")
	}
	if got := drawn(166); !strings.Contains(got, "|Per China|") || strings.Contains(got, "…") {
		t.Errorf("at 166 the card draws %q", got)
	}
	if got := drawn(400); !strings.Contains(got, "|Reported by China|") || !strings.Contains(got, "|Joint with EU|") {
		t.Errorf("at 400 the card draws %q", got)
	}
}
