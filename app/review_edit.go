package app

import (
	"context"
	"fmt"
	"sort"
	"strings"
	"unicode/utf8"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"parley/app/ingest"
	"parley/storage"
	"parley/widgets"
)

// reviewEditor edits the selected proposal: parties, speaker, role, kind
// and topic, with the importer's reasons below.
type reviewEditor struct {
	r                      *reviewScreen
	parties, speaker, role *widget.Entry
	kind                   *widget.Select
	topic                  *pickEntry
	reasons                *foldLabel    // folded to two lines; a tap shows them all
	hidden                 *widget.Label // what the fields hold that they cannot show (fieldsNotice)
	tooDeep                *widget.Label // why the typed topic path is not used (topic_depth.go)
	loading                bool          // true while show fills the fields
}

// partiesHint is the Parties field's place-holder. It was "China +
// European Union" alone, which a sentence with no party showed in grey
// as if it were held by both; it says "no party", as the speaker's and
// the topic's say "no speaker" and "no topic", and how to write several.
const partiesHint = "no party (e.g. China + EU)"

func newReviewEditor(r *reviewScreen) *reviewEditor {
	e := &reviewEditor{r: r, parties: widget.NewEntry(), speaker: widget.NewEntry(), role: widget.NewEntry(),
		topic: newPickEntry(r.topicPaths), hidden: newNotice(), tooDeep: newNotice()}
	e.topic.Validator = checkTypedTopic
	e.reasons = newFoldLabel(2, func() { r.win.Content().Refresh() })
	e.parties.SetPlaceHolder(partiesHint)
	e.speaker.SetPlaceHolder("no speaker")
	e.role.SetPlaceHolder("role")
	e.topic.SetPlaceHolder("no topic")
	e.kind = widget.NewSelect(kindLabels(), func(string) {
		e.changed()
		// A kind chosen gives the keyboard back to the review: the select
		// kept it, so Down reopened its pop-up (and the next click only
		// closed it) and Enter accepted nothing.
		if !e.loading {
			r.win.Canvas().Unfocus()
		}
	})
	e.reasons.label.Importance = widget.LowImportance
	for _, en := range []*widget.Entry{e.parties, e.speaker, e.role, &e.topic.Entry} {
		en.OnChanged = func(string) { e.changed() }
		en.OnSubmitted = func(string) { r.win.Canvas().Unfocus() }
	}
	return e
}

func (e *reviewEditor) object() fyne.CanvasObject {
	accept := widget.NewButtonWithIcon("Accept", theme.ConfirmIcon(), func() { e.r.setStatus(ingest.Accepted) })
	accept.Importance = widget.SuccessImportance
	reject := widget.NewButtonWithIcon("Reject", theme.CancelIcon(), func() { e.r.setStatus(ingest.Rejected) })
	split := widget.NewButtonWithIcon("Split…", theme.ContentCutIcon(), e.r.askSplit)
	merge := widget.NewButtonWithIcon("Merge with next", theme.ContentAddIcon(), e.r.merge)
	// Three rows rather than a form's four: the kind and the role sit
	// beside the parties and the speaker; the topic, a long path, has the
	// whole row.
	grid := newMetaGrid([]metaColumn{{weight: 3}, {weight: 2}},
		[]*widget.FormItem{widget.NewFormItem("Parties", e.parties), widget.NewFormItem("Kind", e.kind)},
		[]*widget.FormItem{widget.NewFormItem("Speaker", e.speaker), widget.NewFormItem("Role", e.role)},
		[]*widget.FormItem{widget.NewFormItem("Topic", e.topic)})
	return container.NewVBox(grid, e.hidden, e.tooDeep, container.NewHBox(accept, reject, split, merge), e.reasons)
}

// fields are the editor's text fields as fieldsNotice names them.
func (e *reviewEditor) fields() []textField {
	return []textField{{"parties", e.parties}, {"speaker", e.speaker}, {"role", e.role}, {"topic", &e.topic.Entry}}
}

// show fills the fields from pr without marking it edited.
func (e *reviewEditor) show(pr ingest.Proposal) {
	e.loading = true
	defer func() { e.loading = false }()
	e.parties.SetText(strings.Join(pr.Parties, " + "))
	e.speaker.SetText("")
	e.role.SetText("")
	if pr.Speaker != nil {
		e.speaker.SetText(pr.Speaker.Name)
		e.role.SetText(pr.Speaker.Role)
	}
	e.kind.SetSelected(kindLabel(pr.Kind))
	e.topic.SetText(pr.Topic)
	e.notice(e.tooDeep, "")
	e.reasons.SetText(widgets.Visible("Why: " + strings.Join(pr.Reasons, "; ")))
	showNotice(e.hidden, fieldsNotice(e.fields()))
}

// notice shows or hides a notice under the fields, and lays the
// editor out again when that changes its height: a label that starts
// wrapping does not make its box taller by itself.
func (e *reviewEditor) notice(l *widget.Label, text string) {
	if l.Text == text && l.Visible() == (text != "") {
		return
	}
	showNotice(l, text)
	if c := e.r.win.Content(); c != nil {
		c.Refresh()
	}
}

func (e *reviewEditor) setTopic(t string) {
	e.topic.SetText(t)
	e.r.useTopic(t)
}

// changed copies the fields into the selected proposal.
func (e *reviewEditor) changed() {
	r := e.r
	if e.loading || r.busy || r.sel >= len(r.d.Proposals) {
		return
	}
	showNotice(e.hidden, fieldsNotice(e.fields()))
	pr := &r.d.Proposals[r.sel]
	pr.Edited = true
	pr.Parties = nil
	for _, name := range strings.Split(e.parties.Text, "+") {
		if name = strings.TrimSpace(name); name == "" {
			continue
		}
		if ent := r.p.Gaz.Lookup(name); ent != nil {
			name = ent.Name
		}
		pr.Parties = append(pr.Parties, name)
	}
	pr.Speaker = nil
	if name := strings.TrimSpace(e.speaker.Text); name != "" {
		// A fresh speaker: other proposals keep theirs.
		sp := &ingest.Speaker{Name: name, Role: strings.TrimSpace(e.role.Text)}
		if len(pr.Parties) == 1 {
			sp.Party = pr.Parties[0]
		}
		pr.Speaker = sp
	}
	if e.kind.Selected != "" {
		pr.Kind = kindOf(e.kind.Selected)
	}
	if why := topicTooDeep(e.topic.Text); why != "" {
		// The path stays in the field to be shortened; the sentence
		// keeps the topic it had.
		keeps := "no topic"
		if pr.Topic != "" {
			keeps = "its topic “" + shortTopicPath(pr.Topic) + "”"
		}
		e.notice(e.tooDeep, widgets.Visible(why+" Until then the sentence keeps "+keeps+"."))
	} else {
		pr.Topic = typedTopicPath(e.topic.Text)
		e.notice(e.tooDeep, "")
	}
	if pr.Skip && pr.Status == ingest.Proposed {
		pr.Status = ingest.Accepted
	}
	r.refresh()
}

// askSplit shows the sentence in an entry; the cursor marks the cut.
func (r *reviewScreen) askSplit() {
	if r.sel >= len(r.d.Proposals) {
		return
	}
	pr := r.d.Proposals[r.sel]
	en := newTextArea()
	// A cut in the beginning of a huge sentence splits the whole of it:
	// the offset counts from the sentence's start either way.
	shown, cut := editableText(pr.Text)
	en.SetText(shown)
	en.SetMinRowsVisible(4)
	hint := widget.NewLabel("Click where the first part ends, then Split.")
	if cut {
		hint.SetText(fmt.Sprintf("Click where the first part ends, then Split. The sentence is %d characters long: only its first %d are shown; split the rest again after.",
			utf8.RuneCountInString(pr.Text), editableRunes))
		hint.Wrapping = fyne.TextWrapWord
	}
	hidden := newNotice()
	showNotice(hidden, hiddenNotice(shown))
	d := dialog.NewCustomConfirm("Split the sentence", "Split", "Cancel", container.NewVBox(hint, en, hidden), func(ok bool) {
		if !ok {
			return
		}
		at := pr.Start + reviewCursorOffset(pr.Text, en.CursorRow, en.CursorColumn)
		sel := r.sel
		r.resegment("split the sentence", func(ctx context.Context, d *ingest.Draft) error {
			return r.p.Split(ctx, d, sel, at)
		})
	}, r.win)
	d.Resize(fyne.NewSize(640, 0))
	showModal(r.win, d)
	r.win.Canvas().Focus(en)
}

// reviewCursorOffset turns an entry's cursor row and column into a rune
// offset into text.
func reviewCursorOffset(text string, row, col int) int {
	off := 0
	for i, line := range strings.Split(text, "\n") {
		n := len([]rune(line))
		if i == row {
			return off + min(col, n)
		}
		off += n + 1
	}
	return len([]rune(text))
}

func (r *reviewScreen) merge() {
	sel := r.sel
	r.resegment("merge the sentences", func(ctx context.Context, d *ingest.Draft) error {
		return r.p.Merge(ctx, d, sel)
	})
}

// resegment splits or merges on the runner: the proposer then proposes the
// whole source again, seconds for a long one. It works on a copy of the
// draft (Split and Merge make new slices, never change the old ones),
// which replaces the draft when it is done; meanwhile the review takes no
// edits (busy) and, after a moment, waits behind a dialog.
func (r *reviewScreen) resegment(what string, change func(ctx context.Context, d *ingest.Draft) error) {
	if r.busy {
		return
	}
	r.busy = true
	stop := slowOn(r.win, r.svc.run, "proposing the sentences again")
	cp, sel := *r.d, r.sel
	var err error
	r.svc.run.run(func() { err = change(context.Background(), &cp) }, func() {
		stop()
		r.busy = false
		if err != nil {
			r.showError("Could not "+what, err)
			r.refresh()
			return
		}
		*r.d = cp
		r.selectProposal(sel)
	})
}

// reviewMeta edits what the source says about itself and where it goes.
type reviewMeta struct {
	r                           *reviewScreen
	title, publisher, url, date *widget.Entry
	dialogue                    *pickEntry
	dialogues                   map[string]int64
	hidden                      *widget.Label // what the fields hold that they cannot show (fieldsNotice)
}

func newReviewMeta(r *reviewScreen) *reviewMeta {
	m := &reviewMeta{r: r, title: widget.NewEntry(), publisher: widget.NewEntry(), url: widget.NewEntry(),
		date: widget.NewEntry(), dialogues: map[string]int64{}, hidden: newNotice()}
	doc := r.d.Doc
	m.title.SetText(doc.Title)
	m.publisher.SetText(doc.Publisher)
	m.url.SetText(doc.URL)
	m.date.SetText(doc.PublishedOn)
	m.date.SetPlaceHolder("YYYY-MM-DD")
	m.publisher.SetPlaceHolder("who published it")
	m.url.SetPlaceHolder("https://…")
	var names []string
	current := ""
	for _, d := range r.dialogues {
		names = append(names, d.Title)
		m.dialogues[d.Title] = d.ID
		if d.ID == r.dialogueID {
			current = d.Title
		}
	}
	m.dialogue = newPickEntry(names)
	m.dialogue.SetPlaceHolder("a dialogue, or a new title")
	if current == "" && len(names) == 1 {
		current = names[0]
	}
	m.dialogue.SetText(current)
	// A readout's title or publisher may carry a direction override: the
	// notice says so while a field holds one.
	for _, f := range m.fields() {
		f.entry.OnChanged = func(string) { showNotice(m.hidden, fieldsNotice(m.fields())) }
	}
	showNotice(m.hidden, fieldsNotice(m.fields()))
	return m
}

// fields are the source's text fields as fieldsNotice names them.
func (m *reviewMeta) fields() []textField {
	return []textField{{"title", m.title}, {"publisher", m.publisher}, {"date", m.date}, {"URL", m.url}, {"dialogue", &m.dialogue.Entry}}
}

func (m *reviewMeta) object() fyne.CanvasObject {
	// The title and the dialogue's title are long, a date ten characters:
	// the first and last columns take most of the width, the middle one
	// holds a date whole. What the analyst sets for every source (title,
	// date, dialogue) is one row; the publisher and the URL, which a
	// readout's header lines usually fill, fold away under More, so that
	// at 1024×700 the proposals keep the height (two rows and a line of
	// fields left them room for two and a half). Who wrote the source is
	// said in the line under the fields (newcomersText).
	date := fyne.MeasureText("YYYY-MM-DD", theme.TextSize(), fyne.TextStyle{}).Width + 4*theme.InnerPadding()
	grid := newMetaGrid([]metaColumn{{weight: 1}, {fixed: date}, {weight: 1}},
		[]*widget.FormItem{widget.NewFormItem("Title", m.title), widget.NewFormItem("Date", m.date),
			widget.NewFormItem("Dialogue", m.dialogue)},
		[]*widget.FormItem{widget.NewFormItem("Publisher", m.publisher), widget.NewFormItem("URL", m.url)})
	details := grid.Objects[6:] // the second row, labels and values
	var more *widget.Button
	more = widget.NewButtonWithIcon("More", theme.MenuDropDownIcon(), func() {
		if details[1].Visible() {
			more.SetText("More")
			more.SetIcon(theme.MenuDropDownIcon())
			for _, o := range details {
				o.Hide()
			}
		} else {
			more.SetText("Less")
			more.SetIcon(theme.MenuDropUpIcon())
			for _, o := range details {
				o.Show()
			}
		}
		m.r.win.Content().Refresh() // the proposals take the height back, or give it
	})
	more.Importance = widget.LowImportance
	more.IconPlacement = widget.ButtonIconTrailingText
	for _, o := range details {
		o.Hide()
	}
	return container.NewVBox(container.NewBorder(nil, nil, nil, container.NewVBox(more), grid), m.hidden)
}

// target is the dialogue the statements go to: one of the project's by
// title, else a new one.
func (m *reviewMeta) target() (ingest.Target, error) {
	t := strings.TrimSpace(m.dialogue.Text)
	if t == "" {
		// A new project has no dialogue to pick: say where to type one.
		if len(m.dialogues) == 0 {
			return ingest.Target{}, fmt.Errorf("the project has no dialogue yet: type its title in Dialogue at the top " +
				"(for instance the meeting's name); storing creates it")
		}
		return ingest.Target{}, fmt.Errorf("say which dialogue the statements belong to: pick one in Dialogue at the top, " +
			"or type a new title there to create it")
	}
	if id, ok := m.dialogues[t]; ok {
		return ingest.Target{DialogueID: id}, nil
	}
	// A number that is no dialogue's title is a new title ("2024"): the
	// field offers titles, never IDs, and "3" stored the statements into
	// whatever dialogue had the ID 3.
	return ingest.Target{DialogueTitle: t}, nil
}

// apply copies the edited metadata into the draft's document.
func (m *reviewMeta) apply() {
	doc := &m.r.d.Doc
	doc.Title = strings.TrimSpace(m.title.Text)
	doc.Publisher = strings.TrimSpace(m.publisher.Text)
	doc.URL = strings.TrimSpace(m.url.Text)
	doc.PublishedOn = ingest.NormalizeDate(m.date.Text)
}

// reviewLists are the project's lists the review offers: topics (with
// the starter tree after them) and dialogues. The import reads them on
// the runner with the draft.
type reviewLists struct {
	topicPaths []string
	dialogues  []storage.Dialogue
}

func readReviewLists(ctx context.Context, st *storage.Store, d *ingest.Draft) (reviewLists, error) {
	var l reviewLists
	paths, err := st.TopicPaths(ctx)
	if err != nil {
		return l, err
	}
	for _, p := range paths {
		l.topicPaths = append(l.topicPaths, p)
	}
	sort.Strings(l.topicPaths)
	for _, s := range d.StarterTopics {
		l.topicPaths = append(l.topicPaths, s.Path)
	}
	if l.dialogues, err = st.Dialogues(ctx); err != nil {
		return l, err
	}
	return l, nil
}
