package app

import (
	"fmt"
	"image/color"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"parley/widgets"
)

// topicTree is the left pane: "All topics", the topic tree and "No topic",
// each with a count per column party and the assessment's badge.
type topicTree struct {
	ws       *Workspace
	tree     *widget.Tree
	kids     map[string][]string
	box      *fyne.Container
	applying bool
	slot     float32 // width of a count in a row, from the largest count
	lines    int     // lines of text every row has room for, see fitLines
	natural  float32 // the width last asked for, see naturalWidth
}

func newTopicTree(ws *Workspace) *topicTree {
	t := &topicTree{ws: ws, kids: map[string][]string{}, lines: 1}
	t.tree = widget.NewTree(t.childUIDs, t.isBranch, t.create, t.update)
	t.tree.OnSelected = t.onSelected
	manage := widget.NewButton("Topics…", ws.showTopics)
	manage.Importance = widget.LowImportance
	head := container.NewBorder(nil, nil, widget.NewLabelWithStyle("Topics", fyne.TextAlignLeading, fyne.TextStyle{Bold: true}), manage)
	fit := &fyne.Container{Layout: treeFit{t}, Objects: []fyne.CanvasObject{t.tree}}
	t.box = container.NewBorder(head, nil, nil, nil, fit)
	return t
}

func (t *topicTree) object() fyne.CanvasObject { return t.box }

func (t *topicTree) childUIDs(id widget.TreeNodeID) []widget.TreeNodeID { return t.kids[id] }

func (t *topicTree) isBranch(id widget.TreeNodeID) bool { return id == "" || len(t.kids[id]) > 0 }

func (t *topicTree) create(bool) fyne.CanvasObject {
	r := newTopicRow(&t.slot, &t.lines)
	return r.box
}

func (t *topicTree) update(id widget.TreeNodeID, _ bool, o fyne.CanvasObject) {
	r := o.(*fyne.Container).Layout.(topicRowLayout).r
	k := topicKey(id)
	// Setting a label's text shapes it again even when it is the same;
	// the tree updates every visible row on each selection.
	setText(r.name, t.ws.topicName(k))
	if bold := k == topicAll; r.name.TextStyle.Bold != bold {
		r.name.TextStyle.Bold = bold
		r.name.Refresh()
	}
	v := ""
	if a, ok := t.ws.data.assessments[k.id()]; ok && k.id() != 0 {
		v = string(a.Verdict)
	}
	r.set(t.counts(k), t.open(k), t.colours(), v)
}

// setText shows s, a name or a text from the project, on l (through
// widgets.Visible).
func setText(l *widget.Label, s string) {
	s = widgets.Visible(s)
	if l.Text != s {
		l.SetText(s)
	}
}

// counts are the statements each column's party holds on topic k,
// subtopics included, in column order.
func (t *topicTree) counts(k topicKey) []int {
	d := t.ws.data
	return t.perColumn(k, d.total, d.noTopic, d.counts)
}

// open are the unanswered statements of each column's party on topic k,
// subtopics included, in column order.
func (t *topicTree) open(k topicKey) []int {
	d := t.ws.data
	return t.perColumn(k, d.openTotal, d.openNoTopic, d.openCounts)
}

// perColumn reads one figure per column's party for topic k: from all
// (every topic), none (no topic) or byTopic (topic → party).
func (t *topicTree) perColumn(k topicKey, all, none map[int64]int, byTopic map[int64]map[int64]int) []int {
	n := make([]int, 0, len(t.ws.columns))
	for _, p := range t.ws.columns {
		switch k {
		case topicAll:
			n = append(n, all[p])
		case topicNone:
			n = append(n, none[p])
		default:
			n = append(n, byTopic[k.id()][p])
		}
	}
	return n
}

// countText is "12 · 9", the counts in words for tests and summaries.
func (t *topicTree) countText(k topicKey) string {
	parts := make([]string, 0, len(t.ws.columns))
	for _, n := range t.counts(k) {
		parts = append(parts, fmt.Sprint(n))
	}
	return strings.Join(parts, " · ")
}

// colours are the column parties' colours, in column order.
func (t *topicTree) colours() []color.Color {
	c := make([]color.Color, len(t.ws.columns))
	for i, p := range t.ws.columns {
		c[i] = hexColor(t.ws.data.partyByID[p].Color)
	}
	return c
}

// apply rebuilds the tree from the loaded topics and selects the current
// topic.
func (t *topicTree) apply() {
	d := t.ws.data
	kids := map[string][]string{"": {string(topicAll)}}
	hasNone := false
	for _, n := range d.noTopic {
		hasNone = hasNone || n > 0
	}
	// "No topic" comes right after "All topics": statements without a
	// topic, typically fresh from an import, want the analyst's attention.
	if hasNone || t.ws.topic == topicNone {
		kids[""] = append(kids[""], string(topicNone))
	}
	for _, tp := range d.topics {
		parent := ""
		if tp.ParentID != nil {
			parent = string(topicKeyOf(tp.ParentID))
		}
		kids[parent] = append(kids[parent], string(topicKeyOf(&tp.ID)))
	}
	first := len(t.kids) == 0
	t.kids = kids
	most, open := 0, 0
	for _, p := range t.ws.columns {
		most, open = max(most, d.total[p]), max(open, d.openTotal[p])
	}
	// The slot only grows while the project is open (a new project builds
	// a new tree): the topic pane keeps its width when another dialogue,
	// an edit or an import changes the counts.
	t.slot = max(t.slot, countSlotWidth(countLabel(most, open)))
	if k := t.ws.topic; k != topicAll && k != topicNone {
		if _, ok := d.topicByID[k.id()]; !ok {
			t.ws.topic = topicAll
		}
	}
	t.applying = true
	t.fitLines(t.tree.Size().Width)
	t.tree.Refresh()
	if first {
		t.tree.OpenAllBranches()
	}
	t.openTo(t.ws.topic)
	t.tree.Select(string(t.ws.topic))
	t.applying = false
	// Longer names or another column ask for another width.
	if w := t.naturalWidth(); w != t.natural && t.ws.panes != nil {
		t.natural = w
		t.ws.panes.Refresh()
	}
}

// openTo opens the branches above topic k so that it can be seen.
func (t *topicTree) openTo(k topicKey) {
	tp, ok := t.ws.data.topicByID[k.id()]
	for depth := 0; ok && tp.ParentID != nil && depth < 64; depth++ {
		t.tree.OpenBranch(string(topicKeyOf(tp.ParentID)))
		tp, ok = t.ws.data.topicByID[*tp.ParentID]
	}
}

func (t *topicTree) onSelected(id widget.TreeNodeID) {
	if t.applying || topicKey(id) == t.ws.topic {
		return
	}
	t.ws.showTopic(topicKey(id))
}

// showTopic switches the columns to topic k.
func (ws *Workspace) showTopic(k topicKey) {
	ws.topic = k
	// The detail pane never shows a statement the columns do not hold:
	// a statement of another topic is let go, and the pane shows the new
	// topic's summary until the user picks one of its statements. During
	// "Link to…" it stays: the user is looking for its partner elsewhere.
	if d := ws.data.detail; d != nil && ws.linkFrom == 0 && !ws.topicHolds(k, d.view.TopicID) {
		ws.selected = 0
	}
	ws.assess.apply()
	ws.load(loadColumns)
}

// topicHolds reports whether topic k's columns show statements on topic
// tid (nil: no topic); a topic shows those of its subtopics too.
func (ws *Workspace) topicHolds(k topicKey, tid *int64) bool {
	switch k {
	case topicAll:
		return true
	case topicNone:
		return tid == nil
	}
	if tid == nil {
		return false
	}
	for _, id := range subtree(ws.data.topics, k.id()) {
		if id == *tid {
			return true
		}
	}
	return false
}

// maxTreeWidth caps the width the tree asks for: a longer name wraps
// onto a second line (see fitLines) rather than squeeze the columns.
const maxTreeWidth = 420

// naturalWidth is the width at which every row of the tree shows its whole
// name, its counts and its verdict dot: what Fyne's tree gives a row
// (indent, expander) plus the name's label and the row's right part.
func (t *topicTree) naturalWidth() float32 {
	return min(t.widestRow()+theme.Padding(), maxTreeWidth)
}
