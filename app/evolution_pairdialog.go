package app

import (
	"context"
	"fmt"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/widget"

	"parley/app/evolution"
	"parley/storage"
	"parley/widgets"
)

// askPair lets the analyst pair pr's statement with another one of the
// neighbouring round (the same party and topic): a new or paired later
// statement gets an earlier one, a dropped earlier statement a later one.
// The choice replaces the later statement's `repeats` links to that round.
func (p *pairsPanel) askPair(pr evolution.Pair) {
	s := p.ev.cur
	var fixed storage.StatementView // the statement being paired
	var others []storage.StatementView
	if pr.After != nil {
		fixed, others = *pr.After, s.Cell(pr.TopicID, pr.PartyID, pr.From)
	} else {
		fixed, others = *pr.Before, s.Cell(pr.TopicID, pr.PartyID, pr.From+1)
	}
	var current int64 // the statement it is paired with now
	if pr.After != nil && pr.Before != nil {
		current = pr.Before.ID
	}
	var options []string
	var ids []int64
	for i, o := range others {
		if o.ID == current {
			continue
		}
		options = append(options, widgets.Visible(fmt.Sprintf("%d. %s", i+1, evolution.FirstLine(o.Text, 90))))
		ids = append(ids, o.ID)
	}
	rounds := p.ev.table.Rounds
	other := rounds[pr.From].Label()
	if pr.After == nil {
		other = rounds[pr.From+1].Label()
	}
	if len(options) == 0 {
		p.ev.ws.inform("Nothing to pair with", fmt.Sprintf("%s has no other statement of %s on this topic.", other, s.PartyName(pr.PartyID)))
		return
	}
	choice := widget.NewRadioGroup(options, nil)
	quote := wrappedLabel("“" + evolution.FirstLine(fixed.Text, 300) + "”")
	quote.Importance = widget.LowImportance
	// A busy topic of a long series offers hundreds: they scroll, and the
	// dialog never grows past the window.
	list := container.NewVScroll(choice)
	rows := float32(min(len(options), 8))
	list.SetMinSize(fyne.NewSize(0, rows*choice.MinSize().Height/float32(len(options))))
	items := []*widget.FormItem{widget.NewFormItem("", quote), widget.NewFormItem("Pair with", list)}
	d := dialog.NewForm(widgets.Visible("Pair with a statement of the "+other), "Pair", "Cancel", items, func(ok bool) {
		if !ok || choice.Selected == "" {
			return
		}
		picked := ids[optionIndex(options, choice.Selected)]
		before, after := picked, fixed.ID
		if pr.After == nil {
			before, after = fixed.ID, picked
		}
		link := evolution.RepeatLink(before, after)
		p.ev.swapRepeats("pair statements", p.ev.repeatsInto(after, pr.From), &link)
	}, p.ev.ws.win)
	showEditor(p.ev.ws.win, d, "Pair with", func() bool { return choice.Selected != "" })
	win := p.ev.ws.win.Canvas().Size()
	d.Resize(fyne.NewSize(min(640, win.Width-40), min(d.MinSize().Height, win.Height-40)))
}

func optionIndex(xs []string, x string) int {
	for i, s := range xs {
		if s == x {
			return i
		}
	}
	return -1
}

// repeatsInto lists the `repeats` links of the later statement after to
// statements of round from: the pairing a new one replaces.
func (ev *evolutionView) repeatsInto(after int64, from int) []int64 {
	var out []int64
	for _, l := range ev.cur.LinksOf(after) {
		other := l.FromID + l.ToID - after
		if l.Type == storage.LinkRepeats && ev.cur.RoundOf(other) == from {
			out = append(out, l.ID)
		}
	}
	return out
}

// swapRepeats replaces the links remove with add (nil: none) as one
// undoable edit; the tab reads the series again after it.
func (ev *evolutionView) swapRepeats(label string, remove []int64, add *storage.Link) {
	ws := ev.ws
	var sw storage.LinkSwap
	ws.exec(&command{label: label,
		do: func(ctx context.Context) error {
			var err error
			sw, err = ws.store().SwapLinks(ctx, remove, add)
			return err
		},
		undo: func(ctx context.Context) error { return ws.store().UndoLinkSwap(ctx, sw) },
		at:   ev.here(),
	})
}

// notARepeat stores the analyst's word that the pair's later statement
// does not repeat the earlier one: the pairing leaves them apart from then
// on (each may pair with another, or show as new and dropped). Undo
// brings the pairing back; Project → Dismissed Suggestions… lists it.
func (ev *evolutionView) notARepeat(pr evolution.Pair) {
	ws := ev.ws
	ws.exec(ws.dismissCommand("mark not a repeat", evolution.NotARepeat(pr.Before.ID, pr.After.ID), ev.here()))
}

// here is the place an edit of the tab is undone at: the first round of
// the series, so that undo shows where it happened (the tab stays).
func (ev *evolutionView) here() place {
	p := ev.ws.here()
	p.evolution = true
	return p
}
