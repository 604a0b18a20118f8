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

// commitsPanel is the Commitments section: what each round agreed or
// promised, the statement of the next round that mentions it again (if
// any), and the status the analyst gives it: kept, repeated, not mentioned
// or contradicted.
type commitsPanel struct {
	ev     *evolutionView
	note   *widget.Label
	list   *fyne.Container
	scroll *container.Scroll
	box    fyne.CanvasObject
}

// maxCommitsShown caps the commitments listed; the report lists them all.
const maxCommitsShown = 400

// statusUnset is the status picker's entry for a commitment not checked.
const statusUnset = "not checked"

func newCommitsPanel(ev *evolutionView) *commitsPanel {
	p := &commitsPanel{ev: ev}
	p.note = wrappedLabel("")
	p.list = container.NewVBox()
	p.scroll = container.NewVScroll(p.list)
	p.box = container.NewBorder(p.note, nil, nil, nil, p.scroll)
	return p
}

func (p *commitsPanel) object() fyne.CanvasObject { return p.box }

// apply lists the commitments of the series read last, round by round.
func (p *commitsPanel) apply() {
	s := p.ev.cur
	if s == nil {
		return
	}
	offset := p.scroll.Offset
	cs := s.Commitments()
	p.list.RemoveAll()
	checked := 0
	round := -1
	for i, c := range cs {
		if c.Status != "" {
			checked++
		}
		if i == maxCommitsShown {
			p.list.Add(wrappedLabel(fmt.Sprintf("… and %d more (the report lists them all).", len(cs)-i)))
			break
		}
		if c.Round != round {
			round = c.Round
			h := widget.NewLabel(widgets.Visible(p.ev.table.Rounds[round].Label()))
			h.TextStyle.Bold = true
			h.Importance = widget.HighImportance
			p.list.Add(h)
		}
		p.list.Add(p.item(c))
	}
	p.note.SetText(fmt.Sprintf("%d commitments and agreements; %d checked. Each is followed into the next round; set its status once you have read both.", len(cs), checked))
	p.list.Refresh()
	p.scroll.Offset = offset
	p.scroll.Refresh()
}

// item is one commitment with its follow-up and status picker.
func (p *commitsPanel) item(c evolution.Commitment) fyne.CanvasObject {
	s := p.ev.cur
	cue := holdersText(s, *c.Statement) + " · " + c.Cue
	if c.Suggested != "" && c.Status == "" {
		cue += " · the words suggest: " + storage.CommitmentStatusLabel(c.Suggested)
	}
	head := wrappedLabel(cue) // long party names wrap rather than push the status picker out of the window
	head.TextStyle.Bold = true
	status := p.statusPicker(c)
	box := container.NewVBox(container.NewBorder(nil, nil, nil, status, head), wrappedLabel(c.Statement.Text))
	var next string
	switch {
	case c.Round+1 >= len(p.ev.table.Rounds):
		next = "The last round of the series: no next round yet."
	case c.FollowUp == nil:
		next = "Not mentioned again in the " + p.ev.table.Rounds[c.Round+1].Label() + "."
	case c.Chosen:
		next = "Next round (your choice): " + c.FollowUp.Text
	default:
		next = fmt.Sprintf("Next round (%d%% alike): %s", int(c.Score*100+0.5), c.FollowUp.Text)
	}
	follow := wrappedLabel("› " + next)
	follow.Importance = widget.LowImportance
	box.Add(follow)
	box.Add(widget.NewSeparator())
	return box
}

// statusPicker sets the commitment's status; it is disabled read-only.
func (p *commitsPanel) statusPicker(c evolution.Commitment) fyne.CanvasObject {
	opts := []string{statusUnset}
	for _, st := range storage.CommitmentStatuses {
		opts = append(opts, storage.CommitmentStatusLabel(st))
	}
	sel := widget.NewSelect(opts, nil)
	sel.Selected = statusUnset
	if c.Status != "" {
		sel.Selected = storage.CommitmentStatusLabel(c.Status)
	}
	sel.OnChanged = func(label string) {
		st := ""
		for _, x := range storage.CommitmentStatuses {
			if storage.CommitmentStatusLabel(x) == label {
				st = x
			}
		}
		if st != c.Status {
			p.setStatus(c, st)
		}
	}
	if p.ev.ws.store().ReadOnly() {
		sel.Disable()
	}
	return sel
}

// setStatus saves a commitment's status (with the follow-up found) as one
// undoable edit; "" removes the check.
func (p *commitsPanel) setStatus(c evolution.Commitment, status string) {
	ws := p.ev.ws
	check := storage.CommitmentCheck{StatementID: c.Statement.ID, Status: status, Note: c.Note}
	if c.FollowUp != nil {
		id := c.FollowUp.ID
		check.FollowUpID = &id
	}
	var before *storage.CommitmentCheck
	ws.exec(&command{label: "set commitment status",
		do: func(ctx context.Context) error {
			var err error
			before, err = ws.store().SetCommitmentCheck(ctx, check)
			return err
		},
		undo: func(ctx context.Context) error {
			return ws.store().RestoreCommitmentCheck(ctx, check.StatementID, before)
		},
		at: p.ev.here(),
	})
}
