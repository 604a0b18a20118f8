package app

import (
	"context"
	"fmt"
	"image/color"
	"strings"
	"sync/atomic"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"parley/app/ingest"
	"parley/storage"
	"parley/widgets"
)

// SourcesView shows the sources of a dialogue: the text of the chosen one
// with every coded span tinted in its party's colour. Tapping a sentence
// that is not coded selects it; the selection can grow sentence by
// sentence and be made a statement.
type SourcesView struct {
	svc        *services
	vocab      *viewData // the workspace's loaded lists: speakers, topics
	win        fyne.Window
	st         *storage.Store // the project the view was built for
	dialogueID int64
	sources    []storage.Source
	cur        storage.Source
	runes      []rune
	segs       []ingest.Segment
	views      []storage.StatementView
	parties    map[int64]storage.Party
	selFrom    int // segment indexes of the selection; selFrom < 0: none
	selTo      int
	opening    atomic.Int64 // counts the sources asked for: only the last one asked is shown
	shown      int64        // the source on screen, 0: none

	list    *widget.List
	empty   *widget.Label // in place of the list while the dialogue has no source
	text    *widgets.HighlightedText
	scroll  *container.Scroll
	busy    *widget.ProgressBarInfinite
	info    *widget.Label
	extendB *widget.Button
	makeB   *widget.Button
	root    fyne.CanvasObject
}

// newSourcesView returns the view of the open project; call Refresh with
// a dialogue to fill it.
func newSourcesView(svc *services, vocab *viewData) *SourcesView {
	v := &SourcesView{svc: svc, vocab: vocab, win: svc.win, st: svc.store(), selFrom: -1, parties: map[int64]storage.Party{}}
	v.list = widget.NewList(func() int { return len(v.sources) }, newSourceRow, func(i widget.ListItemID, o fyne.CanvasObject) {
		s := v.sources[i]
		setText(o.(*fyne.Container).Objects[1].(*widget.Label), strings.TrimSpace(s.PublishedOn+"  "+s.Title))
	})
	v.list.OnSelected = func(i widget.ListItemID) { v.open(v.sources[i].ID) }
	v.text = widgets.NewHighlightedText("", nil)
	v.text.OnSpanTapped = v.onSpanTapped
	v.info = widget.NewLabel("Choose a source on the left.")
	v.info.Wrapping = fyne.TextWrapWord
	v.extendB = widget.NewButtonWithIcon("Extend to next sentence", theme.ContentAddIcon(), v.extend)
	v.makeB = widget.NewButtonWithIcon("Make statement…", theme.DocumentCreateIcon(), v.askStatement)
	v.makeB.Importance = widget.HighImportance
	v.busy = widget.NewProgressBarInfinite()
	v.busy.Hide()
	importB := widget.NewButtonWithIcon("Import…", theme.FolderOpenIcon(), func() {
		askImport(v.svc, v.dialogueID, func() { v.Refresh(v.dialogueID) })
	})
	// An empty list was a blank pane: the only word of what to do was a
	// line at the foot of the text, far from the Import… button.
	v.empty = widget.NewLabel(noSourcesYet)
	v.empty.Wrapping = fyne.TextWrapWord
	v.empty.Importance = widget.LowImportance
	v.empty.Hide()
	left := container.NewBorder(nil, importB, nil, nil, container.NewStack(v.list, container.NewVBox(v.empty)))
	// The buttons keep their height at the top of the info's lines: in a
	// window of 1024 px the info wraps on five, and the buttons stretched
	// down all of them.
	actions := container.NewBorder(v.busy, nil, nil, container.NewVBox(container.NewHBox(v.extendB, v.makeB)), v.info)
	v.scroll = container.NewVScroll(v.text)
	// Only the lines on screen are drawn: a source of megabytes has
	// a hundred thousand of them.
	v.scroll.OnScrolled = func(p fyne.Position) { v.text.SetViewport(p.Y, v.scroll.Size().Height) }
	v.text.SetViewport(0, 1)
	right := container.NewBorder(nil, actions, nil, nil, v.scroll)
	split := container.NewHSplit(left, right)
	split.SetOffset(0.25)
	v.root = split
	v.updateButtons()
	return v
}

// noSourcesYet is what the source list says while it is empty.
const noSourcesYet = "No sources in this dialogue yet. Import… below reads a readout (a file, or text pasted from a web page) and proposes its statements for you to review."

// newSourceRow is a row of the source list: two lines, so that a readout's
// title (they are long: "China Emphasizes Its Human Rights Stance at
// China-EU Dialogue") can be told from the next one's.
func newSourceRow() fyne.CanvasObject {
	l := widget.NewLabel("")
	l.Wrapping = fyne.TextWrapWord
	l.Truncation = fyne.TextTruncateEllipsis
	two := widget.NewLabel("1\n2")
	sizer := canvas.NewRectangle(color.Transparent)
	sizer.SetMinSize(fyne.NewSize(0, two.MinSize().Height))
	return container.NewStack(sizer, l)
}

// CanvasObject is the view's content, for a tab.
func (v *SourcesView) CanvasObject() fyne.CanvasObject { return v.root }

// Refresh reloads the sources of a dialogue (0: all) and the open source,
// reading them on the runner.
func (v *SourcesView) Refresh(dialogueID int64) {
	var srcs []storage.Source
	var parties []storage.Party
	var err error
	v.svc.run.run(func() {
		err = v.st.Read(context.Background(), func(ctx context.Context) error {
			var err error
			if srcs, err = v.st.Sources(ctx, dialogueID); err == nil {
				parties, err = v.st.Parties(ctx)
			}
			return err
		})
	}, func() {
		if err != nil {
			v.svc.showError("Could not list the sources", err)
			return
		}
		v.showSources(dialogueID, srcs, parties)
	})
}

// showSources lists the sources read by Refresh and opens the one open
// before, else the first.
func (v *SourcesView) showSources(dialogueID int64, srcs []storage.Source, parties []storage.Party) {
	v.dialogueID = dialogueID
	v.sources = srcs
	v.list.Refresh()
	if len(srcs) == 0 {
		v.empty.Show()
	} else {
		v.empty.Hide()
	}
	for _, p := range parties {
		v.parties[p.ID] = p
	}
	for i, s := range srcs {
		if s.ID == v.cur.ID {
			v.list.Select(i)
			v.open(s.ID)
			return
		}
	}
	if len(srcs) > 0 {
		v.list.Select(0)
		return
	}
	v.opening.Add(1) // a source being read is no longer wanted
	v.busy.Stop()
	v.busy.Hide()
	v.cur, v.shown, v.runes, v.views = storage.Source{}, 0, nil, nil
	v.text.SetText("", nil)
	v.info.SetText("No sources yet: Import… reads a readout and proposes its statements.")
	v.updateButtons()
}

// open shows a source with its coded spans. The source and the statements
// coded in it are read, and its text split into sentences and measured,
// on the runner: a readout pasted as one big text is megabytes, which
// take seconds to lay out. Meanwhile the view says so with a progress
// bar; a source chosen meanwhile wins over this one.
func (v *SourcesView) open(id int64) {
	ticket := v.opening.Add(1)
	size := v.text.TextSize()
	v.cur.ID = id
	if id != v.shown { // the source shown again (a statement made in it) stays while it is read
		v.shown, v.runes, v.segs, v.views, v.selFrom = 0, nil, nil, nil, -1
		v.text.SetText("", nil)
	}
	v.info.SetText("Laying out the source…")
	v.busy.Show()
	v.busy.Start()
	v.updateButtons()
	var src storage.Source
	var coded []storage.StatementView
	var lay sourceLayout
	var err error
	v.svc.run.run(func() {
		// One read transaction: the spans drawn are those of this text.
		err = v.st.Read(context.Background(), func(ctx context.Context) error {
			var err error
			if src, err = v.st.Source(ctx, id); err == nil {
				coded, err = v.st.StatementViews(ctx, storage.StatementFilter{SourceID: id}, 0)
			}
			return err
		})
		if err == nil && ticket == v.opening.Load() {
			lay = layOut(src.Text, size)
		}
	}, func() {
		if ticket != v.opening.Load() {
			return // another source was chosen meanwhile
		}
		v.busy.Stop()
		v.busy.Hide()
		if err != nil {
			v.info.SetText("Could not open the source.")
			v.svc.showError("Could not open the source", err)
			return
		}
		v.showSource(src, coded, lay)
	})
}

// sourceLayout is what showing a source needs that takes long on a big
// text, prepared on the runner.
type sourceLayout struct {
	runes []rune
	segs  []ingest.Segment
	text  *widgets.PreparedText
}

func layOut(text string, size float32) sourceLayout {
	runes := []rune(text)
	return sourceLayout{runes: runes, segs: ingest.SegmentRunes(runes), text: widgets.PrepareText(text, size)}
}

// showSource draws a source read and laid out by open.
func (v *SourcesView) showSource(src storage.Source, coded []storage.StatementView, lay sourceLayout) {
	v.views = v.views[:0]
	for _, s := range coded {
		if s.End > s.Start {
			v.views = append(v.views, s)
		}
	}
	v.cur, v.runes, v.segs = src, lay.runes, lay.segs
	v.selFrom = -1
	if src.ID != v.shown {
		v.shown = src.ID
		v.scroll.ScrollToTop()
		v.text.SetViewport(0, v.scroll.Size().Height)
	}
	v.text.SetPrepared(src.Text, lay.text, v.spans())
	v.scroll.Refresh() // the scroll takes the text's new height
	count := fmt.Sprintf("%d coded statements", len(v.views))
	if len(v.views) == 1 {
		count = "1 coded statement"
	}
	v.info.SetText(widgets.Visible(fmt.Sprintf("%s · %s · %s. Tap a sentence that is not coded to select it.",
		src.Title, orNone(src.Publisher, "no publisher"), count)))
	v.updateButtons()
}

// spans are the coded statements in their parties' colours (a joint
// statement in each of them), the selection, and every other sentence as
// an invisible span so that a tap finds it.
func (v *SourcesView) spans() []widgets.Span {
	var out []widgets.Span
	coded := make([]bool, len(v.runes)+1)
	for _, s := range v.views {
		sp := widgets.Span{Start: s.Start, End: min(s.End, len(v.runes)), Color: theme.Color(theme.ColorNameDisabled), ID: s.ID}
		for i, id := range s.PartyIDs {
			if i == 0 {
				sp.Color = hexColor(v.parties[id].Color)
			} else {
				sp.More = append(sp.More, hexColor(v.parties[id].Color))
			}
		}
		out = append(out, sp)
		for i := s.Start; i < s.End && i < len(coded); i++ {
			coded[i] = true
		}
	}
	for i, g := range v.segs {
		if coded[g.Start] || coded[g.End-1] {
			continue
		}
		sel := v.selFrom >= 0 && i >= v.selFrom && i <= v.selTo
		out = append(out, widgets.Span{Start: g.Start, End: g.End, Color: color.Transparent, ID: -int64(i + 1), Selected: sel})
	}
	return out
}

func (v *SourcesView) onSpanTapped(id int64) {
	if id < 0 {
		v.selFrom, v.selTo = int(-id-1), int(-id-1)
		v.text.SelectedID = 0 // one selection at a time: the sentence, not a statement
		v.text.SetSpans(v.spans())
		v.info.SetText("Selected: " + clip(v.selectionText(), selectionShown))
		v.updateButtons()
		return
	}
	for _, s := range v.views {
		if s.ID == id {
			who := v.partyNames(s.PartyIDs)
			if s.SpeakerName != "" {
				who += " (" + s.SpeakerName + ")"
			}
			v.info.SetText(widgets.Visible(fmt.Sprintf("%s · %s: %s", who, kindLabel(s.Kind), s.Text)))
		}
	}
	v.selFrom = -1 // one selection at a time: the statement, not a sentence
	v.text.SelectedID = id
	v.text.SetSpans(v.spans())
	v.updateButtons()
}

func (v *SourcesView) partyNames(ids []int64) string {
	var names []string
	for _, id := range ids {
		names = append(names, v.parties[id].Name)
	}
	return orNone(strings.Join(names, " + "), "no party")
}

// selectionShown caps the selection quoted on the info line: a sentence
// of a readout pasted as one line is megabytes, which a label lays out for
// minutes, and the line is there to say what is selected, not to read it.
const selectionShown = 600

func (v *SourcesView) selectionText() string {
	if v.selFrom < 0 {
		return ""
	}
	return string(v.runes[v.segs[v.selFrom].Start:v.segs[v.selTo].End])
}

// extend grows the selection to the next sentence.
func (v *SourcesView) extend() {
	if v.selFrom < 0 || v.selTo+1 >= len(v.segs) {
		return
	}
	v.selTo++
	v.text.SetSpans(v.spans())
	v.info.SetText("Selected: " + clip(v.selectionText(), selectionShown))
	v.updateButtons()
}

func (v *SourcesView) updateButtons() {
	if v.selFrom < 0 {
		v.makeB.Disable()
		v.extendB.Disable()
		return
	}
	v.makeB.Enable()
	if v.selTo+1 < len(v.segs) {
		v.extendB.Enable()
	} else {
		v.extendB.Disable()
	}
}
