package app

import (
	"context"
	"fmt"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/widget"

	"parley/storage"
)

// searchPanel is Edit → Find (Ctrl+F): a field over statements, notes and
// sources, results with the matched words in bold; choosing a result
// shows it in the compare view.
type searchPanel struct {
	ws     *Workspace
	here   *widget.Check // only the dialogue shown
	entry  *widget.Entry
	status *widget.Label
	list   *widget.List
	hits   []storage.Hit
	gen    int
	dlg    dialog.Dialog
}

// showSearch opens the search dialog.
func (ws *Workspace) showSearch() {
	if ws.store() == nil {
		return
	}
	s := &searchPanel{ws: ws}
	s.entry = widget.NewEntry()
	s.entry.SetPlaceHolder(`Words, "a phrase", -without, prefix*`)
	s.entry.OnChanged = func(string) { s.run() }
	s.entry.OnSubmitted = func(string) {
		if len(s.hits) > 0 {
			s.choose(0)
		}
	}
	s.status = widget.NewLabel("Search the statements, notes and sources of the project.")
	s.status.Importance = widget.LowImportance
	s.list = widget.NewList(func() int { return len(s.hits) }, s.newRow, s.updateRow)
	s.list.OnSelected = func(i widget.ListItemID) { s.choose(i) }
	s.here = widget.NewCheck("Only in this dialogue (statements and notes)", func(bool) { s.run() })
	body := container.NewBorder(container.NewVBox(s.entry, s.here, s.status), nil, nil, nil, s.list)
	s.dlg = dialog.NewCustom("Find", "Close", body, ws.win)
	s.dlg.Resize(fyne.NewSize(760, 540))
	ws.search = s
	s.dlg.Show()
	ws.win.Canvas().Focus(s.entry)
}

func (s *searchPanel) newRow() fyne.CanvasObject {
	text := widget.NewRichText()
	text.Wrapping = fyne.TextWrapWord
	where := widget.NewLabel("")
	where.Importance = widget.LowImportance // no italic: see theme.go
	where.Truncation = fyne.TextTruncateEllipsis
	return container.NewVBox(where, text)
}

func (s *searchPanel) updateRow(i widget.ListItemID, o fyne.CanvasObject) {
	h := s.hits[i]
	c := o.(*fyne.Container)
	where := hitKindLabel(h.Kind)
	if t := s.ws.dialogueTitle(h.DialogueID); t != "" {
		where += " · " + t
	}
	c.Objects[0].(*widget.Label).SetText(where)
	text := c.Objects[1].(*widget.RichText)
	text.Segments = snippetSegments(h.Snippet)
	text.Refresh()
	s.list.SetItemHeight(i, c.MinSize().Height)
}

// dialogueTitle names a dialogue for a search hit; "" when it has none.
func (ws *Workspace) dialogueTitle(id int64) string {
	for _, d := range ws.data.dialogues {
		if d.ID == id {
			return dialogueLabel(d)
		}
	}
	return ""
}

func hitKindLabel(k storage.HitKind) string {
	switch k {
	case storage.HitNote:
		return "Note"
	case storage.HitSource:
		return "Source"
	}
	return "Statement"
}

// snippetSegments renders a snippet with the matched words, which storage
// brackets with SnippetStart and SnippetEnd, in bold.
func snippetSegments(snip string) []widget.RichTextSegment {
	snip = strings.Join(strings.Fields(snip), " ")
	var segs []widget.RichTextSegment
	for snip != "" {
		i := strings.Index(snip, storage.SnippetStart)
		if i < 0 {
			segs = append(segs, &widget.TextSegment{Text: snip, Style: widget.RichTextStyleInline})
			break
		}
		if i > 0 {
			segs = append(segs, &widget.TextSegment{Text: snip[:i], Style: widget.RichTextStyleInline})
		}
		snip = snip[i+len(storage.SnippetStart):]
		j := strings.Index(snip, storage.SnippetEnd)
		if j < 0 {
			j = len(snip)
		}
		segs = append(segs, &widget.TextSegment{Text: snip[:j], Style: widget.RichTextStyleStrong})
		snip = strings.TrimPrefix(snip[j:], storage.SnippetEnd)
	}
	return segs
}

// run searches for what the field holds; an answer to an older query is
// dropped.
func (s *searchPanel) run() {
	q := strings.TrimSpace(s.entry.Text)
	s.gen++
	gen := s.gen
	if q == "" {
		s.hits = nil
		s.list.Refresh()
		s.status.SetText("Search the statements, notes and sources of the project.")
		return
	}
	var hits []storage.Hit
	var err error
	st := s.ws.store()
	sq := storage.SearchQuery{Query: q, Limit: 100}
	if s.here.Checked {
		sq.Filter.DialogueID = s.ws.dialogueID
	}
	s.ws.run.run(func() {
		hits, err = st.Search(context.Background(), sq)
	}, func() {
		if gen != s.gen {
			return
		}
		s.hits = hits
		s.list.UnselectAll()
		s.list.Refresh()
		s.list.ScrollToTop()
		_, notice := storage.CapQuery(q)
		switch {
		case err != nil && storage.CodeOf(err) == storage.CodeInvalid:
			s.status.SetText(err.Error())
		case err != nil:
			s.status.SetText("The search failed: " + err.Error())
		case len(hits) == 0:
			s.status.SetText("Nothing found.")
		case len(hits) == 100:
			s.status.SetText("The 100 best matches:")
		default:
			s.status.SetText(fmt.Sprintf("%d found:", len(hits)))
		}
		if notice != "" {
			// A pasted page is cut (see storage.CapQuery); say so.
			s.status.SetText(notice + " " + s.status.Text)
		}
	})
}

// choose shows hit i: its statement selected in its dialogue and topic, or
// for a source, its dialogue.
func (s *searchPanel) choose(i int) {
	h := s.hits[i]
	ws := s.ws
	if h.StatementID == 0 {
		if h.DialogueID != 0 && h.DialogueID != ws.dialogueID {
			ws.showDialogue(h.DialogueID)
		}
		ws.showSourceHit(h)
		return
	}
	var v storage.StatementView
	var err error
	ws.run.run(func() { v, err = ws.store().StatementView(context.Background(), h.StatementID) }, func() {
		if err != nil {
			ws.showError("Could not show the result", err)
			return
		}
		s.dlg.Hide()
		ws.goTo(place{dialogueID: v.DialogueID, topic: topicKeyOf(v.TopicID), statementID: v.ID})
	})
}
