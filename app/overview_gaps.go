package app

import (
	"fmt"
	"image/color"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"

	"parley/app/pairing"
	"parley/storage"
	"parley/widgets"
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
		gapHeading("Omission map", "Topics one side raised and the other did not mention. Click one to read it side by side."),
		g.omissions,
		gapHeading("Unanswered", "Concerns, demands, objections and proposals of one side's readout that nothing in the other side's readout answers (no link). Click one to open it."),
		g.unanswered)
	return g
}

// gapHeading is a heading of the lists, a size above their lines, with a
// quiet line saying what the list holds.
func gapHeading(title, what string) fyne.CanvasObject {
	h := widget.NewRichText(&widget.TextSegment{Text: title, Style: widget.RichTextStyleSubHeading})
	l := widget.NewLabel(what)
	l.Wrapping = fyne.TextWrapWord
	l.Importance = widget.LowImportance
	return container.NewVBox(widget.NewSeparator(), h, l)
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
		var dots []color.Color
		var raised []string
		for _, j := range o.Raised {
			dots = append(dots, hexColor(parties[j].Color))
			raised = append(raised, fmt.Sprintf("%s (%s)", partyShort(parties[j]), statementsText(rows[o.Row].Counts[j])))
		}
		text := fmt.Sprintf("raised by %s; not mentioned by %s", strings.Join(raised, ", "), partyNames(parties, o.Silent))
		key := topicKeyOf(&d.topics[o.Row].ID)
		out = append(out, g.line(dots, o.Topic, text, place{dialogueID: g.ws.dialogueID, topic: key}))
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
		var dots []color.Color
		for _, id := range v.PartyIDs {
			dots = append(dots, hexColor(d.partyByID[id].Color))
		}
		lead := fmt.Sprintf("%s, %s", g.ws.holderNames(v.PartyIDs), strings.ToLower(kindLabel(v.Kind)))
		at := place{dialogueID: v.DialogueID, topic: topicKeyOf(v.TopicID), statementID: v.ID}
		out = append(out, widgets.NewGapParagraph(dots, lead, "on "+g.topicPath(v.TopicID), v.Text, func() { g.ws.goTo(at) }))
	}
	if len(out) == 0 {
		out = append(out, emptyLabel("Nothing unanswered: every concern, demand, objection and proposal of one readout is linked to the other's (or the dialogue has one readout)."))
	}
	return out
}

// topicPath names topic id as the omission map does ("Regional
// issues/Tibet (Xizang)"), or says it has none.
func (g *gaps) topicPath(id *int64) string {
	if id == nil {
		return strings.ToLower(g.ws.topicName(topicNone))
	}
	if p := g.ws.data.paths[*id]; p != "" {
		return p
	}
	return g.ws.topicName(topicKeyOf(id))
}

// line is one line of the lists: the parties' dots, a lead in bold and
// the rest, cut to the width; a click opens at.
func (g *gaps) line(dots []color.Color, lead, text string, at place) fyne.CanvasObject {
	return widgets.NewGapLine(dots, lead, text, func() { g.ws.goTo(at) })
}

// partyNames names the parties idx points to as the matrix's header does.
func partyNames(parties []storage.Party, idx []int) string {
	names := make([]string, len(idx))
	for i, j := range idx {
		names[i] = partyShort(parties[j])
	}
	return strings.Join(names, ", ")
}
