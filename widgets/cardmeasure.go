package widgets

import (
	"image/color"
	"strconv"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"
)

// cardChip is one pill of a card: a header marker or a tag.
type cardChip struct {
	label       string
	tint        color.Color // nil: a theme colour chosen at refresh
	role        chipRole
	bold, noDot bool
	flush       bool
	size        fyne.Size
	fill        float32
	// short, when set, is said instead of label where label does not fit
	// ("Per China" for "Reported by China"), rather than cutting it.
	short     string
	shortSize fyne.Size
}

// fit is the label the chip shows within maxW and its size: the short
// label where the full one does not fit (cut off by the renderer only
// when neither does).
func (c cardChip) fit(maxW float32) (string, fyne.Size) {
	if c.short != "" && c.size.Width > maxW {
		return c.short, c.shortSize
	}
	return c.label, c.size
}

// chipRole says which theme colour a marker takes when it has no tint.
type chipRole int

const (
	roleTag chipRole = iota
	roleKind
	roleLink
	roleJoint
	roleReported
)

// cardMeasure holds everything about a card that does not depend on its
// width, measured once per data; geometry() then lays it out at any width
// with arithmetic only. The column keeps one per card to size its rows.
type cardMeasure struct {
	data                     CardData
	pad, gap, rowGap, iconSz float32
	head                     []cardChip
	counts                   []string // "2" for notes, "1" for links; "" hides
	countW                   []float32
	countH                   float32
	text, speaker, role      *measuredText
	tags                     []cardChip
	minWidth                 float32
	lastW, lastH             float32 // height memo for the last width asked
}

// cardGeom is a card laid out at one width.
type cardGeom struct {
	width, height   float32
	headPos         []fyne.Position
	countPos        []fyne.Position
	textY           float32
	textLines       []wrappedLine
	speakerY, roleY float32
	speakerLines    []wrappedLine
	roleLines       []wrappedLine
	roleInline      bool
	roleX           float32
	tagPos          []fyne.Position
}

// measureCard measures d in the theme that applies to o.
func measureCard(o fyne.CanvasObject, d CardData) *cardMeasure {
	p := themeSize(o, theme.SizeNamePadding)
	cm := chipMetricsFor(o)
	m := &cardMeasure{data: d, pad: p * 3, gap: p * 1.5, rowGap: p * 2,
		iconSz: themeSize(o, theme.SizeNameInlineIcon) * 0.8, minWidth: 120}
	body := themeSize(o, theme.SizeNameText)
	caption := cm.textSize

	m.head = headChips(d, cm)

	m.counts = []string{countLabel(d.NoteCount), countLabel(d.LinkCount)}
	m.countW = make([]float32, 2)
	for i, s := range m.counts {
		if s != "" {
			ts := measureText(s, caption, fyne.TextStyle{})
			m.countW[i] = m.iconSz + p*0.5 + ts.Width
			m.countH = max(m.countH, ts.Height, m.iconSz)
		}
	}

	m.text = measure(d.Text, body, fyne.TextStyle{})
	if d.Speaker != "" {
		m.speaker = measure(d.Speaker, caption, fyne.TextStyle{Bold: true})
	}
	if d.SpeakerRole != "" {
		m.role = measure(d.SpeakerRole, caption, fyne.TextStyle{})
	}
	for _, t := range d.Tags {
		c := cardChip{label: t.Name, tint: t.Color, fill: 0.18}
		c.size = chipSize(cm, c.label, false, false, false)
		m.tags = append(m.tags, c)
	}
	return m
}

// headChips are the markers above the text: link, kind, joint, reported by.
func headChips(d CardData, cm chipMetrics) []cardChip {
	var head []cardChip
	if d.LinkLabel != "" {
		head = append(head, cardChip{label: d.LinkLabel, role: roleLink, bold: true, noDot: true, fill: 0.22})
	}
	head = append(head, cardChip{label: KindLabel(d.Kind), tint: KindColor(d.Kind), role: roleKind, bold: true, flush: d.LinkLabel == ""})
	if d.Joint || len(d.JointWith) > 0 {
		label := "Joint"
		if len(d.JointWith) > 0 {
			label = "Joint with " + strings.Join(d.JointWith, ", ")
		}
		head = append(head, cardChip{label: label, short: "Joint", role: roleJoint, noDot: true, fill: 0.16})
	}
	if d.ReportedBy != "" {
		head = append(head, cardChip{label: "Reported by " + d.ReportedBy, short: "Per " + d.ReportedBy, role: roleReported, noDot: true, fill: 0.16})
	}
	for i := range head {
		c := &head[i]
		c.size = chipSize(cm, c.label, c.bold, c.noDot, c.flush)
		if c.short != "" && c.short != c.label {
			c.shortSize = chipSize(cm, c.short, c.bold, c.noDot, c.flush)
		} else {
			c.short = ""
		}
	}
	return head
}

func countLabel(n int) string {
	if n <= 0 {
		return ""
	}
	return strconv.Itoa(n)
}

// chipSizes lists the chips' sizes for flow, none wider than maxW.
func chipSizes(cs []cardChip, maxW float32) []fyne.Size {
	out := make([]fyne.Size, len(cs))
	for i, c := range cs {
		_, size := c.fit(maxW)
		out[i] = clampW(size, maxW)
	}
	return out
}

func clampW(s fyne.Size, maxW float32) fyne.Size {
	s.Width = min(s.Width, maxW)
	return s
}

// geometry lays the card out at width; its height is what the card needs so
// that nothing is cut off.
func (m *cardMeasure) geometry(width float32) *cardGeom {
	width = max(width, m.minWidth)
	g := &cardGeom{width: width}
	inner := width - 2*m.pad
	y := m.pad

	var headH float32
	g.headPos, headH = flow(chipSizes(m.head, m.headWidth(inner)), m.headWidth(inner), m.gap*0.6)
	g.countPos = make([]fyne.Position, len(m.countW))
	x := width - m.pad
	for i := len(m.countW) - 1; i >= 0; i-- {
		if m.countW[i] > 0 {
			x -= m.countW[i]
			g.countPos[i] = fyne.NewPos(x, y+(m.head[0].size.Height-m.countH)/2)
			x -= m.gap
		}
	}
	for i := range g.headPos {
		g.headPos[i] = g.headPos[i].AddXY(m.pad, y)
	}
	y += max(headH, m.countH) + m.rowGap*0.75

	g.textY = y
	g.textLines = m.text.wrap(inner)
	y += m.text.height(len(g.textLines))
	y = m.speakerGeometry(g, inner, y)

	if len(m.tags) > 0 {
		y += m.rowGap
		var tagH float32
		g.tagPos, tagH = flow(chipSizes(m.tags, inner), inner, m.gap*0.6)
		for i := range g.tagPos {
			g.tagPos[i] = g.tagPos[i].AddXY(m.pad, y)
		}
		y += tagH
	}
	g.height = y + m.pad
	return g
}

// speakerGeometry puts the speaker and role on one line when they fit,
// otherwise each wraps on its own lines.
func (m *cardMeasure) speakerGeometry(g *cardGeom, inner, y float32) float32 {
	if m.speaker == nil && m.role == nil {
		return y
	}
	y += m.rowGap * 0.6
	g.speakerY = y
	if m.speaker != nil {
		g.speakerLines = m.speaker.wrap(inner)
	}
	if m.role != nil {
		g.roleLines = m.role.wrap(inner)
	}
	if m.speaker != nil && m.role != nil && len(g.speakerLines) == 1 && len(g.roleLines) == 1 &&
		g.speakerLines[0].w+m.gap+g.roleLines[0].w <= inner {
		g.roleInline = true
		g.roleX = g.speakerLines[0].w + m.gap
		g.roleY = y
		return y + max(m.speaker.lineH, m.role.lineH)
	}
	if m.speaker != nil {
		y += m.speaker.height(len(g.speakerLines))
	}
	g.roleY = y
	if m.role != nil {
		y += m.role.height(len(g.roleLines))
	}
	return y
}

// height is geometry(width).height computed without allocating, as a column
// asks it of every card on each resize.
func (m *cardMeasure) height(width float32) float32 {
	width = max(width, m.minWidth)
	if width == m.lastW {
		return m.lastH
	}
	inner := width - 2*m.pad
	hw := m.headWidth(inner)
	headH := flowHeight(func(i int) fyne.Size { return clampW(m.head[i].size, hw) }, len(m.head), hw, m.gap*0.6)
	y := m.pad + max(headH, m.countH) + m.rowGap*0.75
	y += m.text.height(m.text.lineCount(inner))
	y += m.speakerHeight(inner)
	if len(m.tags) > 0 {
		y += m.rowGap + flowHeight(func(i int) fyne.Size { return clampW(m.tags[i].size, inner) }, len(m.tags), inner, m.gap*0.6)
	}
	m.lastW, m.lastH = width, y+m.pad
	return m.lastH
}

// headWidth is the room the header markers have beside the counts.
func (m *cardMeasure) headWidth(inner float32) float32 {
	countsW := float32(0)
	for _, w := range m.countW {
		if w > 0 {
			countsW += w + m.gap
		}
	}
	return max(inner-countsW, inner/2)
}

// speakerHeight is the height speakerGeometry adds.
func (m *cardMeasure) speakerHeight(inner float32) float32 {
	g := &cardGeom{}
	return m.speakerGeometry(g, inner, 0)
}
