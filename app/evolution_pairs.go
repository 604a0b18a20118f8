package app

import (
	"context"
	"fmt"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"

	"parley/app/evolution"
	"parley/storage"
	"parley/widgets"
)

// pairsPanel is the Rounds section's side: for one topic, each party's
// statements followed from round to round, paired as repeated, reworded
// (with the words added and dropped), new or dropped. The analyst corrects
// a pairing with Pair with…, which stores a `repeats` link.
type pairsPanel struct {
	ev     *evolutionView
	topics *widget.Select
	labels choiceLabels // the topics' labels in the picker
	topic  int          // row of the table shown, -1 for none
	shown  int64        // its topic's ID, which stays when rows come and go
	list   *fyne.Container
	scroll *container.Scroll
	box    fyne.CanvasObject
	gen    int    // of the latest build; older ones are dropped
	stop   func() // cancels the pairing under way
}

// maxPairsShown caps the pairs listed for one topic and party; a series of
// 50 rounds can hold thousands, and the report lists them all.
const maxPairsShown = 300

func newPairsPanel(ev *evolutionView) *pairsPanel {
	p := &pairsPanel{ev: ev, topic: -1, shown: -1}
	p.topics = widget.NewSelect(nil, p.onTopicPicked)
	p.topics.PlaceHolder = "(pick a topic)"
	p.list = container.NewVBox()
	p.scroll = container.NewVScroll(p.list)
	head := container.NewBorder(nil, nil, widget.NewLabel("Pairings of"), nil, p.topics)
	p.box = container.NewBorder(head, nil, nil, nil, p.scroll)
	return p
}

func (p *pairsPanel) object() fyne.CanvasObject { return p.box }

// apply follows a new read of the series: the same topic stays shown when
// it still has statements, else the busiest one shows.
func (p *pairsPanel) apply() {
	t := p.ev.table
	ids, names := make([]int64, len(t.Rows)), make([]string, len(t.Rows))
	for i, r := range t.Rows {
		ids[i], names[i] = r.Topic.ID, r.Topic.Name
	}
	p.labels = newChoiceLabels(ids, names)
	p.topics.Options = p.labels.labels
	p.topic = -1
	for i, r := range t.Rows {
		if r.Topic.ID == p.shown {
			p.topic = i
		}
	}
	if p.topic < 0 {
		p.topic = busiestRow(t)
	}
	p.build()
}

// busiestRow is the row with the most statements, -1 for an empty table.
func busiestRow(t evolution.Table) int {
	best := -1
	for i, r := range t.Rows {
		if best < 0 || r.Total > t.Rows[best].Total {
			best = i
		}
	}
	return best
}

// show lists the pairings of row.
func (p *pairsPanel) show(row int) {
	if row < 0 || row >= len(p.ev.table.Rows) {
		return
	}
	p.topic = row
	p.build()
	p.scroll.ScrollToTop()
}

func (p *pairsPanel) onTopicPicked(label string) {
	id, ok := p.labels.id(label)
	for i, r := range p.ev.table.Rows {
		if ok && r.Topic.ID == id && i != p.topic {
			p.show(i)
			return
		}
	}
}

// build lists the pairs of the topic shown, party by party. Pairing a
// busy topic of a long series takes a while: it runs off the UI goroutine.
func (p *pairsPanel) build() {
	s, t := p.ev.cur, p.ev.table
	if s == nil || p.topic < 0 {
		p.topics.Selected = ""
		p.topics.Refresh()
		p.list.RemoveAll()
		p.list.Add(widget.NewLabel("No statements in this series yet."))
		return
	}
	row := t.Rows[p.topic]
	p.shown = row.Topic.ID
	p.topics.Selected = p.labels.byID[row.Topic.ID]
	p.topics.Refresh()
	if len(t.Rounds) < 2 {
		p.list.RemoveAll()
		p.list.Add(wrappedLabel("Pairings need two rounds or more."))
		return
	}
	if p.stop != nil {
		p.stop()
	}
	p.gen++
	gen := p.gen
	pairs := make([][]evolution.Pair, len(t.Parties))
	p.stop = p.ev.ws.spawn(func(ctx context.Context) {
		for i, party := range t.Parties {
			if ctx.Err() != nil {
				return
			}
			pairs[i] = s.Pairs(row.Topic.ID, party.ID)
		}
	}, func() {
		if gen != p.gen || s != p.ev.cur {
			return
		}
		p.list.RemoveAll()
		for i, party := range t.Parties {
			if len(pairs[i]) > 0 {
				p.list.Add(partyHeading(party))
				p.addPairs(pairs[i])
			}
		}
		p.list.Refresh()
	})
}

// addPairs lists one party's pairs under a heading per pair of rounds.
func (p *pairsPanel) addPairs(pairs []evolution.Pair) {
	t := p.ev.table
	from := -1
	for i, pr := range pairs {
		if i == maxPairsShown {
			p.list.Add(wrappedLabel(fmt.Sprintf("… and %d more (the report lists them all).", len(pairs)-i)))
			return
		}
		if pr.From != from {
			from = pr.From
			h := widget.NewLabel(widgets.Visible(t.Rounds[from].Label() + " to " + t.Rounds[from+1].Label()))
			h.Importance = widget.LowImportance
			p.list.Add(h)
		}
		p.list.Add(p.pairItem(pr))
	}
}

// pairItem is one pair: what changed, the text or the diff, and the
// buttons that correct it.
func (p *pairsPanel) pairItem(pr evolution.Pair) fyne.CanvasObject {
	// The change wraps rather than widen the pane, which would narrow
	// the grid beside it; its buttons sit beside it when it fits on one
	// line there, else under it (headLine): beside them, at 1024 px,
	// "Reworded · 0% the same words · paired by you" wrapped on three
	// ragged lines.
	head := widget.NewLabel(changeLabel(pr))
	head.TextStyle.Bold = true
	head.Wrapping = fyne.TextWrapWord
	buttons := container.NewHBox()
	ro := p.ev.ws.store().ReadOnly()
	if !ro {
		pair := widget.NewButton("Pair with…", func() { p.askPair(pr) })
		buttons.Add(pair)
		if pr.LinkID != 0 {
			buttons.Add(widget.NewButton("Unpair", func() { p.ev.swapRepeats("unpair statements", []int64{pr.LinkID}, nil) }))
		} else if pr.Before != nil && pr.After != nil {
			// A pairing Parley proposed: the analyst can say it is none.
			buttons.Add(widget.NewButton("Not a repeat", func() { p.ev.notARepeat(pr) }))
		}
	}
	var body fyne.CanvasObject
	switch pr.Change {
	case evolution.New:
		body = wrappedLabel(pr.After.Text)
	case evolution.Dropped:
		body = wrappedLabel(pr.Before.Text)
	default:
		body = widgets.NewDiffText(diffParts(pr.Diff))
	}
	if ro {
		return container.NewVBox(head, body, widget.NewSeparator())
	}
	return container.NewVBox(newHeadLine(head, buttons, p.list.Refresh), body, widget.NewSeparator())
}

// changeLabel names a pair's change; a pairing the analyst made says so.
func changeLabel(pr evolution.Pair) string {
	switch pr.Change {
	case evolution.New:
		return "New"
	case evolution.Dropped:
		return "Dropped"
	}
	s := "Repeated"
	if pr.Change == evolution.Reworded {
		s = "Reworded"
	}
	s += fmt.Sprintf(" · %d%% the same words", int(pr.Score*100+0.5))
	if pr.LinkID != 0 {
		s += " · paired by you"
	}
	return s
}

// diffParts turns the engine's diff into the widget's.
func diffParts(ops []evolution.DiffOp) []widgets.DiffPart {
	out := make([]widgets.DiffPart, len(ops))
	for i, op := range ops {
		out[i] = widgets.DiffPart{Text: op.Text}
		switch op.Kind {
		case evolution.DiffAdded:
			out[i].Op = widgets.DiffAdded
		case evolution.DiffDropped:
			out[i].Op = widgets.DiffDropped
		}
	}
	return out
}

// partyHeading is a party's name in bold beside a bar of its colour.
func partyHeading(p storage.Party) fyne.CanvasObject {
	bar := canvas.NewRectangle(hexColor(p.Color))
	bar.SetMinSize(fyne.NewSize(6, 0))
	l := widget.NewLabel(widgets.Visible(p.Name))
	l.TextStyle.Bold = true
	l.Wrapping = fyne.TextWrapWord // a long name takes two lines, not the window's width
	return container.NewBorder(nil, nil, bar, nil, l)
}

func wrappedLabel(s string) *widget.Label {
	l := widget.NewLabel(widgets.Visible(s))
	l.Wrapping = fyne.TextWrapWord
	return l
}
