package app

import (
	"context"
	"fmt"
	"slices"
	"strings"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"parley/storage"
	"parley/widgets"
)

// searchPanel is Edit → Find (Ctrl+F): a field over statements, notes and
// sources, results with the matched words in bold; choosing a result
// shows it in the compare view.
type searchPanel struct {
	ws     *Workspace
	here   *widget.Check  // only the dialogue shown
	author *widget.Select // only the statements one analyst coded
	// authors are the analysts the choice offers, authorLabels how it
	// shows them.
	authors, authorLabels []string
	entry                 *blurEntry
	status                *widget.Label
	rescue                *fyne.Container // the rescue button, shown when the search index is damaged
	list                  *widget.List
	hits                  []storage.Hit
	held                  map[int64]storage.StatementView // the hits' statements, for their parties and topic
	gen                   int
	answered              int // the gen of the last search answered
	dlg                   dialog.Dialog
}

// searchingAfter is how long a search may take before Find says it is
// searching: said at once, the status changed at every keystroke and the
// lines under it (the rescue button) moved under the pointer.
const searchingAfter = 250 * time.Millisecond

// showSearch opens the search dialog.
func (ws *Workspace) showSearch() {
	if ws.store() == nil {
		return
	}
	prev := ws.search
	s := &searchPanel{ws: ws}
	s.entry = newTextLine()
	s.entry.SetPlaceHolder(`Words, "a phrase", -without, prefix*`)
	s.entry.OnSubmitted = func(string) {
		if len(s.hits) > 0 {
			s.choose(0)
		}
	}
	s.status = widget.NewLabel("Search the statements, notes and sources of the project.")
	s.status.Importance = widget.LowImportance
	s.status.Wrapping = fyne.TextWrapWord
	s.rescue = container.NewHBox(widget.NewButton("Rescue into a new project…", func() {
		s.dlg.Hide()
		ws.askRescue(ws.store().Path())
	}))
	s.rescue.Hide()
	s.list = widget.NewList(func() int { return len(s.hits) }, s.newRow, s.updateRow)
	s.list.OnSelected = func(i widget.ListItemID) { s.choose(i) }
	s.here = widget.NewCheck("Only in this dialogue (statements and notes)", nil)
	s.author = widget.NewSelect([]string{anyone}, nil)
	s.author.SetSelected(anyone)
	filters := container.NewBorder(nil, nil, nil, container.NewHBox(widget.NewLabel("Coded by"), s.author), s.here)
	body := container.NewBorder(container.NewVBox(s.entry, filters, s.status, s.rescue), nil, nil, nil, s.list)
	s.dlg = dialog.NewCustom("Find", "Close", body, ws.win)
	s.dlg.Resize(fyne.NewSize(760, 540))
	ws.search = s
	showModal(ws.win, s.dlg)
	ws.win.Canvas().Focus(s.entry)
	s.loadAuthors(prev)
	if prev != nil { // Find again shows the last query and its results, selected to be typed over
		s.here.SetChecked(prev.here.Checked)
		s.entry.SetText(prev.entry.Text)
		s.entry.TypedShortcut(&fyne.ShortcutSelectAll{})
		s.run()
	}
	s.entry.OnChanged = func(string) { s.run() }
	s.here.OnChanged = func(bool) { s.run() }
	s.author.OnChanged = func(string) { s.run() }
}

// anyone is the author filter's choice that lets every statement through.
const anyone = "Anyone"

// loadAuthors fills the "Coded by" choice with the project's analysts,
// keeping the one chosen last time.
func (s *searchPanel) loadAuthors(prev *searchPanel) {
	st := s.ws.store()
	var names []string
	var err error
	s.ws.run.run(func() { names, err = st.Authors(context.Background()) }, func() {
		if err != nil {
			s.status.SetText("Could not list who coded the statements: " + err.Error())
			return
		}
		// The names come from the project: shown as Visible draws them.
		s.authors = names
		s.authorLabels = newChoiceLabels(make([]int64, len(names)), names).labels
		s.author.Options = append([]string{anyone}, s.authorLabels...)
		s.author.Refresh()
		if prev != nil && prev.author.Selected != anyone && slices.Contains(s.authorLabels, prev.author.Selected) {
			s.author.SetSelected(prev.author.Selected)
		}
	})
}

func (s *searchPanel) newRow() fyne.CanvasObject {
	text := widget.NewRichText()
	text.Wrapping = fyne.TextWrapWord
	where := widget.NewLabel("")
	where.Importance = widget.LowImportance // no italic: see theme.go
	// Wrapped, not cut: at 1024 px a statement's place lost the
	// dialogue's date ("… (Brussels, 20…").
	where.Wrapping = fyne.TextWrapWord
	return container.NewVBox(where, text)
}

func (s *searchPanel) updateRow(i widget.ListItemID, o fyne.CanvasObject) {
	h := s.hits[i]
	c := o.(*fyne.Container)
	c.Objects[0].(*widget.Label).SetText(widgets.Visible(s.where(h)))
	text := c.Objects[1].(*widget.RichText)
	text.Segments = snippetSegments(h.Snippet)
	text.Refresh()
	// The place and the snippet wrap at the row's width, which a row
	// not yet laid out (or laid out before the list was) does not have:
	// their heights are measured at the list's.
	if w := s.list.Size().Width; w > 0 && c.Size().Width != w {
		for _, o := range c.Objects {
			o.Resize(fyne.NewSize(w, o.Size().Height))
		}
	}
	s.list.SetItemHeight(i, c.MinSize().Height)
	// A row the list resizes to the size it had keeps its old layout:
	// lay the place and snippet out again for their heights now.
	c.Layout.Layout(c.Objects, c.Size())
}

// where says what a hit is and where it belongs: for a statement, or a
// note on one, the parties that hold it and its topic, then the dialogue
// ("Statement · China · Human rights › Tibet · 39th …").
func (s *searchPanel) where(h storage.Hit) string {
	parts := []string{hitKindLabel(h.Kind)}
	if v, ok := s.held[h.StatementID]; ok && h.StatementID != 0 {
		var names []string
		for _, id := range v.PartyIDs {
			names = append(names, s.ws.data.partyByID[id].Name)
		}
		parts = append(parts, orNone(strings.Join(names, " + "), "no party"))
		topic := "No topic"
		if v.TopicID != nil {
			topic = strings.ReplaceAll(s.ws.data.paths[*v.TopicID], storage.TopicPathSep, " › ")
		}
		parts = append(parts, topic)
	}
	if t := s.ws.dialogueTitle(h.DialogueID); t != "" {
		parts = append(parts, t)
	}
	return strings.Join(parts, " · ")
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

// matchStyle draws the words a search matched: bold and in the primary
// colour, because Chinese drawn through the system's CJK font shows no
// bold (a match in 西藏的发展 looked like the rest).
var matchStyle = widget.RichTextStyle{Inline: true, TextStyle: fyne.TextStyle{Bold: true}, ColorName: theme.ColorNamePrimary}

// snippetSegments renders a snippet with the matched words, which storage
// brackets with SnippetStart and SnippetEnd, in matchStyle.
func snippetSegments(snip string) []widget.RichTextSegment {
	snip = strings.Join(strings.Fields(snip), " ")
	var segs []widget.RichTextSegment
	for snip != "" {
		i := strings.Index(snip, storage.SnippetStart)
		if i < 0 {
			segs = append(segs, &widget.TextSegment{Text: widgets.Visible(snip), Style: widget.RichTextStyleInline})
			break
		}
		if i > 0 {
			segs = append(segs, &widget.TextSegment{Text: widgets.Visible(snip[:i]), Style: widget.RichTextStyleInline})
		}
		snip = snip[i+len(storage.SnippetStart):]
		j := strings.Index(snip, storage.SnippetEnd)
		if j < 0 {
			j = len(snip)
		}
		segs = append(segs, &widget.TextSegment{Text: widgets.Visible(snip[:j]), Style: matchStyle})
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
	if i := slices.Index(s.authorLabels, s.author.Selected); i >= 0 {
		sq.Filter.Authors = []string{s.authors[i]}
	}
	var held map[int64]storage.StatementView
	// The runner may be busy with other work for seconds: the hint of an
	// empty field under typed words read as if nothing was searched.
	time.AfterFunc(searchingAfter, func() {
		fyne.Do(func() {
			if gen == s.gen && s.answered != gen {
				s.status.SetText("Searching…")
			}
		})
	})
	s.ws.run.run(func() {
		if hits, err = st.Search(context.Background(), sq); err == nil {
			held, err = statementsOf(st, hits)
		}
	}, func() {
		if gen != s.gen {
			return
		}
		s.answered = gen
		s.hits, s.held = hits, held
		s.list.UnselectAll()
		s.list.Refresh()
		s.list.ScrollToTop()
		_, notice := storage.CapQuery(q)
		s.rescue.Hide()
		switch {
		case err != nil && storage.CodeOf(err) == storage.CodeInvalid:
			s.status.SetText(err.Error())
		case storage.CodeOf(err) == storage.CodeIndexDamaged:
			// A rescue copies the data into a new project, which indexes
			// it anew; the damaged file is left as it is.
			s.status.SetText(plainCause(err))
			s.rescue.Show()
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

// statementsOf reads the statements the hits are or annotate, by ID.
func statementsOf(st *storage.Store, hits []storage.Hit) (map[int64]storage.StatementView, error) {
	var ids []int64
	for _, h := range hits {
		if h.StatementID != 0 {
			ids = append(ids, h.StatementID)
		}
	}
	out := map[int64]storage.StatementView{}
	if len(ids) == 0 {
		return out, nil
	}
	views, err := st.StatementViews(context.Background(), storage.StatementFilter{IDs: ids}, 0)
	if err != nil {
		return nil, fmt.Errorf("read the statements found: %w", err)
	}
	for _, v := range views {
		out[v.ID] = v
	}
	return out, nil
}
