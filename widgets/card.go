package widgets

import (
	"image/color"
	"sync"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// TagData is a tag as a card shows it.
type TagData struct {
	Name  string
	Color color.Color
}

// CardData is the view data of one statement card.
type CardData struct {
	ID                   int64
	Text                 string
	Speaker, SpeakerRole string // may be empty
	// Kind is the statement's kind as stored ("position", "concern", ...).
	Kind      string
	Tags      []TagData
	NoteCount int
	LinkCount int
	// Joint marks a statement held by several parties; JointWith names the
	// other parties ("Joint with EU").
	Joint     bool
	JointWith []string
	// ReportedBy, when not empty, names the party whose source reports the
	// statement, shown as "Reported by X".
	ReportedBy string
	// LinkLabel, when not empty, says how the card is linked to the selected
	// card ("responds to ▸"); the card is then highlighted.
	LinkLabel string
	Selected  bool
}

// StatementCard shows one statement: its kind, markers, wrapped text (never
// cut off), speaker, tags and note and link counts.
type StatementCard struct {
	widget.BaseWidget
	Data     CardData
	OnTapped func()
	// OnSecondaryTapped reports a right click with its absolute position, for
	// a context menu.
	OnSecondaryTapped func(pos fyne.Position)

	hovered bool
	m       *cardMeasure
	geom    *cardGeom
}

var (
	_ fyne.Tappable          = (*StatementCard)(nil)
	_ fyne.SecondaryTappable = (*StatementCard)(nil)
	_ desktop.Hoverable      = (*StatementCard)(nil)
)

// NewStatementCard returns a card showing d; onTapped may be nil.
func NewStatementCard(d CardData, onTapped func()) *StatementCard {
	c := &StatementCard{Data: d, OnTapped: onTapped}
	c.ExtendBaseWidget(c)
	return c
}

// SetData shows new data.
func (c *StatementCard) SetData(d CardData) {
	c.Data = d
	c.m, c.geom = nil, nil
	c.Refresh()
}

// setMeasured shows d with a measure the caller already holds (the column
// measured every card to size its rows).
func (c *StatementCard) setMeasured(d CardData, m *cardMeasure) {
	c.Data, c.m, c.geom = d, m, nil
	c.Refresh()
}

// Tapped calls OnTapped.
func (c *StatementCard) Tapped(*fyne.PointEvent) {
	if c.OnTapped != nil {
		c.OnTapped()
	}
}

// TappedSecondary calls OnSecondaryTapped with the absolute position.
func (c *StatementCard) TappedSecondary(ev *fyne.PointEvent) {
	if c.OnSecondaryTapped != nil {
		c.OnSecondaryTapped(ev.AbsolutePosition)
	}
}

// MouseIn shows the hover state.
func (c *StatementCard) MouseIn(*desktop.MouseEvent) { c.hovered = true; c.Refresh() }

// MouseMoved is needed for desktop.Hoverable.
func (c *StatementCard) MouseMoved(*desktop.MouseEvent) {}

// MouseOut clears the hover state.
func (c *StatementCard) MouseOut() { c.hovered = false; c.Refresh() }

// Resize lays the card out at a new size; when its width changes the height
// it needs, a refresh lets the enclosing layout give it that height.
func (c *StatementCard) Resize(s fyne.Size) {
	old := c.geom
	c.BaseWidget.Resize(s)
	if old != nil && old.width != s.Width && c.geometryAt(s.Width).height != old.height {
		c.Refresh()
	}
}

// HeightForWidth returns the height the card needs at width to show all
// of its text.
func (c *StatementCard) HeightForWidth(width float32) float32 {
	return c.measure().geometry(width).height
}

// MinSize is the card's size at its current width (or a default width
// before it has one), so wrapped text is never cut off.
func (c *StatementCard) MinSize() fyne.Size {
	c.ExtendBaseWidget(c)
	w := c.Size().Width
	if w <= 0 {
		w = defaultCardWidth
	}
	m := c.measure()
	return fyne.NewSize(m.minWidth, c.geometryAt(w).height)
}

const defaultCardWidth = 360

func (c *StatementCard) measure() *cardMeasure {
	if c.m == nil || c.m.stale(c) {
		c.m, c.geom = measureCard(c, c.Data), nil
	}
	return c.m
}

func (c *StatementCard) geometryAt(w float32) *cardGeom {
	m := c.measure()
	if c.geom == nil || c.geom.width != max(w, m.minWidth) {
		c.geom = m.geometry(w)
	}
	return c.geom
}

// CreateRenderer is a private method to Fyne which links this widget to its renderer.
func (c *StatementCard) CreateRenderer() fyne.WidgetRenderer {
	c.ExtendBaseWidget(c)
	r := &cardRenderer{card: c,
		bg:    canvas.NewRectangle(color.Transparent),
		hover: canvas.NewRectangle(color.Transparent),
	}
	for i := 0; i < 2; i++ {
		r.countIcon = append(r.countIcon, canvas.NewImageFromResource(nil))
		r.countText = append(r.countText, canvas.NewText("", color.Black))
	}
	r.Refresh()
	return r
}

// countIcons are the count icons, notes then links, in the muted colour.
// They are made on first use: theme icons need a running Fyne app, and the
// headless commands load this package without one.
var countIcons = sync.OnceValue(func() []fyne.Resource {
	return []fyne.Resource{
		theme.NewColoredResource(theme.DocumentCreateIcon(), theme.ColorNamePlaceHolder),
		theme.NewColoredResource(linkIcon(), theme.ColorNamePlaceHolder),
	}
})

// stale reports whether the theme's sizes changed since m was measured.
func (m *cardMeasure) stale(o fyne.CanvasObject) bool {
	return m.pad != themeSize(o, theme.SizeNamePadding)*3 || m.text.size != themeSize(o, theme.SizeNameText)
}

// sameCard reports whether a and b draw the same, selection aside.
func sameCard(a, b CardData) bool {
	if a.ID != b.ID || a.Text != b.Text || a.Speaker != b.Speaker || a.SpeakerRole != b.SpeakerRole ||
		a.Kind != b.Kind || a.NoteCount != b.NoteCount || a.LinkCount != b.LinkCount || a.Joint != b.Joint ||
		a.ReportedBy != b.ReportedBy || a.LinkLabel != b.LinkLabel ||
		len(a.Tags) != len(b.Tags) || len(a.JointWith) != len(b.JointWith) {
		return false
	}
	for i := range a.Tags {
		if a.Tags[i].Name != b.Tags[i].Name || !sameColor(a.Tags[i].Color, b.Tags[i].Color) {
			return false
		}
	}
	for i := range a.JointWith {
		if a.JointWith[i] != b.JointWith[i] {
			return false
		}
	}
	return true
}

func sameColor(a, b color.Color) bool {
	if a == nil || b == nil {
		return a == b
	}
	r1, g1, b1, a1 := a.RGBA()
	r2, g2, b2, a2 := b.RGBA()
	return r1 == r2 && g1 == g2 && b1 == b2 && a1 == a2
}
