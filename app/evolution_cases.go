package app

import (
	"context"
	"fmt"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/widget"

	"parley/app/evolution"
	"parley/storage"
	"parley/widgets"
)

// casesPanel is the Cases section: the register of individual cases on
// the left (who raised each, in how many rounds), the case picked on the
// right with its mentions round by round and the other side's answers.
// The analyst adds a case by hand, merges two spellings of one name, adds
// a statement that names a case and removes a wrong mention.
type casesPanel struct {
	ev      *evolutionView
	cases   []evolution.Case
	list    *widget.List
	detail  *fyne.Container
	scroll  *container.Scroll
	add     *widget.Button
	note    *widget.Label
	picked  string // the name of the case shown
	rowsFit *rowsFit
	box     fyne.CanvasObject
}

func newCasesPanel(ev *evolutionView) *casesPanel {
	p := &casesPanel{ev: ev}
	// A case's row wraps: a long name raised by both sides in several
	// rounds was cut with "…" at a window of 1024; rowsFit gives each row
	// the lines it needs.
	p.list = widget.NewList(func() int { return len(p.cases) }, newCaseRow, p.updateRow)
	p.rowsFit = &rowsFit{fit: p.fitRows}
	p.list.OnSelected = func(i widget.ListItemID) {
		if i < len(p.cases) {
			p.picked = p.cases[i].Name
			p.showCase()
		}
	}
	p.add = widget.NewButton("Add case…", p.askAdd)
	p.note = widget.NewLabel("")
	p.note.Truncation = fyne.TextTruncateEllipsis
	p.detail = container.NewVBox()
	p.scroll = container.NewVScroll(p.detail)
	left := container.NewBorder(container.NewVBox(p.add, p.note), nil, nil, nil, container.New(p.rowsFit, p.list))
	split := container.NewHSplit(left, p.scroll)
	split.Offset = 0.36
	p.box = split
	return p
}

func (p *casesPanel) object() fyne.CanvasObject { return p.box }

func newCaseRow() fyne.CanvasObject {
	l := widget.NewLabel("")
	l.Wrapping = fyne.TextWrapWord
	return l
}

func (p *casesPanel) updateRow(i widget.ListItemID, o fyne.CanvasObject) {
	if i < len(p.cases) {
		setText(o.(*widget.Label), p.cases[i].Name+"  ·  "+p.raisedText(p.cases[i]))
	}
}

// fitRows sets each case's row to the lines its text takes at width.
func (p *casesPanel) fitRows(width float32) {
	probe := newCaseRow()
	for i := range p.cases {
		p.updateRow(i, probe)
		p.list.SetItemHeight(i, wrappedRowHeight(probe, width))
	}
}

// apply builds the register from the series read last.
func (p *casesPanel) apply() {
	s := p.ev.cur
	if s == nil {
		return
	}
	p.cases = s.Cases()
	p.rowsFit.remeasure(p.list.Size().Width)
	p.add.Disable()
	if !p.ev.ws.store().ReadOnly() {
		p.add.Enable()
	}
	p.note.SetText(fmt.Sprintf("%d cases. Pick one to see its mentions.", len(p.cases)))
	p.list.Refresh()
	at := p.index(p.picked)
	if at < 0 && len(p.cases) > 0 {
		at = 0
	}
	if at >= 0 {
		p.picked = p.cases[at].Name
		p.list.Select(at)
		p.showCase() // Select calls back only when the row changes
		return
	}
	p.picked = ""
	p.showCase()
}

func (p *casesPanel) index(name string) int {
	for i, c := range p.cases {
		if c.Name == name || containsFold(c.Spellings, name) {
			return i
		}
	}
	return -1
}

func containsFold(xs []string, x string) bool {
	for _, s := range xs {
		if strings.EqualFold(s, x) {
			return true
		}
	}
	return false
}

// raisedText says who raised a case in which rounds: "EU: 38, 39".
func (p *casesPanel) raisedText(c evolution.Case) string {
	var parts []string
	for _, r := range c.Raised {
		var rounds []string
		for _, i := range r.RaisedIn() {
			rounds = append(rounds, p.ev.table.Rounds[i].Short())
		}
		if len(rounds) > 0 {
			parts = append(parts, p.ev.cur.PartyName(r.PartyID)+": "+strings.Join(rounds, ", "))
		}
	}
	if len(parts) == 0 {
		return "no mention yet"
	}
	return strings.Join(parts, "; ")
}

// showCase lists the picked case's names, mentions and answers.
func (p *casesPanel) showCase() {
	p.detail.RemoveAll()
	i := p.index(p.picked)
	if i < 0 {
		p.detail.Add(wrappedLabel("No case picked. Add one by hand with Add case…."))
		p.detail.Refresh()
		return
	}
	c := p.cases[i]
	title := widget.NewLabel(widgets.Visible(c.Name))
	title.TextStyle.Bold = true
	p.detail.Add(container.NewBorder(nil, nil, nil, p.caseButtons(c), title))
	if len(c.Spellings) > 0 {
		p.detail.Add(wrappedLabel(alsoWritten(c.Spellings)))
	}
	if c.Description != "" {
		p.detail.Add(wrappedLabel(c.Description))
	}
	if len(c.Mentions) == 0 {
		// "Raised by no mention yet" read as nonsense.
		p.detail.Add(wrappedLabel("No statement of the series mentions this case yet."))
	} else {
		p.detail.Add(wrappedLabel("Raised by " + p.raisedText(c)))
	}
	for _, m := range c.Mentions {
		p.detail.Add(p.mentionItem(c, m))
	}
	p.addNaming(c)
	p.detail.Refresh()
	p.scroll.ScrollToTop()
}

func (p *casesPanel) caseButtons(c evolution.Case) fyne.CanvasObject {
	if p.ev.ws.store().ReadOnly() {
		return container.NewHBox()
	}
	return container.NewHBox(widget.NewButton("Merge with…", func() { p.askMerge(c) }))
}

// mentionItem is one statement raising the case: round, party, text, the
// other side's answers, and Remove (the mention is wrong).
func (p *casesPanel) mentionItem(c evolution.Case, m evolution.Mention) fyne.CanvasObject {
	s := p.ev.cur
	v := m.Statement
	head := widget.NewLabel(widgets.Visible(p.ev.table.Rounds[m.Round].Label() + " · " + holdersText(s, *v)))
	head.TextStyle.Bold = true
	if m.Manual {
		head.SetText(head.Text + " · added by you")
	}
	box := container.NewVBox()
	if !p.ev.ws.store().ReadOnly() {
		state := storage.MentionExcluded
		if m.Manual {
			state = ""
		}
		rm := widget.NewButton("Remove", func() { p.setMention(c.Name, v.ID, state, "remove case mention") })
		box.Add(container.NewBorder(nil, nil, nil, rm, head))
	} else {
		box.Add(head)
	}
	box.Add(wrappedLabel(v.Text))
	for _, a := range m.Answers {
		l := wrappedLabel("› " + s.PartyName(firstHolder(*a.Statement)) + " (" + a.Link.Type.Label() + "): " + a.Statement.Text)
		l.Importance = widget.LowImportance
		box.Add(l)
	}
	if len(m.Answers) == 0 {
		l := widget.NewLabel("No answer linked.")
		l.Importance = widget.LowImportance
		box.Add(l)
	}
	box.Add(widget.NewSeparator())
	return box
}

// addNaming lists statements of the series that write one of the case's
// names and are not mentions yet, each with Add: the way to fill a case
// added by hand.
func (p *casesPanel) addNaming(c evolution.Case) {
	if p.ev.ws.store().ReadOnly() {
		return
	}
	in := map[int64]bool{}
	for _, m := range c.Mentions {
		in[m.Statement.ID] = true
	}
	names := append([]string{c.Name}, c.Spellings...)
	var hits []storage.StatementView
	for _, v := range p.ev.cur.Statements {
		if !in[v.ID] && namesAny(v.Text, names) {
			hits = append(hits, v)
			if len(hits) == 20 {
				break
			}
		}
	}
	if len(hits) == 0 {
		return
	}
	h := widget.NewLabel("Other statements that write this name")
	h.TextStyle.Bold = true
	p.detail.Add(h)
	for _, v := range hits {
		v := v
		add := widget.NewButton("Add", func() { p.setMention(c.Name, v.ID, storage.MentionManual, "add case mention") })
		p.detail.Add(container.NewBorder(nil, nil, nil, add, wrappedLabel(evolution.FirstLine(v.Text, 240))))
	}
}

func namesAny(text string, names []string) bool {
	low := strings.ToLower(text)
	for _, n := range names {
		if n != "" && strings.Contains(low, strings.ToLower(n)) {
			return true
		}
	}
	return false
}

func firstHolder(v storage.StatementView) int64 {
	if h := evolution.Holders(v); len(h) > 0 {
		return h[0]
	}
	return 0
}

// holdersText names the parties holding v: "EU", "China and EU".
func holdersText(s *evolution.Series, v storage.StatementView) string {
	var names []string
	for _, id := range evolution.Holders(v) {
		names = append(names, s.PartyName(id))
	}
	if len(names) == 0 {
		return "no party"
	}
	return strings.Join(names, " and ")
}

// askAdd adds a case by hand: a name and what it is about.
func (p *casesPanel) askAdd() {
	name := newTextLine()
	name.SetPlaceHolder("e.g. Ilham Tohti")
	name.Validator = func(s string) error {
		if strings.TrimSpace(s) == "" {
			return fmt.Errorf("a case needs a name")
		}
		return p.clash(strings.TrimSpace(s))
	}
	desc := newTextArea()
	desc.SetPlaceHolder("Who this is, what happened (optional)")
	items := []*widget.FormItem{widget.NewFormItem("Name", name), widget.NewFormItem("Description", roomBelow(desc))}
	d := dialog.NewForm("Add a case", "Add", "Cancel", items, func(ok bool) {
		n := strings.TrimSpace(name.Text)
		if !ok || n == "" {
			return
		}
		if err := p.clash(n); err != nil { // the field shows it only once it loses the cursor
			p.ev.ws.showError("Could not add case", err)
			return
		}
		c := storage.Case{Name: n, Description: strings.TrimSpace(desc.Text)}
		p.picked = n
		p.caseEdit("add case", func(ctx context.Context) (storage.CaseSnapshot, error) {
			return p.ev.ws.store().SaveCase(ctx, &c)
		})
	}, p.ev.ws.win)
	showForm(p.ev.ws.win, d, "Add a case", items)
	d.Resize(fyne.NewSize(520, 0)) // as tall as its rows: a fixed height left a gap above the buttons
	p.ev.ws.win.Canvas().Focus(name)
}

// clash says why name cannot be a new case: the register already holds
// it, as a case's name or one of its spellings, written the same or
// differently only in capitals and spaces. The register files names by
// evolution.NameKey, so a second case "Ding Jiaxi" beside "ding jiaxi"
// would be stored but never shown apart: the mentions would go to one
// and the Add would seem to pick the other.
func (p *casesPanel) clash(name string) error {
	s := p.ev.cur
	if s == nil {
		return nil
	}
	k := evolution.NameKey(name)
	caseName := map[int64]string{}
	for _, c := range s.Marks.Cases {
		caseName[c.ID] = c.Name
		if evolution.NameKey(c.Name) == k {
			return clashError(name, c.Name, c.Name)
		}
	}
	for _, n := range s.Marks.CaseNames {
		if evolution.NameKey(n.Name) == k {
			return clashError(name, n.Name, caseName[n.CaseID])
		}
	}
	return nil
}

func clashError(typed, held, owner string) error {
	switch {
	case typed == held && held == owner:
		return fmt.Errorf("another case is already called %q", owner)
	case typed == held:
		return fmt.Errorf("%q is already a spelling of the case %q", held, owner)
	case held == owner:
		return fmt.Errorf("the case %q is written so; names differing only in capitals or spaces are one case", owner)
	}
	return fmt.Errorf("the case %q is also written %q; names differing only in capitals or spaces are one case", owner, held)
}

// askMerge files another case's names under c: two spellings of one name.
func (p *casesPanel) askMerge(c evolution.Case) {
	var others []string
	for _, o := range p.cases {
		if o.Name != c.Name {
			others = append(others, o.Name)
		}
	}
	// The choices show the names as Visible draws them; choosing one
	// picks the name it stands for.
	shown := newChoiceLabels(make([]int64, len(others)), others).labels
	if len(others) == 0 {
		p.ev.ws.inform("Nothing to merge", "The register has no other case.")
		return
	}
	pick := widget.NewSelect(shown, nil)
	pick.PlaceHolder = "(another case)"
	items := []*widget.FormItem{widget.NewFormItem("Merge", roomBelow(pick))}
	d := dialog.NewForm(widgets.Visible("Merge a case into "+c.Name), "Merge", "Cancel", items, func(ok bool) {
		if !ok || pick.SelectedIndex() < 0 {
			return
		}
		other := others[pick.SelectedIndex()]
		names := []string{other}
		if o := p.index(other); o >= 0 {
			names = append(names, p.cases[o].Spellings...)
		}
		into := c.Name
		p.picked = into
		p.caseEdit("merge cases", func(ctx context.Context) (storage.CaseSnapshot, error) {
			_, snap, err := p.ev.ws.store().MergeCaseNames(ctx, into, names)
			return snap, err
		})
	}, p.ev.ws.win)
	showEditor(p.ev.ws.win, d, "Merge cases", func() bool { return pick.Selected != "" })
	d.Resize(fyne.NewSize(520, 0)) // as tall as its rows: a fixed height left a gap above the buttons
}

// setMention adds a statement to a case by hand, or removes a mention.
func (p *casesPanel) setMention(name string, statementID int64, state, label string) {
	p.caseEdit(label, func(ctx context.Context) (storage.CaseSnapshot, error) {
		_, snap, err := p.ev.ws.store().SetCaseMention(ctx, name, statementID, state)
		return snap, err
	})
}

// caseEdit runs a change of the register as one undoable edit.
func (p *casesPanel) caseEdit(label string, change func(ctx context.Context) (storage.CaseSnapshot, error)) {
	ws := p.ev.ws
	var snap storage.CaseSnapshot
	ws.exec(&command{label: label,
		do: func(ctx context.Context) error {
			var err error
			snap, err = change(ctx)
			return err
		},
		undo: func(ctx context.Context) error { return ws.store().RestoreCases(ctx, snap) },
		at:   p.ev.here(),
	})
}

// shownSpellings caps the other spellings a case's heading lists: a file
// may give a case a million, and one label of them all freezes the window.
const shownSpellings = 12

// alsoWritten lists a case's other spellings, the first shownSpellings and
// how many more.
func alsoWritten(spellings []string) string {
	if len(spellings) <= shownSpellings {
		return "Also written: " + strings.Join(spellings, ", ")
	}
	return fmt.Sprintf("Also written: %s … and %d more.", strings.Join(spellings[:shownSpellings], ", "), len(spellings)-shownSpellings)
}
