package app

import (
	"fmt"
	"unicode/utf8"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"parley/app/ingest"
	"parley/storage"
	"parley/widgets"
)

// detailEditor is the right pane: every field of the selected statement,
// saved the moment it changes.
type detailEditor struct {
	ws         *Workspace
	id         int64  // statement shown
	filling    bool   // true while fields are set from storage, not by the user
	loadedText string // the text as storage had it, to tell the user's edits from it
	// row is the statement as shown, textBase as it was when the text
	// field was filled: an edit is based on what the user saw, so that
	// a save over someone else's newer version is refused, not made.
	row, textBase storage.Statement
	authors       *widget.Label // who coded it, who changed it last

	empty   *topicSummary
	form    *fyne.Container
	title   *widget.Label
	text    *blurEntry
	tooLong *widget.Label // says why a text too long for the field is cut and read-only
	cut     bool          // the field shows only the beginning of the text: never save it
	holders *widget.CheckGroup
	// The labels the choices show, and the IDs they stand for.
	parties, speakers, topics choiceLabels
	holderLabels              choiceLabels // the parties' names cut to holderNameWidth, for Held by
	reported                  *widget.Select
	speaker                   *widget.Select
	topic                     *widget.Select
	kind                      *widget.Select
	tags                      *tagEditor
	notes                     *noteList
	links                     *linkList
	suggest                   *suggestList
	remove                    *widget.Button
	newSpeaker                *widget.Button // Speaker's New…, disabled with the fields on a read-only project
	scroll                    *container.Scroll
	hidden                    *widget.Label     // what the text field holds that it cannot show
	emptyBox                  *container.Scroll // the topic's summary, shown while no statement is selected
	box                       *fyne.Container
}

func newDetailEditor(ws *Workspace) *detailEditor {
	e := &detailEditor{ws: ws}
	e.empty = newTopicSummary(ws)
	e.title = widget.NewLabelWithStyle("Statement", fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	e.authors = widget.NewLabel("")
	e.authors.Wrapping = fyne.TextWrapWord
	e.authors.Importance = widget.LowImportance // no italic: see TestWindowDrawsNoItalic
	e.text = newBlurEntry(true)
	e.text.SetMinRowsVisible(4)
	e.text.onBlur = e.onTextLeft
	e.tooLong = widget.NewLabel("")
	e.tooLong.Wrapping = fyne.TextWrapWord
	e.tooLong.Importance = widget.WarningImportance
	e.tooLong.Hide()
	e.hidden = widget.NewLabel("")
	e.hidden.Wrapping = fyne.TextWrapWord
	e.hidden.Importance = widget.WarningImportance
	e.hidden.Hide()
	e.holders = widget.NewCheckGroup(nil, e.onHoldersChanged)
	e.reported = widget.NewSelect(nil, e.onReportedChanged)
	e.speaker = widget.NewSelect(nil, e.onSpeakerChanged)
	e.topic = widget.NewSelect(nil, e.onTopicChanged)
	e.kind = widget.NewSelect(kindLabels(), e.onKindChanged)
	// A select is at least as wide as its placeholder, and these always
	// show a choice: a blank placeholder (Fyne puts "(Select one)" in place
	// of an empty one) keeps the pane narrow; a long choice is cut with an
	// ellipsis, its list shows it whole.
	for _, s := range []*widget.Select{e.reported, e.speaker, e.topic, e.kind} {
		s.PlaceHolder = " "
	}
	e.tags = newTagEditor(ws)
	e.notes = newNoteList(ws)
	e.links = newLinkList(ws)
	e.suggest = newSuggestList(ws)
	e.remove = widget.NewButton("Delete statement…", e.onDelete)
	e.remove.Importance = widget.DangerImportance
	e.newSpeaker = widget.NewButton("New…", ws.askNewSpeaker)
	// Labels beside the values while the pane is wide enough, above them
	// when it is not; the pane's height changes with the arrangement.
	form := newFields(func() { e.form.Refresh() },
		widget.NewFormItem("Held by", e.holders),
		widget.NewFormItem("Reported by", e.reported),
		widget.NewFormItem("Speaker", container.NewBorder(nil, nil, nil, e.newSpeaker, e.speaker)),
		widget.NewFormItem("Topic", e.topic),
		widget.NewFormItem("Kind", e.kind),
	)
	e.form = container.NewVBox(e.title, e.authors, e.text, e.tooLong, e.hidden, form, e.suggest.object(),
		section("Tags"), e.tags.object(),
		section("Notes"), e.notes.object(),
		section("Links"), e.links.object(),
		widget.NewSeparator(), container.NewHBox(e.remove))
	e.scroll = container.NewVScroll(container.New(newKeepFocusLayout(e), e.form))
	e.emptyBox = container.NewVScroll(container.NewPadded(e.empty.object()))
	e.box = container.NewStack(e.emptyBox, e.scroll)
	e.scroll.Hide()
	return e
}

func section(name string) fyne.CanvasObject {
	return container.NewVBox(widget.NewSeparator(), widget.NewLabelWithStyle(name, fyne.TextAlignLeading, fyne.TextStyle{Bold: true}))
}

func (e *detailEditor) object() fyne.CanvasObject { return e.box }

// apply shows the selected statement as storage returned it.
func (e *detailEditor) apply() {
	d := e.ws.data.detail
	if d == nil {
		e.flushText()
		e.id = 0
		e.scroll.Hide()
		e.empty.apply()
		e.emptyBox.Show()
		return
	}
	v := d.view
	if e.id != 0 && e.id != v.ID {
		e.flushText()
	}
	e.filling = true
	defer func() { e.filling = false }()
	same := e.id == v.ID
	e.id = v.ID
	e.emptyBox.Hide()
	e.scroll.Show()
	e.title.SetText(widgets.Visible(fmt.Sprintf("Statement %d · %s", v.ID, e.ws.holderNames(v.PartyIDs))))
	e.row = d.row
	e.authors.SetText(widgets.Visible(codedBy(d.row)))
	if !same || e.ws.win.Canvas().Focused() != e.text {
		shown, cut := editableText(v.Text)
		e.cut = cut
		e.text.SetText(shown)
		e.loadedText = shown
		e.textBase = d.row
		e.tooLong.Hide()
		if cut {
			e.tooLong.SetText(tooLongToEdit(utf8.RuneCountInString(v.Text)))
			e.tooLong.Show()
		}
	}
	if n := hiddenNotice(e.text.Text); n != "" {
		e.hidden.SetText(n)
		e.hidden.Show()
	} else {
		e.hidden.Hide()
	}
	ro := e.ws.store().ReadOnly()
	e.fillChoices(v)
	e.tags.apply(v, ro)
	e.notes.apply(v.ID, d.notes, ro)
	e.links.apply(v.ID, d.links, ro)
	e.suggest.apply(v.ID, ro)
	for _, w := range []interface{ Enable() }{e.text, e.holders, e.reported, e.speaker, e.newSpeaker, e.topic, e.kind, e.remove} {
		w.Enable()
	}
	if ro || e.cut {
		e.text.Disable()
	}
	if ro {
		for _, w := range []interface{ Disable() }{e.text, e.holders, e.reported, e.speaker, e.newSpeaker, e.topic, e.kind, e.remove} {
			w.Disable()
		}
	}
}

// fillChoices sets the options and choices of the selects.
func (e *detailEditor) fillChoices(v storage.StatementView) {
	d := e.ws.data
	e.parties, e.speakers, e.topics = d.partyChoices(), d.speakerChoices(), d.topicChoices()
	var held []string
	for _, p := range d.parties {
		if v.HeldBy(p.ID) {
			held = append(held, e.parties.byID[p.ID])
		}
	}
	e.holderLabels = d.holderChoices()
	for i, l := range held {
		held[i] = e.holderLabels.byID[e.parties.byText[l]]
	}
	e.holders.Options = e.holderLabels.labels
	e.holders.SetSelected(held)
	e.reported.Options = append([]string{notGiven}, e.parties.labels...)
	e.reported.SetSelected(notGiven)
	if v.ReportedByID != nil {
		e.reported.SetSelected(e.parties.byID[*v.ReportedByID])
	}
	e.speaker.Options = append([]string{notGiven}, e.speakers.labels...)
	e.speaker.SetSelected(notGiven)
	if v.SpeakerID != nil {
		e.speaker.SetSelected(e.speakers.byID[*v.SpeakerID])
	}
	e.topic.Options = append([]string{string(noTopicLabel)}, e.topics.labels...)
	e.topic.SetSelected(noTopicLabel)
	if v.TopicID != nil {
		e.topic.SetSelected(e.topics.byID[*v.TopicID])
	}
	// A kind this Parley does not know is shown, marked, as a choice of
	// its own, so that the analyst sees it and may keep it.
	e.kind.Options = kindLabels()
	if !v.Kind.Valid() {
		e.kind.Options = append(e.kind.Options, kindLabel(v.Kind))
	}
	e.kind.SetSelected(kindLabel(v.Kind))
}

const (
	notGiven     = "None" // short: the speaker's choice beside New… is narrow at 1024 px
	noTopicLabel = "(no topic)"
)

func (e *detailEditor) onTextLeft() {
	if !e.filling {
		e.flushText()
	}
}

// flushText saves the text typed for the statement shown, when it differs
// from what was loaded; selecting another statement saves it too.
func (e *detailEditor) flushText() {
	if e.id == 0 || e.cut || e.text.Text == e.loadedText {
		return
	}
	base, text := e.textBase, e.text.Text
	e.loadedText = text
	e.ws.editStatement("edit text", base, func(s *storage.Statement) { s.Text = text })
}

func (e *detailEditor) onHoldersChanged(labels []string) {
	if e.filling || e.id == 0 {
		return
	}
	var ids []int64
	var names []string
	for _, l := range labels {
		if id, ok := e.holderLabels.id(l); ok {
			if p, ok := e.ws.data.partyByID[id]; ok {
				ids, names = append(ids, id), append(names, p.Name)
			}
		}
	}
	if len(ids) == 0 {
		e.ws.inform("A statement needs a party", "Every statement is held by at least one party; tick another party first.")
		e.ws.load(loadDetail)
		return
	}
	e.ws.correctHolders(e.id, ids, e.lessons(func(r *ingest.Reading) {
		r.Parties = names
		if len(names) == 1 {
			// One party holds what the speaker said: the speaker's.
			r.SpeakerParty = names[0]
		}
	}))
}

func (e *detailEditor) onReportedChanged(label string) {
	if e.filling || e.id == 0 {
		return
	}
	var id *int64
	if p, ok := e.parties.id(label); ok {
		id = &p
	}
	e.ws.editStatement("change reported by", e.row, func(s *storage.Statement) { s.ReportedByID = id })
}

func (e *detailEditor) onSpeakerChanged(label string) {
	if e.filling || e.id == 0 {
		return
	}
	var id *int64
	if s, ok := e.speakers.id(label); ok {
		id = &s
	}
	lessons := e.lessons(func(r *ingest.Reading) {
		r.Speaker, r.SpeakerParty = "", ""
		if id != nil {
			r.Speaker, r.SpeakerParty = e.ws.speakerName(*id), e.ws.speakerParty(*id)
		}
	})
	e.ws.correctStatement("change speaker", e.row, func(s *storage.Statement) { s.SpeakerID = id }, lessons)
}

func (e *detailEditor) onTopicChanged(label string) {
	if e.filling || e.id == 0 {
		return
	}
	var id *int64
	if t, ok := e.topics.id(label); ok {
		id = &t
	}
	lessons := e.lessons(func(r *ingest.Reading) {
		r.Topic = ""
		if id != nil {
			r.Topic = e.ws.data.paths[*id]
		}
	})
	e.ws.correctStatement("move to topic", e.row, func(s *storage.Statement) { s.TopicID = id }, lessons)
}

func (e *detailEditor) onKindChanged(label string) {
	if e.filling || e.id == 0 {
		return
	}
	k := kindOf(label)
	if kindLabel(k) != label {
		return // the unknown kind the statement has: nothing changes
	}
	lessons := e.lessons(func(r *ingest.Reading) { r.Kind = k })
	e.ws.correctStatement("change kind", e.row, func(s *storage.Statement) { s.Kind = k }, lessons)
}

func (e *detailEditor) onDelete() {
	id := e.id
	if id == 0 {
		return
	}
	e.ws.confirm("Delete this statement?",
		"The statement is removed with its tags, notes and links.\nYou can undo this with Edit › Undo.",
		func(ok bool) {
			if ok {
				e.ws.deleteStatement(id)
			}
		})
}

// focusText puts the cursor in the statement's text, for a new statement.
func (e *detailEditor) focusText() {
	if e.id != 0 {
		e.ws.win.Canvas().Focus(e.text)
	}
}

// emptyLabel stands in a detail list that has nothing yet, quiet so that
// it does not read as an entry.
func emptyLabel(text string) *widget.Label {
	l := widget.NewLabel(text)
	l.Importance = widget.LowImportance
	return l
}

// lessons is what correcting the statement shown as fix does teaches the
// importer (see edits_learn.go).
func (e *detailEditor) lessons(fix func(r *ingest.Reading)) []storage.Lesson {
	d := e.ws.data.detail
	if d == nil || d.view.ID != e.id {
		return nil
	}
	return e.ws.lessonsOf(d.view, fix)
}

// reveal scrolls the pane so that o, one of its fields, is in view: the
// menu's Tag statement… and Add note… put the cursor in a field that the
// suggested links above it may have pushed out of sight.
func (e *detailEditor) reveal(o fyne.CanvasObject) {
	// Lay the pane out first: a statement just selected may not be yet.
	e.scroll.Refresh()
	d := fyne.CurrentApp().Driver()
	top := d.AbsolutePositionForObject(o).Y - d.AbsolutePositionForObject(e.scroll.Content).Y
	e.scrollTo(top, top+o.Size().Height)
}

// scrollTo scrolls the pane the least that brings the band from top to
// bottom of its content into view: its top when it lies above, its
// bottom when it lies below.
func (e *detailEditor) scrollTo(top, bottom float32) {
	view := e.scroll.Size().Height
	switch {
	case top < e.scroll.Offset.Y:
		e.scroll.ScrollToOffset(fyne.NewPos(0, top))
	case bottom > e.scroll.Offset.Y+view:
		e.scroll.ScrollToOffset(fyne.NewPos(0, bottom-view+theme.Padding()))
	}
}

// editableRunes is the longest text the detail editor puts in its text
// field. Fyne lays a field's text out again on every change, in time that
// grows faster than the text: 30,000 characters take a tenth of a second,
// 100,000 several seconds, a statement of megabytes (a readout pasted as
// one line) froze the window for good. No real statement comes near it.
const editableRunes = 20000

// editableText is text as the text field can show it: whole, or its first
// editableRunes characters and an ellipsis, with cut true.
func editableText(text string) (shown string, cut bool) {
	if len(text) <= editableRunes || utf8.RuneCountInString(text) <= editableRunes {
		return text, false
	}
	i, n := 0, 0
	for i = range text {
		if n == editableRunes {
			break
		}
		n++
	}
	return text[:i] + "…", true
}

// tooLongToEdit says why a statement of n characters is shown cut and
// read-only, and what to do instead.
func tooLongToEdit(n int) string {
	return fmt.Sprintf("This statement is %d characters long, too long to edit here: only its beginning is shown, "+
		"and the text is kept whole. To split it, delete it and make statements of its sentences in the Sources tab.",
		n)
}
