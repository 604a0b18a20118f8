package app

import (
	"context"
	"fmt"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"

	"parley/app/evolution"
	"parley/storage"
	"parley/widgets"
)

// phrasesPanel is the Stock phrases section: the formulas the parties
// repeat across rounds, one row per phrase with a chart of the rounds each
// party used it in; the ones that appear or vanish come first. Mining runs
// in the background with a progress bar and Cancel; pinning or hiding a
// phrase re-sorts what was mined without mining again.
type phrasesPanel struct {
	ev         *evolutionView
	note       *widget.Label
	bar        *widget.ProgressBar
	cancel     *widget.Button
	running    *fyne.Container
	showHidden *widget.Check
	list       *widget.List
	box        *fyne.Container

	mined    []evolution.Phrase // every phrase, hidden ones too
	minedOf  *evolution.Series  // the series they were mined from
	rows     []phraseRow
	stop     func()
	gen      int
	canceled bool
}

// phraseRow is a phrase as the list shows it: its use by every party.
type phraseRow struct {
	text   string
	mark   string
	change string // "appears in 40th round", "" when it does neither
	chart  widgets.PhraseChartData
}

// phraseLimit caps the phrases mined per party (pinned ones always stay).
const phraseLimit = 300

func newPhrasesPanel(ev *evolutionView) *phrasesPanel {
	p := &phrasesPanel{ev: ev}
	p.note = wrappedLabel("")
	p.bar = widget.NewProgressBar()
	p.cancel = widget.NewButton("Cancel", p.onCancel)
	p.running = container.NewBorder(nil, nil, widget.NewLabel("Finding stock phrases…"), p.cancel, p.bar)
	p.running.Hide()
	p.showHidden = widget.NewCheck("Show hidden phrases", func(bool) { p.show() })
	p.list = widget.NewList(func() int { return len(p.rows) }, p.newRow, p.updateRow)
	top := container.NewVBox(p.running, container.NewBorder(nil, nil, nil, p.showHidden, p.note))
	p.box = container.NewBorder(top, nil, nil, nil, p.list)
	return p
}

func (p *phrasesPanel) object() fyne.CanvasObject { return p.box }

// apply shows the phrases of the series read last: remarked when only
// the marks changed since they were mined, mined again otherwise.
func (p *phrasesPanel) apply() {
	s := p.ev.cur
	if s == nil || s == p.minedOf {
		return
	}
	if p.stop != nil {
		p.stop()
	}
	p.gen++
	gen, old, mined := p.gen, p.minedOf, p.mined
	var out []evolution.Phrase
	var err error
	p.bar.SetValue(0)
	p.canceled = false
	p.running.Show()
	p.box.Refresh() // room for the progress bar
	opts := evolution.PhraseOptions{Limit: phraseLimit, WithHidden: true}
	opts.Progress = func(done, total int) {
		fyne.Do(func() {
			if gen == p.gen && total > 0 {
				p.bar.SetValue(float64(done) / float64(total))
			}
		})
	}
	p.stop = p.ev.ws.spawn(func(ctx context.Context) {
		if old != nil && s.SameStatements(old) {
			out = s.Remark(mined, opts)
			return
		}
		out, err = s.Phrases(ctx, opts)
	}, func() {
		if gen != p.gen {
			return
		}
		p.running.Hide()
		p.box.Refresh()
		switch {
		case err != nil && p.canceled:
			p.note.SetText("Finding stock phrases was cancelled. Show the section again to start over.")
			return
		case err != nil:
			p.ev.ws.showError("Could not find the stock phrases", err)
			return
		}
		p.mined, p.minedOf = out, s
		p.show()
	})
}

func (p *phrasesPanel) onCancel() {
	if p.stop != nil {
		p.canceled = true
		p.stop()
	}
}

// show builds the rows from what was mined: one per phrase text, pinned
// and changing ones first (the mining's order), hidden ones only when
// asked for.
func (p *phrasesPanel) show() {
	s := p.ev.cur
	if s == nil || p.minedOf == nil {
		return
	}
	p.rows = p.rows[:0]
	at := map[string]int{}
	hidden := 0
	for _, ph := range p.mined {
		if ph.Mark == storage.PhraseHidden && !p.showHidden.Checked {
			if _, seen := at[ph.Text]; !seen {
				hidden++
				at[ph.Text] = -1
			}
			continue
		}
		i, seen := at[ph.Text]
		if i < 0 {
			continue
		}
		if !seen {
			i = len(p.rows)
			at[ph.Text] = i
			p.rows = append(p.rows, p.newPhraseRow(ph))
		}
		p.addUse(&p.rows[i], ph)
	}
	p.note.SetText(p.summary(hidden))
	p.list.Refresh()
}

func (p *phrasesPanel) summary(hidden int) string {
	if len(p.ev.table.Rounds) < 2 {
		return "Stock phrases need two rounds or more."
	}
	changing := 0
	for _, r := range p.rows {
		if r.change != "" {
			changing++
		}
	}
	s := fmt.Sprintf("%d phrases used in more than one round; %d appear or vanish (listed first).", len(p.rows), changing)
	if hidden > 0 {
		s += fmt.Sprintf(" %d hidden.", hidden)
	}
	return s
}

// newPhraseRow starts the row of ph's text: a lane per party of the table.
func (p *phrasesPanel) newPhraseRow(ph evolution.Phrase) phraseRow {
	t := p.ev.table
	r := phraseRow{text: ph.Text, mark: ph.Mark}
	for _, rd := range t.Rounds {
		r.chart.Rounds = append(r.chart.Rounds, rd.Short())
	}
	for _, party := range t.Parties {
		r.chart.Series = append(r.chart.Series, widgets.PhraseSeries{Party: partyShort(party), Color: hexColor(party.Color),
			Counts: make([]int, len(t.Rounds))})
	}
	return r
}

// addUse puts one party's use of the phrase into its row.
func (p *phrasesPanel) addUse(r *phraseRow, ph evolution.Phrase) {
	for j, party := range p.ev.table.Parties {
		if party.ID != ph.PartyID {
			continue
		}
		for k, in := range ph.Rounds {
			if in && k < len(r.chart.Series[j].Counts) {
				r.chart.Series[j].Counts[k] = 1
			}
		}
	}
	if c := phraseChange(p.ev.table, ph, p.ev.cur.PartyName(ph.PartyID)); c != "" && r.change == "" {
		r.change = c
	}
}

// phraseChange says when the phrase last appeared or vanished for a party.
func phraseChange(t evolution.Table, ph evolution.Phrase, party string) string {
	last, verb := -1, ""
	for _, r := range ph.Appears {
		if r > last {
			last, verb = r, "appears"
		}
	}
	for _, r := range ph.Vanishes {
		if r > last {
			last, verb = r, "vanishes"
		}
	}
	if last < 0 || last >= len(t.Rounds) {
		return ""
	}
	return fmt.Sprintf("%s: %s in the %s", party, verb, t.Rounds[last].Label())
}

// phraseItem is a row of the list: the phrase, what changed, its buttons
// and its chart.
type phraseItem struct {
	text, change *widget.Label
	pin, hide    *widget.Button
	chart        *widgets.PhraseChart
}

func (p *phrasesPanel) newRow() fyne.CanvasObject {
	var shape widgets.PhraseChartData // rounds and parties, for the chart's size
	if len(p.rows) > 0 {
		shape = p.rows[0].chart
	}
	it := &phraseItem{text: widget.NewLabel(""), change: widget.NewLabel(""), chart: widgets.NewPhraseChart(shape)}
	it.text.TextStyle.Bold = true
	it.text.Truncation = fyne.TextTruncateEllipsis
	it.change.Importance = widget.LowImportance
	it.change.Truncation = fyne.TextTruncateEllipsis
	it.pin = widget.NewButton("Pin", nil)
	it.hide = widget.NewButton("Hide", nil)
	buttons := container.NewHBox(it.pin, it.hide)
	words := container.NewVBox(it.text, it.change)
	size := it.chart.MinSize()
	chart := container.NewGridWrap(fyne.NewSize(max(size.Width, 220), size.Height), it.chart)
	o := container.NewBorder(nil, nil, nil, container.NewHBox(container.NewCenter(chart), container.NewCenter(buttons)), words)
	b := &phraseRowBox{box: o, item: it}
	b.ExtendBaseWidget(b)
	return b
}

// phraseRowBox is a list row, carrying its parts for update.
type phraseRowBox struct {
	widget.BaseWidget
	box  fyne.CanvasObject
	item *phraseItem
}

// CreateRenderer is a private method to Fyne which links this widget to its renderer.
func (b *phraseRowBox) CreateRenderer() fyne.WidgetRenderer {
	return widget.NewSimpleRenderer(b.box)
}

func (p *phrasesPanel) updateRow(i widget.ListItemID, o fyne.CanvasObject) {
	it := o.(*phraseRowBox).item
	if i >= len(p.rows) {
		return
	}
	r := p.rows[i]
	label := "“" + r.text + "”"
	if r.mark == storage.PhrasePinned {
		label = "Pinned: " + label
	}
	it.text.SetText(widgets.Visible(label))
	it.change.SetText(r.change)
	it.chart.SetData(r.chart)
	it.pin.SetText(map[bool]string{true: "Unpin", false: "Pin"}[r.mark == storage.PhrasePinned])
	it.hide.SetText(map[bool]string{true: "Show", false: "Hide"}[r.mark == storage.PhraseHidden])
	ro := p.ev.ws.store() == nil || p.ev.ws.store().ReadOnly()
	it.pin.Disable()
	it.hide.Disable()
	if !ro {
		it.pin.Enable()
		it.hide.Enable()
	}
	text := r.text
	it.pin.OnTapped = func() { p.mark(text, toggled(r.mark, storage.PhrasePinned)) }
	it.hide.OnTapped = func() { p.mark(text, toggled(r.mark, storage.PhraseHidden)) }
}

// toggled is state when the mark is not it yet, else no mark.
func toggled(mark, state string) string {
	if mark == state {
		return ""
	}
	return state
}

// mark pins, hides or clears a phrase as one undoable edit.
func (p *phrasesPanel) mark(phrase, state string) {
	ws := p.ev.ws
	var before string
	label := map[string]string{storage.PhrasePinned: "pin phrase", storage.PhraseHidden: "hide phrase", "": "unmark phrase"}[state]
	ws.exec(&command{label: label,
		do: func(ctx context.Context) error {
			var err error
			before, err = ws.store().MarkPhrase(ctx, phrase, state)
			return err
		},
		undo: func(ctx context.Context) error { return errOnly(ws.store().MarkPhrase(ctx, phrase, before)) },
		at:   p.ev.here(),
	})
}
