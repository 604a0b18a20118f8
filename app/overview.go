package app

import (
	"fmt"
	"image/color"
	"slices"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"

	"parley/storage"
	"parley/widgets"
)

// overview is the Overview tab: the dialogue's topic × party matrix with
// counts, assessments and a heat map; tapping a cell opens that topic in
// the compare view.
type overview struct {
	ws     *Workspace
	title  *widget.Label
	matrix *widgets.Matrix
	gaps   *gaps
	box    fyne.CanvasObject
	rows   []topicKey
}

func newOverview(ws *Workspace) *overview {
	o := &overview{ws: ws}
	o.title = widget.NewLabel("")
	o.title.Wrapping = fyne.TextWrapWord
	o.matrix = widgets.NewMatrix(widgets.MatrixData{}, o.onCell)
	o.gaps = newGaps(ws)
	scroll := container.NewScroll(nil)
	scroll.Content = &fyne.Container{Layout: gapsInView{scroll}, Objects: []fyne.CanvasObject{o.matrix, o.gaps.object()}}
	o.box = container.NewBorder(o.title, nil, nil, nil, scroll)
	return o
}

// gapsInView stacks the matrix over the lists of gaps in the Overview's
// scroll. The matrix may be wider than the view (a dialogue of many
// parties) and scrolls sideways; the lists keep the view's width, so that
// an unanswered statement wraps where it can be read rather than at the
// matrix's width, past the window's edge.
type gapsInView struct{ scroll *container.Scroll }

func (l gapsInView) Layout(objs []fyne.CanvasObject, size fyne.Size) {
	m := objs[0].MinSize()
	objs[0].Move(fyne.NewPos(0, 0))
	objs[0].Resize(fyne.NewSize(size.Width, m.Height))
	w := size.Width
	if v := l.scroll.Size().Width; v > 0 && v < w {
		w = v
	}
	objs[1].Move(fyne.NewPos(0, m.Height))
	objs[1].Resize(fyne.NewSize(w, objs[1].MinSize().Height))
}

func (l gapsInView) MinSize(objs []fyne.CanvasObject) fyne.Size {
	m, g := objs[0].MinSize(), objs[1].MinSize()
	return fyne.NewSize(max(m.Width, g.Width), m.Height+g.Height)
}

func (o *overview) object() fyne.CanvasObject { return o.box }

// apply rebuilds the matrix from the loaded counts and assessments.
func (o *overview) apply() {
	d := o.ws.data
	parties := o.parties()
	var md widgets.MatrixData
	for _, p := range parties {
		md.Cols = append(md.Cols, partyShort(p))
		md.ColColors = append(md.ColColors, color.Color(hexColor(p.Color)))
	}
	o.rows = o.rows[:0]
	for _, t := range d.topics {
		md.Rows = append(md.Rows, t.Name)
		md.RowDepth = append(md.RowDepth, strings.Count(d.paths[t.ID], "/"))
		counts := make([]int, len(parties))
		for j, p := range parties {
			counts[j] = d.counts[t.ID][p.ID]
		}
		md.Counts = append(md.Counts, counts)
		md.Badges = append(md.Badges, string(d.assessments[t.ID].Verdict))
		o.rows = append(o.rows, topicKeyOf(&t.ID))
	}
	o.addNoTopicRow(&md, parties)
	assessed := 0
	for _, t := range d.topics {
		if _, ok := d.assessments[t.ID]; ok {
			assessed++
		}
	}
	o.title.SetText(o.heading(assessed))
	o.matrix.SetData(md)
	o.gaps.apply(parties)
}

// addNoTopicRow adds a last row "No topic" when statements of the dialogue
// have no topic, as after an import into a project without topics: without
// it the matrix of such a dialogue is empty while the compare view holds
// its statements. The row gets no badge (past the end of Badges): a
// statement without topic cannot be assessed.
func (o *overview) addNoTopicRow(md *widgets.MatrixData, parties []storage.Party) {
	counts := make([]int, len(parties))
	total := 0
	for j, p := range parties {
		counts[j] = o.ws.data.noTopic[p.ID]
		total += counts[j]
	}
	if total == 0 {
		return
	}
	md.Rows = append(md.Rows, o.ws.topicName(topicNone))
	md.RowDepth = append(md.RowDepth, 0)
	md.Counts = append(md.Counts, counts)
	o.rows = append(o.rows, topicNone)
}

// heading is the line above the matrix: the dialogue and how many of its
// topics are assessed, or what to do when there is no dialogue to show.
func (o *overview) heading(assessed int) string {
	d := o.ws.data
	for _, dl := range d.dialogues {
		if dl.ID == o.ws.dialogueID {
			return widgets.Visible(fmt.Sprintf("%s: statements per topic and party (subtopics included); %d of %d topics assessed. Tap a cell to read it side by side.",
				dl.Title, assessed, len(d.topics)))
		}
	}
	if len(d.dialogues) == 0 {
		return noDialogueYet
	}
	return "Choose a dialogue in Compare to see its statements per topic and party."
}

// parties are the matrix's columns: the parties that hold statements in the
// dialogue, and those the compare view shows; a project of many parties
// would otherwise give each dialogue a row of empty columns.
func (o *overview) parties() []storage.Party {
	d := o.ws.data
	var out []storage.Party
	for _, p := range d.parties {
		if d.total[p.ID] > 0 || slices.Contains(o.ws.columns, p.ID) {
			out = append(out, p)
		}
	}
	if len(out) == 0 {
		return d.parties
	}
	return out
}

func (o *overview) onCell(row, _ int) {
	if row < 0 || row >= len(o.rows) {
		return
	}
	o.ws.goTo(place{dialogueID: o.ws.dialogueID, topic: o.rows[row]})
}
