package widgets

import (
	"image/color"
	"strconv"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/theme"
)

// columnRenderer draws the column's header above its card list.
type columnRenderer struct {
	col      *PartyColumn
	bg       *canvas.Rectangle
	bar      *canvas.Rectangle
	rule     *canvas.Rectangle
	title    []*canvas.Text
	count    *canvas.Text
	empty    *canvas.Text
	subtitle []*canvas.Text
	titleM   *measuredText
	subM     *measuredText
	titleCut float32 // the width the last title line is cut to with "…", 0: the title is whole
	verdict  *chipLook
	objects  []fyne.CanvasObject
}

func newColumnRenderer(c *PartyColumn) *columnRenderer {
	return &columnRenderer{col: c,
		bg:      canvas.NewRectangle(color.Transparent),
		bar:     canvas.NewRectangle(color.Transparent),
		rule:    canvas.NewRectangle(color.Transparent),
		count:   canvas.NewText("", color.Black),
		empty:   canvas.NewText("", color.Black),
		verdict: newChipLook(),
	}
}

func (r *columnRenderer) Destroy() {}

func (r *columnRenderer) Objects() []fyne.CanvasObject { return r.objects }

// maxTitleLines is the most lines a column's title takes: a party named
// as its office ("Delegation of the European Union … to the People's
// Republic of China") took six lines of heading type at 1024 px, a third
// of the column's height, in both columns (their cards start on one line).
// The rest of the name ends in "…"; Project › Parties… shows it
// whole.
const maxTitleLines = 2

func (r *columnRenderer) pad() float32 { return themeSize(r.col, theme.SizeNamePadding) * 3 }

func (r *columnRenderer) barHeight() float32 { return themeSize(r.col, theme.SizeNamePadding) }

// countBelow reports whether the count goes on a line of its own under
// the title: in a column too narrow to keep a word of the title whole
// beside it ("European Union" was broken as "Europea n Union"), and in one
// where the title fits on a line of its own but not beside the count (a
// 240 px column wrapped "European Union" after its first word, beside
// "2 statements").
func (r *columnRenderer) countBelow(inner float32) bool {
	beside := inner - r.count.MinSize().Width - r.pad()
	if r.titleM.widestWord() > beside {
		return true
	}
	whole := r.titleM.lineWidth()
	return whole > beside && whole <= inner
}

// headerLayout wraps the title and subtitle at width and returns the
// header's height.
func (r *columnRenderer) headerLayout(width float32) ([]wrappedLine, []wrappedLine, float32) {
	p := r.pad()
	inner := max(width-2*p, 60)
	countW := r.count.MinSize().Width
	var tl []wrappedLine
	h := r.barHeight() + p
	tw := max(inner-countW-p, inner/2)
	if r.countBelow(inner) {
		tw = inner
		h += r.count.MinSize().Height
	}
	tl = r.titleM.wrap(tw)
	r.titleCut = 0
	if len(tl) > maxTitleLines {
		tl, r.titleCut = tl[:maxTitleLines], tw
	}
	h += r.titleM.height(len(tl))
	var sl []wrappedLine
	rowH := float32(0)
	if r.subM != nil {
		sl = r.subM.wrap(max(inner-r.verdictWidth(), inner/2))
		rowH = r.subM.height(len(sl))
	}
	if r.col.Verdict != "" {
		rowH = max(rowH, r.verdict.minSize(r.col).Height)
	}
	if rowH > 0 {
		h += p/3 + rowH
	}
	return tl, sl, h + p*0.75
}

// verdictWidth is the room the verdict badge takes before the subtitle.
func (r *columnRenderer) verdictWidth() float32 {
	if r.col.Verdict == "" {
		return 0
	}
	return r.verdict.minSize(r.col).Width + r.pad()/2
}

func (r *columnRenderer) MinSize() fyne.Size {
	_, _, h := r.headerLayout(r.col.Size().Width)
	lm := r.col.list.MinSize()
	return fyne.NewSize(max(lm.Width, 160), h+lm.Height+themeSize(r.col, theme.SizeNamePadding)*20)
}

func (r *columnRenderer) Layout(size fyne.Size) {
	p := r.pad()
	tl, sl, h := r.headerLayout(size.Width)
	c := r.col
	c.natural = headerHeight{size.Width, h}
	if c.group != nil {
		h = max(h, c.group.height())
	}
	c.used = h
	r.bg.Move(fyne.NewPos(0, 0))
	r.bg.Resize(fyne.NewSize(size.Width, h))
	r.bar.Resize(fyne.NewSize(size.Width, r.barHeight()))
	y := r.barHeight() + p
	r.title = placeLines(r.title, r.titleM, tl, fyne.NewPos(p, y))
	if r.titleCut > 0 { // the last line shown ends the rest of the name with "…"
		last := r.title[len(r.title)-1]
		last.Text = ellipsize(r.titleM.text[tl[len(tl)-1].start:], r.titleM.size, r.titleM.style, r.titleCut)
		last.Resize(fyne.NewSize(r.titleCut+2, r.titleM.lineH))
		last.Refresh()
	}
	cs := r.count.MinSize()
	if r.countBelow(max(size.Width-2*p, 60)) {
		y += r.titleM.height(len(tl))
		r.count.Move(fyne.NewPos(p, y))
		y += cs.Height - r.titleM.height(len(tl))
	} else {
		r.count.Move(fyne.NewPos(size.Width-p-cs.Width, y+r.titleM.lineH-cs.Height))
	}
	r.count.Resize(cs)
	y += r.titleM.height(len(tl)) + p/3
	if r.col.Verdict != "" {
		r.verdict.place(r.col, fyne.NewPos(p, y))
	}
	sy := y
	if r.subM != nil && r.col.Verdict != "" {
		sy += (r.verdict.minSize(r.col).Height - r.subM.lineH) / 2 // centred on the badge
	}
	r.subtitle = placeLines(r.subtitle, r.subM, sl, fyne.NewPos(p+r.verdictWidth(), sy))
	ruleH := float32(1)
	if r.col.focused {
		ruleH = 2
	}
	r.rule.Move(fyne.NewPos(0, h-ruleH))
	r.rule.Resize(fyne.NewSize(size.Width, ruleH))
	es := r.empty.MinSize()
	r.empty.Move(fyne.NewPos((size.Width-es.Width)/2, h+p*3))
	r.empty.Resize(es)
	r.col.list.Move(fyne.NewPos(0, h))
	r.col.list.Resize(fyne.NewSize(size.Width, max(size.Height-h, 0)))
	r.colorTexts()
	r.collect()
	if c.group != nil {
		c.group.align(c, h)
	}
}

func (r *columnRenderer) colorTexts() {
	fg := themeColor(r.col, theme.ColorNameForeground)
	muted := themeColor(r.col, theme.ColorNamePlaceHolder)
	for _, t := range r.title {
		t.Color = fg
		t.Refresh()
	}
	for _, t := range r.subtitle {
		t.Color = muted
		t.Refresh()
	}
}

func (r *columnRenderer) collect() {
	o := []fyne.CanvasObject{r.bg, r.bar, r.rule, r.count}
	for _, t := range r.title {
		o = append(o, t)
	}
	for _, t := range r.subtitle {
		o = append(o, t)
	}
	if r.col.Verdict != "" {
		o = append(o, r.verdict.objects()...)
	}
	o = append(o, r.col.list)
	if len(r.col.cards) == 0 && r.empty.Text != "" {
		o = append(o, r.empty)
	}
	r.objects = o
}

func (r *columnRenderer) Refresh() {
	c := r.col
	r.titleM = measure(c.Title, themeSize(c, theme.SizeNameSubHeadingText), fyne.TextStyle{Bold: true})
	r.subM = nil
	if c.Subtitle != "" {
		r.subM = measure(c.Subtitle, themeSize(c, theme.SizeNameCaptionText), fyne.TextStyle{})
	}
	r.count.Text = statementCount(len(c.cards), c.Total)
	r.count.TextSize = themeSize(c, theme.SizeNameCaptionText)
	r.count.Color = themeColor(c, theme.ColorNamePlaceHolder)
	fill := float32(0.2)
	if VerdictColorName(c.Verdict) == theme.ColorNamePlaceHolder { // none, or quiet

		fill = 0.12
	}
	r.verdict.set(c, VerdictLabel(c.Verdict), verdictColor(c, c.Verdict), fill, true)
	r.verdict.refresh()
	r.empty.Text = c.EmptyText
	r.empty.Color = themeColor(c, theme.ColorNamePlaceHolder)
	// Regular, not italic: every text style costs Fyne a parsed copy of its
	// fonts (some 9 MB), and the placeholder colour already sets it apart.
	r.empty.TextStyle = fyne.TextStyle{}
	r.empty.TextSize = themeSize(c, theme.SizeNameText)
	r.empty.Refresh()
	r.bg.FillColor = themeColor(c, theme.ColorNameHeaderBackground)
	r.bar.FillColor = orGrey(c, c.Color)
	r.rule.FillColor = themeColor(c, theme.ColorNameSeparator)
	if c.focused {
		r.rule.FillColor = themeColor(c, theme.ColorNamePrimary)
	}
	for _, o := range []fyne.CanvasObject{r.bg, r.bar, r.rule, r.count} {
		o.Refresh()
	}
	r.Layout(c.Size())
	canvas.Refresh(c)
}

// statementCount is the header's count: "1 statement", "24,750
// statements", or "300 of 24,750 statements" when only some are shown.
func statementCount(shown, total int) string {
	if total > shown {
		return groupDigits(shown) + " of " + groupDigits(total) + " statements"
	}
	if shown == 1 {
		return "1 statement"
	}
	return groupDigits(shown) + " statements"
}

// groupDigits writes n with thousands separated by commas.
func groupDigits(n int) string {
	s := strconv.Itoa(n)
	if n < 0 {
		return "-" + groupDigits(-n)
	}
	for i := len(s) - 3; i > 0; i -= 3 {
		s = s[:i] + "," + s[i:]
	}
	return s
}
