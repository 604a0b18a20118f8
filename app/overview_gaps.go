package app

import (
	"fmt"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"

	"parley/app/pairing"
	"parley/storage"
)

// gaps is the part of the Overview tab below the matrix: the omission map
// (topics one side raised and the other did not mention, as in the report)
// and the points one side's readout raised that the other's does not
// answer. Each line opens its topic or statement in the compare view.
type gaps struct {
	ws         *Workspace
	omissions  *fyne.Container
	unanswered *fyne.Container
	box        *fyne.Container
}

func newGaps(ws *Workspace) *gaps {
	g := &gaps{ws: ws, omissions: container.NewVBox(), unanswered: container.NewVBox()}
	g.box = container.NewVBox(
		section("Omission map: topics one side raised and the other did not mention"), g.omissions,
		section("Unanswered: what one side raised that the other side's readout does not answer"), g.unanswered)
	return g
}

func (g *gaps) object() fyne.CanvasObject { return g.box }

// apply lists the omissions over parties (the matrix's columns) and the
// unanswered statements of the loaded dialogue.
func (g *gaps) apply(parties []storage.Party) {
	g.omissions.Objects = g.omissionRows(parties)
	g.omissions.Refresh()
	g.unanswered.Objects = g.unansweredRows()
	g.unanswered.Refresh()
}

func (g *gaps) omissionRows(parties []storage.Party) []fyne.CanvasObject {
	d := g.ws.data
	if len(parties) < 2 {
		return []fyne.CanvasObject{emptyLabel("The omission map needs statements of two parties.")}
	}
	rows := make([]pairing.TopicCounts, len(d.topics))
	for i, t := range d.topics {
		rows[i] = pairing.TopicCounts{Topic: t.Name}
		if t.ParentID != nil {
			rows[i].Parent = d.paths[*t.ParentID]
		}
		for _, p := range parties {
			rows[i].Counts = append(rows[i].Counts, d.counts[t.ID][p.ID])
		}
	}
	var out []fyne.CanvasObject
	for _, o := range pairing.Omissions(rows) {
		text := fmt.Sprintf("%s — raised by %s; not mentioned by %s", o.Topic, partyNames(parties, o.Raised), partyNames(parties, o.Silent))
		key := topicKeyOf(&d.topics[o.Row].ID)
		out = append(out, g.line(text, place{dialogueID: g.ws.dialogueID, topic: key}))
	}
	if len(out) == 0 {
		out = append(out, emptyLabel("Every topic raised was mentioned by every side."))
	}
	return out
}

func (g *gaps) unansweredRows() []fyne.CanvasObject {
	d := g.ws.data
	var out []fyne.CanvasObject
	for _, v := range d.unanswered {
		text := fmt.Sprintf("%s — %s: %s", g.ws.holderNames(v.PartyIDs), strings.ToLower(kindLabel(v.Kind)), clip(v.Text, 120))
		out = append(out, g.line(text, place{dialogueID: v.DialogueID, topic: topicKeyOf(v.TopicID), statementID: v.ID}))
	}
	if len(out) == 0 {
		out = append(out, emptyLabel("Nothing unanswered: every concern, demand, objection and proposal of one readout is linked to the other's (or the dialogue has one readout)."))
	}
	return out
}

// line is one tappable line of the lists: a flat button reading as text.
func (g *gaps) line(text string, at place) fyne.CanvasObject {
	b := widget.NewButton(text, func() { g.ws.goTo(at) })
	b.Importance = widget.LowImportance
	b.Alignment = widget.ButtonAlignLeading
	return b
}

func partyNames(parties []storage.Party, idx []int) string {
	names := make([]string, len(idx))
	for i, j := range idx {
		names[i] = parties[j].Name
	}
	return strings.Join(names, ", ")
}
