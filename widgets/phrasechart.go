package widgets

import (
	"image/color"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// PhraseSeries is one party's use of a phrase: how often it said it in
// each round.
type PhraseSeries struct {
	Party  string
	Color  color.Color
	Counts []int // one per round of PhraseChartData.Rounds
}

// PhraseChartData is a phrase's use across the rounds of a series.
type PhraseChartData struct {
	Rounds []string // short labels, oldest first ("38", "39", …)
	Series []PhraseSeries
}

// PhraseChart draws a small chart of a phrase's use: rounds left to
// right, one lane per party, a bar in the party's colour as high as the
// round's count (the highest count fills the lane) and a faint tick where
// the party did not use it.
type PhraseChart struct {
	widget.BaseWidget
	Data PhraseChartData
}

// NewPhraseChart returns a chart of d.
func NewPhraseChart(d PhraseChartData) *PhraseChart {
	c := &PhraseChart{Data: d}
	c.ExtendBaseWidget(c)
	return c
}

// SetData shows other data.
func (c *PhraseChart) SetData(d PhraseChartData) {
	c.Data = d
	c.Refresh()
}

// CreateRenderer is a private method to Fyne which links this widget to its renderer.
func (c *PhraseChart) CreateRenderer() fyne.WidgetRenderer {
	c.ExtendBaseWidget(c)
	r := &phraseChartRenderer{c: c}
	r.Refresh()
	return r
}

// chartGeom is the chart's geometry at one width.
type chartGeom struct {
	labelW, step, laneH, axisH, caption, pad float32
}

// geom lays the chart out: lanes as tall as a caption line, a step per
// round of at least minStep and at most four times it.
func (c *PhraseChart) geom(width float32) chartGeom {
	p := themeSize(c, theme.SizeNamePadding)
	g := chartGeom{caption: themeSize(c, theme.SizeNameCaptionText), pad: p}
	lineH := measureText("Mg", g.caption, fyne.TextStyle{}).Height
	g.laneH, g.axisH = lineH+p, lineH
	for _, s := range c.Data.Series {
		g.labelW = max(g.labelW, measureText(s.Party, g.caption, fyne.TextStyle{}).Width)
	}
	g.labelW = min(g.labelW, p*20) + 2*p
	n := float32(max(len(c.Data.Rounds), 1))
	g.step = c.minStep()
	if width > 0 {
		g.step = min(max(g.step, (width-g.labelW)/n), g.step*4)
	}
	return g
}

// minStep is the narrowest a round's slot gets: enough for a bar and a
// gap when the series is long, for its label when it is short.
func (c *PhraseChart) minStep() float32 {
	p := themeSize(c, theme.SizeNamePadding)
	if len(c.Data.Rounds) > 12 {
		return p * 1.5
	}
	return p * 6
}

type phraseChartRenderer struct {
	c    *PhraseChart
	objs []fyne.CanvasObject
}

func (r *phraseChartRenderer) Destroy() {}

func (r *phraseChartRenderer) Objects() []fyne.CanvasObject { return r.objs }

func (r *phraseChartRenderer) MinSize() fyne.Size {
	c := r.c
	g := c.geom(0)
	return fyne.NewSize(g.labelW+g.step*float32(max(len(c.Data.Rounds), 1)),
		g.laneH*float32(max(len(c.Data.Series), 1))+g.axisH)
}

func (r *phraseChartRenderer) Layout(fyne.Size) { r.Refresh() }

func (r *phraseChartRenderer) Refresh() {
	c := r.c
	d := c.Data
	g := c.geom(c.Size().Width)
	muted := themeColor(c, theme.ColorNamePlaceHolder)
	fg := themeColor(c, theme.ColorNameForeground)
	objs := r.objs[:0]
	peak := 1
	for _, s := range d.Series {
		for _, n := range s.Counts {
			peak = max(peak, n)
		}
	}
	barW := min(max(g.step*0.6, 2), g.pad*3)
	for i, s := range d.Series {
		top := float32(i) * g.laneH
		label := canvas.NewText(ellipsize(s.Party, g.caption, fyne.TextStyle{}, g.labelW-g.pad), fg)
		label.TextSize = g.caption
		label.Move(fyne.NewPos(0, top+(g.laneH-label.MinSize().Height)/2))
		objs = append(objs, label)
		base := top + g.laneH - g.pad/2
		for j := range d.Rounds {
			x := g.labelW + float32(j)*g.step + (g.step-barW)/2
			n := 0
			if j < len(s.Counts) {
				n = s.Counts[j]
			}
			bar := canvas.NewRectangle(orGrey(c, s.Color))
			h := (g.laneH - g.pad) * float32(n) / float32(peak)
			if n == 0 {
				bar.FillColor, h = withAlpha(muted, 0.6), 1
			}
			h = max(h, 1)
			bar.Move(fyne.NewPos(x, base-h))
			bar.Resize(fyne.NewSize(barW, h))
			objs = append(objs, bar)
		}
	}
	objs = append(objs, r.axis(g, muted)...)
	r.objs = objs
	canvas.Refresh(c)
}

// axis writes the rounds' labels under the lanes: every one when they
// fit, else the first, the last and as many between as fit.
func (r *phraseChartRenderer) axis(g chartGeom, muted color.Color) []fyne.CanvasObject {
	rounds := r.c.Data.Rounds
	y := g.laneH * float32(max(len(r.c.Data.Series), 1))
	var out []fyne.CanvasObject
	right := float32(-1)
	last := len(rounds) - 1
	for j, name := range rounds {
		t := canvas.NewText(Visible(name), muted)
		t.TextSize = g.caption * 0.9
		w := t.MinSize().Width
		x := g.labelW + float32(j)*g.step + (g.step-w)/2
		x = max(x, g.labelW)
		if j != last && j != 0 && (x < right+g.pad*1.5 || x+w > g.labelW+float32(last)*g.step-g.pad) {
			continue // would overlap its neighbour or the last label
		}
		t.Move(fyne.NewPos(x, y))
		out = append(out, t)
		right = x + w
	}
	return out
}
