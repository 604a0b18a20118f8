package app

import (
	"context"
	"fmt"
	"image/color"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"parley/app/ingest"
	"parley/storage"
	"parley/widgets"
)

// reviewScreen is the import review: the source text with every proposed
// statement tinted in its party's colour beside the list of proposals,
// and an editor for the selected one. It stores nothing until the analyst
// says so.
type reviewScreen struct {
	svc        *services
	win        fyne.Window // the review's own window; svc.win is the main one
	st         *storage.Store
	p          *ingest.Proposer
	d          *ingest.Draft
	dialogueID int64
	onDone     func()
	sel        int
	recent     []string // topics used last, for the digit keys
	topicPaths []string
	dialogues  []storage.Dialogue

	src     *reviewText
	list    *reviewList
	ed      *reviewEditor
	meta    *reviewMeta
	summary *widget.Label
	recentL *widget.Label
	hintRow *fyne.Container // the recent topics and the keys, one line
	newL    *widget.Label
	bar     *widget.ProgressBar
	storeB  *widget.Button
	busy    bool
	colors  map[string]color.Color // partyColor's gazetteer colours by party name; nil: none
}

// showReview opens the review window for a draft the import proposed.
// job.onDone runs after the accepted statements were stored.
func showReview(svc *services, res proposed, job importJob) {
	r := newReviewScreen(svc, res, job)
	r.win.Show()
}

func newReviewScreen(svc *services, res proposed, job importJob) *reviewScreen {
	r := &reviewScreen{svc: svc, st: svc.store(), p: res.p, d: res.draft, dialogueID: job.dialogueID, onDone: job.onDone,
		colors: map[string]color.Color{}, topicPaths: res.lists.topicPaths, dialogues: res.lists.dialogues}
	r.win = fyne.CurrentApp().NewWindow("Review import: " + widgets.Visible(r.d.Doc.Title))
	r.win.SetContent(r.build())
	r.win.Resize(fitScreen(fyne.NewSize(1360, 860), svc.screen))
	r.win.Canvas().SetOnTypedKey(r.onTypedKey)
	r.win.Canvas().SetOnTypedRune(r.onTypedRune)
	r.selectProposal(r.firstOpen())
	r.src.layOut(svc.run, r.d.Doc.Text, func() {
		if r.sel < len(r.d.Proposals) {
			r.src.reveal(r.d.Proposals[r.sel].Start)
		}
	})
	return r
}

// showError tells the user what failed, over the review window.
func (r *reviewScreen) showError(what string, err error) { showErrorOn(r.win, what, err) }

func (r *reviewScreen) build() fyne.CanvasObject {
	r.src = newReviewText(func(id int64) { r.selectProposal(int(id) - 1) })
	r.list = newReviewList(func() int { return len(r.d.Proposals) }, r.newRow, r.updateRow, r.onTypedKey, r.onTypedRune)
	r.list.OnSelected = func(i widget.ListItemID) {
		if i != r.sel {
			r.selectProposal(i)
		}
		r.win.Canvas().Unfocus()
	}
	r.ed = newReviewEditor(r)
	r.meta = newReviewMeta(r)
	r.summary = widget.NewLabel("")
	r.recentL = widget.NewLabel("")
	r.recentL.Truncation = fyne.TextTruncateEllipsis
	r.newL = widget.NewLabel("")
	r.newL.Truncation = fyne.TextTruncateEllipsis
	r.bar = widget.NewProgressBar()
	r.bar.Hide()
	r.storeB = widget.NewButtonWithIcon("Store accepted", theme.DocumentSaveIcon(), r.store)
	r.storeB.Importance = widget.HighImportance
	acceptAll := widget.NewButtonWithIcon("Accept all", theme.ConfirmIcon(), r.acceptAll)
	closeB := widget.NewButton("Close without storing", func() { r.win.Close() })
	bottom := container.NewVBox(r.bar, container.NewBorder(nil, nil, r.summary, container.NewHBox(closeB, acceptAll, r.storeB)))
	keys := widget.NewLabelWithStyle("Up/Down · Enter accept · Delete reject · 1–9 topic", fyne.TextAlignTrailing, fyne.TextStyle{})
	keys.Importance = widget.LowImportance
	keys.Truncation = fyne.TextTruncateEllipsis
	r.hintRow = newLineShare(r.recentL, keys)
	right := container.NewBorder(nil, container.NewVBox(widget.NewSeparator(), r.ed.object(), r.hintRow), nil, nil, r.list)
	split := container.NewHSplit(r.src.object(), right)
	split.SetOffset(0.46)
	return container.NewBorder(container.NewVBox(r.meta.object(), r.newL), bottom, nil, nil, split)
}

func (r *reviewScreen) newRow() fyne.CanvasObject {
	sw := canvas.NewRectangle(color.Transparent)
	sw.SetMinSize(fyne.NewSize(6, 28))
	state := widget.NewIcon(nil)
	head := widget.NewLabel("")
	head.TextStyle.Bold = true
	body := widget.NewLabel("")
	body.Truncation = fyne.TextTruncateEllipsis
	return container.NewBorder(nil, nil, container.NewHBox(sw, state), nil, container.New(twoLines{}, head, body))
}

func (r *reviewScreen) updateRow(i widget.ListItemID, o fyne.CanvasObject) {
	pr := r.d.Proposals[i]
	c := o.(*fyne.Container)
	left := c.Objects[1].(*fyne.Container)
	left.Objects[0].(*canvas.Rectangle).FillColor = r.partyColor(pr.Parties)
	left.Objects[0].Refresh()
	left.Objects[1].(*widget.Icon).SetResource(reviewStatusIcon(pr))
	lines := c.Objects[0].(*fyne.Container)
	lines.Objects[0].(*widget.Label).SetText(widgets.Visible(reviewHeadline(pr)))
	// One line: a proposal that spans a line break (a title and the
	// sentence after it) drew its second line over the next row.
	lines.Objects[1].(*widget.Label).SetText(widgets.Visible(strings.Join(strings.Fields(pr.Text), " ")))
}

// reviewHeadline is a proposal in one line: parties, speaker, kind, topic.
func reviewHeadline(pr ingest.Proposal) string {
	if pr.Skip && pr.Status != ingest.Accepted {
		return "skipped · " + strings.TrimPrefix(firstReason(pr), "skipped: ")
	}
	parts := []string{orNone(strings.Join(pr.Parties, " + "), "no party")}
	if pr.Speaker != nil {
		parts[0] += " (" + pr.Speaker.Name + ")"
	}
	parts = append(parts, kindLabel(pr.Kind), orNone(pr.Topic, "no topic"))
	return strings.Join(parts, " · ")
}

func firstReason(pr ingest.Proposal) string {
	if len(pr.Reasons) == 0 {
		return ""
	}
	return pr.Reasons[0]
}

func orNone(s, none string) string {
	if s == "" {
		return none
	}
	return s
}

func reviewStatusIcon(pr ingest.Proposal) fyne.Resource {
	switch {
	case pr.Status == ingest.Accepted:
		return theme.ConfirmIcon()
	case pr.Status == ingest.Rejected:
		return theme.CancelIcon()
	case pr.Skip:
		return theme.MoreHorizontalIcon()
	}
	return theme.RadioButtonIcon()
}

// partyColor is the colour of the first of parties (the project's colour
// if it has the party, else the gazetteer's).
func (r *reviewScreen) partyColor(parties []string) color.Color {
	if len(parties) == 0 {
		return theme.Color(theme.ColorNameDisabled)
	}
	c, ok := r.colors[parties[0]]
	if !ok {
		// Looked up once per name: refresh tints every proposal, tens
		// of thousands in a long readout, on each key.
		if e := r.p.Gaz.Lookup(parties[0]); e != nil && e.Color != "" {
			c = hexColor(e.Color)
		}
		r.colors[parties[0]] = c
	}
	if c == nil {
		return theme.Color(theme.ColorNamePrimary)
	}
	return c
}

// refresh redraws spans, list and summary after a change.
func (r *reviewScreen) refresh() {
	spans := make([]widgets.Span, 0, len(r.d.Proposals))
	accepted, open := 0, 0
	for i, pr := range r.d.Proposals {
		if pr.Status == ingest.Accepted {
			accepted++
		}
		if pr.Status == ingest.Proposed && !pr.Skip {
			open++
		}
		if pr.Status == ingest.Rejected || pr.Skip && pr.Status != ingest.Accepted {
			continue
		}
		sp := widgets.Span{Start: pr.Start, End: pr.End, Color: r.partyColor(pr.Parties), ID: int64(i + 1)}
		for j := 1; j < len(pr.Parties); j++ { // a joint proposal in each party's colour
			sp.More = append(sp.More, r.partyColor(pr.Parties[j:]))
		}
		spans = append(spans, sp)
	}
	r.src.setSpans(spans, int64(r.sel+1))
	r.list.Refresh()
	r.summary.SetText(fmt.Sprintf("%s · %d accepted · %d still open", plural(len(r.d.Proposals), "sentence"), accepted, open))
	r.storeB.SetText(fmt.Sprintf("Store %d accepted", accepted))
	if accepted == 0 || r.busy {
		r.storeB.Disable()
	} else {
		r.storeB.Enable()
	}
	if t := r.recentText(); t != r.recentL.Text {
		r.recentL.SetText(t)
		r.hintRow.Refresh() // the topics' width changed
	}
	r.newL.SetText(r.newcomersText())
}

// newcomersText says who wrote the source and which parties and speakers
// it brings that the project does not have yet; storing creates them.
func (r *reviewScreen) newcomersText() string {
	author := r.d.Author
	if author == "" {
		author = "an unknown author"
	}
	by := "Written by " + author + ". "
	parties, speakers := r.d.Newcomers(r.p.Gaz, true)
	if len(parties)+len(speakers) == 0 {
		return widgets.Visible(by + "Every party and speaker named here is already in the project.")
	}
	var parts []string
	if len(parties) > 0 {
		parts = append(parts, "parties "+strings.Join(parties, ", "))
	}
	if len(speakers) > 0 {
		parts = append(parts, "speakers "+strings.Join(speakers, ", "))
	}
	return widgets.Visible(by + "New to the project (created when stored): " + strings.Join(parts, "; "))
}

func (r *reviewScreen) recentText() string {
	if len(r.recent) == 0 {
		return "Recent topics: none yet"
	}
	var b strings.Builder
	b.WriteString("Recent topics: ")
	for i, t := range r.recent {
		if i > 0 {
			b.WriteString(" · ")
		}
		fmt.Fprintf(&b, "%d %s", i+1, t)
	}
	return widgets.Visible(b.String())
}

func (r *reviewScreen) selectProposal(i int) {
	if i < 0 || i >= len(r.d.Proposals) {
		return
	}
	r.sel = i
	r.list.Select(i)
	r.list.ScrollTo(i)
	r.ed.show(r.d.Proposals[i])
	r.refresh()
	r.src.reveal(r.d.Proposals[i].Start)
}

func (r *reviewScreen) firstOpen() int {
	for i, pr := range r.d.Proposals {
		if !pr.Skip {
			return i
		}
	}
	return 0
}

// setStatus marks the selected proposal and moves on to the next one.
func (r *reviewScreen) setStatus(s ingest.Status) {
	if r.sel >= len(r.d.Proposals) || r.busy {
		return
	}
	r.d.Proposals[r.sel].Status = s
	if s == ingest.Accepted {
		r.useTopic(r.d.Proposals[r.sel].Topic)
	}
	if r.sel+1 < len(r.d.Proposals) {
		r.selectProposal(r.sel + 1)
		return
	}
	r.refresh()
}

func (r *reviewScreen) acceptAll() {
	for i := range r.d.Proposals {
		if pr := &r.d.Proposals[i]; pr.Chosen(true) {
			pr.Status = ingest.Accepted
		}
	}
	r.refresh()
}

// useTopic puts a topic first among the recent ones (at most nine).
func (r *reviewScreen) useTopic(t string) {
	if t == "" {
		return
	}
	out := []string{t}
	for _, x := range r.recent {
		if x != t && len(out) < 9 {
			out = append(out, x)
		}
	}
	r.recent = out
}

func (r *reviewScreen) onTypedKey(ev *fyne.KeyEvent) {
	switch ev.Name {
	case fyne.KeyUp:
		r.selectProposal(r.sel - 1)
	case fyne.KeyDown:
		r.selectProposal(r.sel + 1)
	case fyne.KeyReturn, fyne.KeyEnter:
		r.setStatus(ingest.Accepted)
	case fyne.KeyDelete, fyne.KeyBackspace:
		r.setStatus(ingest.Rejected)
	}
}

func (r *reviewScreen) onTypedRune(c rune) {
	if c < '1' || c > '9' || r.busy || int(c-'1') >= len(r.recent) || r.sel >= len(r.d.Proposals) {
		return
	}
	r.ed.setTopic(r.recent[c-'1'])
}

// store saves the accepted proposals in one transaction, on the runner,
// with a progress bar; the window closes when it is done.
func (r *reviewScreen) store() {
	to, err := r.meta.target()
	if err != nil {
		r.showError("Could not store the import", err)
		return
	}
	r.meta.apply()
	r.busy = true
	r.bar.Show()
	r.refresh()
	var res storage.ImportResult
	r.svc.run.run(func() {
		res, err = r.d.Store(context.Background(), r.st, r.p, to, false, func(done, total int) {
			fyne.Do(func() { r.bar.SetValue(float64(done) / float64(max(total, 1))) })
		})
	}, func() {
		r.busy = false
		r.bar.Hide()
		if err != nil {
			r.refresh()
			r.showError("Could not store the import", err)
			return
		}
		r.win.Close()
		showModal(r.svc.win, dialog.NewInformation("Import stored", widgets.Visible(fmt.Sprintf("Stored %s from “%s”.", statementsText(len(res.StatementIDs)), r.d.Doc.Title)), r.svc.win))
		if r.onDone != nil {
			r.onDone()
		}
	})
}
