package app

import (
	"fmt"
	"image/color"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"parley/widgets"
)

// topicSummary is what the statement pane shows while no statement is
// selected: the topic at a glance (each side's count, the verdict) and the
// keys that work here, so that the pane is never a blank quarter of the
// window and does not change its width when a statement is chosen.
type topicSummary struct {
	ws      *Workspace
	title   *widget.Label
	parties *fyne.Container
	badge   *widgets.VerdictBadge
	verdict *widget.Label
	box     *fyne.Container
}

// keyHints are the keys of the compare view, in words the bundled font can
// draw on every platform.
var keyHints = [][2]string{
	{"Up, Down", "previous or next statement"},
	{"Left, Right, Tab", "next column"},
	{"Ctrl+F", "find in the project"},
	{"Ctrl+T", "tag the selected statement"},
	{"Ctrl+N", "add a note to it"},
	{"Ctrl+L", "link it to another"},
	{"A, D", "accept or dismiss its suggested link"},
	{"Ctrl+U", "only the unanswered points"},
	{"Ctrl+Shift+N", "a new statement"},
	{"Ctrl+Z", "undo"},
}

func newTopicSummary(ws *Workspace) *topicSummary {
	s := &topicSummary{ws: ws, parties: container.NewVBox(), badge: widgets.NewVerdictBadge("")}
	s.title = widget.NewLabelWithStyle("", fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	s.title.Wrapping = fyne.TextWrapWord
	s.verdict = widget.NewLabel("")
	s.verdict.Wrapping = fyne.TextWrapWord
	hint := widget.NewLabel("Select a statement to read and edit it here.")
	hint.Wrapping = fyne.TextWrapWord
	keys := container.New(layout.NewFormLayout())
	for _, k := range keyHints {
		key := widget.NewLabelWithStyle(k[0], fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
		key.SizeName = theme.SizeNameCaptionText
		what := widget.NewLabel(k[1])
		what.SizeName = theme.SizeNameCaptionText
		what.Wrapping = fyne.TextWrapWord
		keys.Add(key)
		keys.Add(what)
	}
	s.box = container.NewVBox(s.title, s.parties,
		container.NewHBox(s.badge), s.verdict,
		widget.NewSeparator(), hint, keys)
	return s
}

func (s *topicSummary) object() fyne.CanvasObject { return s.box }

// apply shows the current topic of the current dialogue.
func (s *topicSummary) apply() {
	ws := s.ws
	k := ws.topic
	setText(s.title, ws.topicName(k))
	counts, open := ws.tree.counts(k), ws.tree.open(k)
	colours := ws.tree.colours()
	rows := make([]fyne.CanvasObject, len(counts))
	for i, n := range counts {
		dot := canvas.NewCircle(colours[i])
		name := widget.NewLabel(widgets.Visible(ws.data.partyByID[ws.columns[i]].Name))
		// A party named as its office would widen the pane past the
		// window: the name is cut beyond summaryNameWidth (the column's
		// head shows it whole), and a short name keeps its width, which
		// keeps the pane as wide as the detail editor needs (a cut name
		// is cut even given its whole width, hence only a long one is).
		var shown fyne.CanvasObject = name
		if name.MinSize().Width > summaryNameWidth {
			name.Truncation = fyne.TextTruncateEllipsis
			room := canvas.NewRectangle(color.Transparent)
			room.SetMinSize(fyne.NewSize(summaryNameWidth, 0))
			shown = container.NewStack(room, name)
		}
		num := widget.NewLabel(statementsText(n))
		rows[i] = container.NewBorder(nil, nil, container.NewCenter(fixedSize(dot, dotSize+2)), num, shown)
		if open[i] > 0 {
			// The tree's "6·2" in words, on a line of its own so that the
			// pane stays narrow, in the warning colour as in the tree.
			u := widget.NewLabel(fmt.Sprintf("%d unanswered", open[i]))
			u.Importance = widget.WarningImportance
			rows[i] = container.NewVBox(rows[i], container.NewBorder(nil, nil, nil, u))
		}
	}
	s.parties.Objects = rows
	s.parties.Refresh()
	a, ok := ws.data.assessments[k.id()]
	switch {
	case k == topicAll || k == topicNone:
		s.badge.Hide()
		setText(s.verdict, "Choose a topic to see how far the sides converge on it.")
	case !ok:
		s.badge.Hide()
		setText(s.verdict, "Not assessed yet: judge it under Assessment, left.")
	default:
		s.badge.SetVerdict(string(a.Verdict))
		s.badge.Show()
		setText(s.verdict, a.Text)
	}
	if ok && a.Text == "" {
		s.verdict.Hide()
	} else {
		s.verdict.Show()
	}
	// The rows' count changes with the columns (a second side imported):
	// laying out only the rows drew them over the verdict below them.
	s.box.Refresh()
}

// isAre is the verb that agrees with a count of n.
func isAre(n int64) string {
	if n == 1 {
		return "is"
	}
	return "are"
}

func statementsText(n int) string {
	if n == 1 {
		return "1 statement"
	}
	return fmt.Sprintf("%d statements", n)
}

// fixedSize gives o the size d×d in layouts that ask for minimum sizes.
// summaryNameWidth is the most a party's name takes in the topic summary
// before it is cut.
const summaryNameWidth = 150

func fixedSize(o fyne.CanvasObject, d float32) fyne.CanvasObject {
	r := canvas.NewRectangle(color.Transparent)
	r.SetMinSize(fyne.NewSize(d, d))
	return container.NewStack(r, o)
}
