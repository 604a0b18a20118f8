package app

import (
	"context"
	"errors"
	"fmt"
	"sort"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"parley/app/report"
	"parley/storage"
)

// The export formats as the dialog names them.
const (
	exportHTML = "HTML report"
	exportCSV  = "CSV"
)

// exportForm holds the Export dialog's choices apart from the dialog, so
// that tests can fill it in and read the options back.
type exportForm struct {
	format    *widget.RadioGroup
	dialogues *widget.CheckGroup
	topics    *widget.CheckGroup
	parties   *widget.CheckGroup
	tags      *widget.CheckGroup
	notes     *widget.Check
	sources   *widget.Check
	overview  *widget.Check
	rounds    *widget.Check
	paper     *widget.RadioGroup
	ids       map[*widget.CheckGroup]map[string]int64 // option label → ID
	titles    map[int64]string                        // dialogue ID → title
}

// exportLists are the project's dialogues, topics, parties and tags, read
// on the runner before the Export dialog opens.
type exportLists struct {
	dialogues []storage.Dialogue
	topics    []storage.Topic
	parties   []storage.Party
	tags      []storage.Tag
}

func readExportLists(ctx context.Context, st *storage.Store) (l exportLists, err error) {
	err = st.Read(ctx, func(ctx context.Context) error { l, err = readExportListsIn(ctx, st); return err })
	return l, err
}

// readExportListsIn reads the lists within ctx's read transaction.
func readExportListsIn(ctx context.Context, st *storage.Store) (exportLists, error) {
	var l exportLists
	var err error
	if l.dialogues, err = st.Dialogues(ctx); err != nil {
		return l, fmt.Errorf("list dialogues: %w", err)
	}
	if l.topics, err = st.Topics(ctx); err != nil {
		return l, fmt.Errorf("list topics: %w", err)
	}
	if l.parties, err = st.Parties(ctx); err != nil {
		return l, fmt.Errorf("list parties: %w", err)
	}
	if l.tags, err = st.Tags(ctx); err != nil {
		return l, fmt.Errorf("list tags: %w", err)
	}
	return l, nil
}

// newExportForm offers the project's dialogues, topics, parties and tags,
// with the current dialogue and every party checked.
func newExportForm(l exportLists, dialogueID int64) *exportForm {
	f := &exportForm{ids: map[*widget.CheckGroup]map[string]int64{}, titles: map[int64]string{}}
	ds, topics, parties, tags := l.dialogues, l.topics, l.parties, l.tags
	f.dialogues = f.group(len(ds), func(i int) (string, int64) {
		f.titles[ds[i].ID] = ds[i].Title
		return exportDialogueLabel(ds[i]), ds[i].ID
	})
	paths := storage.TopicPathMap(topics)
	f.topics = f.group(len(topics), func(i int) (string, int64) {
		return strings.ReplaceAll(paths[topics[i].ID], storage.TopicPathSep, " › "), topics[i].ID
	})
	f.parties = f.group(len(parties), func(i int) (string, int64) { return parties[i].Name, parties[i].ID })
	f.tags = f.group(len(tags), func(i int) (string, int64) { return tags[i].Name, tags[i].ID })
	f.preselect(dialogueID)
	f.format = widget.NewRadioGroup(exportLabels(), nil)
	f.format.Horizontal = true
	f.format.SetSelected(exportHTML)
	f.format.Required = true
	f.notes = widget.NewCheck("The analyst's notes", nil)
	f.sources = widget.NewCheck("Sources and citations (appendix)", nil)
	f.sources.SetChecked(true)
	f.overview = widget.NewCheck("Overview matrix and omission map", nil)
	f.overview.SetChecked(true)
	f.rounds = widget.NewCheck("Across rounds (a series' rounds compared)", nil)
	f.rounds.SetChecked(true)
	f.paper = widget.NewRadioGroup([]string{"A4", "Letter"}, nil)
	f.paper.Horizontal, f.paper.Required = true, true
	f.paper.SetSelected("A4")
	return f
}

// exportLabelWidth is the widest an option of the export's lists is shown,
// cut with "…" beyond: a check box's text does not wrap, and a party named
// as its office widened its list past the dialog's half, cut at the card's
// edge without an ellipsis, and squeezed the other lists to two rows.
const exportLabelWidth = 340

// group makes a check group of n options, each cut to exportLabelWidth; a
// label seen twice gets its ID added, so that every option names one row.
func (f *exportForm) group(n int, item func(int) (string, int64)) *widget.CheckGroup {
	ids := map[string]int64{}
	var labels []string
	for i := range n {
		label, id := item(i)
		label = cutToWidth(label, exportLabelWidth)
		if _, dup := ids[label]; dup {
			label = fmt.Sprintf("%s (#%d)", label, id)
		}
		ids[label] = id
		labels = append(labels, label)
	}
	g := widget.NewCheckGroup(labels, nil)
	f.ids[g] = ids
	return g
}

func (f *exportForm) preselect(dialogueID int64) {
	var ds []string
	for label, id := range f.ids[f.dialogues] {
		if id == dialogueID {
			ds = append(ds, label)
		}
	}
	if len(ds) == 0 {
		ds = f.dialogues.Options
	}
	f.dialogues.SetSelected(ds)
	f.parties.SetSelected(f.parties.Options)
}

func exportDialogueLabel(d storage.Dialogue) string {
	parts := []string{d.Title}
	if d.Round > 0 && !strings.Contains(d.Title, fmt.Sprint(d.Round)) {
		parts = append(parts, fmt.Sprintf("round %d", d.Round))
	}
	if d.StartDate != "" {
		parts = append(parts, d.StartDate)
	}
	return strings.Join(parts, " · ")
}

// selected returns the IDs of the checked options, in order.
func (f *exportForm) selected(g *widget.CheckGroup) []int64 {
	var out []int64
	for _, label := range g.Selected {
		out = append(out, f.ids[g][label])
	}
	sort.Slice(out, func(i, j int) bool { return out[i] < out[j] })
	return out
}

// options reads the form: the format ("html", "csv", "qdpx", ...) and the report's
// options. No dialogue or no party checked is an error the user can fix.
func (f *exportForm) options() (string, report.Options, error) {
	o := report.Options{Dialogues: f.selected(f.dialogues), Topics: f.selected(f.topics),
		Parties: f.selected(f.parties), Tags: f.selected(f.tags),
		Notes: f.notes.Checked, Sources: f.sources.Checked, Overview: f.overview.Checked, AcrossRounds: f.rounds.Checked,
		Paper: report.A4}
	if f.paper.Selected == "Letter" {
		o.Paper = report.Letter
	}
	switch {
	case len(o.Dialogues) == 0:
		return "", o, errors.New("choose at least one dialogue to export")
	case len(o.Parties) == 0:
		return "", o, errors.New("choose at least one party to export")
	}
	return exportFormatOf(f.format.Selected), o, nil
}

// content lays the form out: the lists of what to export in two columns,
// under them what to include (two by two) and the formats on one line,
// then the hint and the paper beside the dialog's buttons. The choices
// take a few lines across the dialog, so that its height goes to the
// lists (at 1024×700 the formats and the checks, stacked in the columns,
// left the dialogues one and a half rows).
func (f *exportForm) content(buttons ...fyne.CanvasObject) fyne.CanvasObject {
	scroll := func(c fyne.CanvasObject, h float32) fyne.CanvasObject {
		s := container.NewVScroll(c)
		s.SetMinSize(fyne.NewSize(300, h))
		return s
	}
	hint := widget.NewLabel("A checked topic brings its subtopics; no topic or tag checked exports them all. " + formatsHint)
	hint.Wrapping = fyne.TextWrapWord
	hint.Importance = widget.LowImportance
	// The lists' least heights fit a window of 1024×640
	// (TestExportDialogFitsA1024x640Window); a taller dialog gives them
	// the room it has (TestExportDialogListsUseTheRoom).
	left := container.New(shareRows{},
		widget.NewCard("", "Dialogues", scroll(f.dialogues, 76)),
		widget.NewCard("", "Topics", scroll(f.topics, 84)))
	right := container.New(shareRows{},
		widget.NewCard("", "Parties", scroll(f.parties, 76)),
		widget.NewCard("", "Only statements tagged", scroll(f.tags, 76)))
	choices := widget.NewForm(
		widget.NewFormItem("Include", container.NewGridWithColumns(2, f.notes, f.sources, f.overview, f.rounds)),
		widget.NewFormItem("Format", f.format))
	bottom := container.NewBorder(nil, nil, container.NewHBox(widget.NewLabel("Paper"), f.paper), nil,
		container.NewCenter(container.NewHBox(buttons...)))
	return container.NewBorder(nil, container.NewVBox(choices, hint, bottom), nil, nil, container.NewGridWithColumns(2, left, right))
}

// shareRows stacks objects as a VBox does, each at least its least height,
// and shares the height left over equally among them: lists that are short
// in a small window grow in a large one.
type shareRows struct{}

// MinSize is a VBox's: the widest object, the heights and paddings summed.
func (shareRows) MinSize(objects []fyne.CanvasObject) fyne.Size {
	var s fyne.Size
	for i, o := range objects {
		m := o.MinSize()
		s.Width = max(s.Width, m.Width)
		s.Height += m.Height
		if i > 0 {
			s.Height += theme.Padding()
		}
	}
	return s
}

// Layout gives each object its least height and a share of the rest.
func (r shareRows) Layout(objects []fyne.CanvasObject, size fyne.Size) {
	if len(objects) == 0 {
		return
	}
	extra := max(0, size.Height-r.MinSize(objects).Height) / float32(len(objects))
	y := float32(0)
	for _, o := range objects {
		h := o.MinSize().Height + extra
		o.Move(fyne.NewPos(0, y))
		o.Resize(fyne.NewSize(size.Width, h))
		y += h + theme.Padding()
	}
}
