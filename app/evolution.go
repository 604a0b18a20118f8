package app

import (
	"context"
	"fmt"
	"image/color"
	"strconv"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"

	"parley/app/evolution"
	"parley/storage"
	"parley/widgets"
)

// evolutionView is the Evolution tab: a series across its rounds. Its
// sections are the rounds grid with the pairings of the topic picked, the
// stock phrases, the register of cases and the commitments. It reads the
// series once (evolution.Load) when the tab shows or after an edit, off
// the UI goroutine, and every section works on that one read.
type evolutionView struct {
	ws       *Workspace
	picker   *widget.Select
	status   *widget.Label
	sections *container.AppTabs
	grid     *widgets.EvolutionGrid
	legend   *fyne.Container // the parties' colours, above the grid (a stack of one)
	gridBox  *fyne.Container // the legend over the grid
	noRounds *widget.Label   // in place of the grid while it has no row
	pairs    *pairsPanel
	phrases  *phrasesPanel
	cases    *casesPanel
	commits  *commitsPanel
	box      fyne.CanvasObject

	choices  choiceLabels // the picker's labels of the project's series
	seriesID int64
	cur      *evolution.Series // nil until the first read
	table    evolution.Table
	gen      int
	stop     func() // cancels the count of changes under way
	stopLoad func() // cancels the read under way
}

func newEvolutionView(ws *Workspace) *evolutionView {
	ev := &evolutionView{ws: ws}
	ev.picker = widget.NewSelect(nil, ev.onSeries)
	ev.picker.PlaceHolder = "(no series)"
	ev.status = widget.NewLabel("")
	ev.status.Wrapping = fyne.TextWrapWord
	ev.grid = widgets.NewEvolutionGrid(widgets.EvolutionData{}, ev.onCell)
	ev.grid.OnTopic = ev.onTopic
	ev.pairs = newPairsPanel(ev)
	ev.phrases = newPhrasesPanel(ev)
	ev.cases = newCasesPanel(ev)
	ev.commits = newCommitsPanel(ev)
	ev.legend = container.NewStack()
	// An empty grid drew its header strips around a blank table, which
	// read as a view that failed to load.
	ev.noRounds = widget.NewLabel("")
	ev.noRounds.Wrapping = fyne.TextWrapWord
	ev.noRounds.Importance = widget.LowImportance
	ev.noRounds.Hide()
	ev.gridBox = container.NewBorder(ev.legend, nil, nil, nil, container.NewStack(ev.grid, container.NewVBox(ev.noRounds)))
	split := container.NewHSplit(ev.gridBox, ev.pairs.object())
	split.Offset = 0.66
	rounds := split
	ev.sections = container.NewAppTabs(
		container.NewTabItem("Rounds", rounds),
		container.NewTabItem("Stock phrases", ev.phrases.object()),
		container.NewTabItem("Cases", ev.cases.object()),
		container.NewTabItem("Commitments", ev.commits.object()))
	ev.sections.OnSelected = func(*container.TabItem) { ev.showSection() }
	head := container.NewBorder(nil, nil, widget.NewLabel("Series"), nil, ev.picker)
	ev.box = container.NewBorder(container.NewVBox(head, ev.status), nil, nil, nil, ev.sections)
	return ev
}

func (ev *evolutionView) object() fyne.CanvasObject { return ev.box }

// shown says whether the Evolution tab is the one on screen.
func (ev *evolutionView) shown() bool {
	t := ev.ws.tabs
	return t != nil && t.Selected() != nil && t.Selected().Content == ev.box
}

// changed is called after every load of the workspace (an edit, an undo,
// the tab selected): the tab reads the series again when it is on screen;
// a hidden one reads it when it is selected, which loads the workspace.
func (ev *evolutionView) changed() {
	if ev.shown() {
		ev.load()
	}
}

// load reads the project's series and the one picked, on a goroutine of
// its own (a long series takes a while, and the edits queued meanwhile
// must not wait for it), and shows them.
func (ev *evolutionView) load() {
	st := ev.ws.store()
	if st == nil {
		return
	}
	ev.gen++
	gen, want := ev.gen, ev.seriesID
	if ev.cur == nil {
		ev.status.SetText("Reading the series…")
	}
	if ev.stopLoad != nil {
		ev.stopLoad()
	}
	var all []storage.Series
	var s *evolution.Series
	var t evolution.Table
	var err error
	ev.stopLoad = ev.ws.spawn(func(ctx context.Context) {
		all, want, s, t, err = readSeries(ctx, st, want)
	}, func() {
		if gen != ev.gen || st != ev.ws.store() {
			return
		}
		if err != nil {
			ev.ws.showError("Could not read the series", err)
			return
		}
		ev.apply(all, want, s, t)
	})
}

// readSeries reads the project's series and the series want (else the one
// with the most rounds) with its table; no series is no error.
func readSeries(ctx context.Context, st *storage.Store, want int64) ([]storage.Series, int64, *evolution.Series, evolution.Table, error) {
	all, err := st.AllSeries(ctx)
	if err != nil || len(all) == 0 {
		return all, 0, nil, evolution.Table{}, err
	}
	if !hasSeries(all, want) {
		pick, err := evolution.FindSeries(ctx, st, "")
		if err != nil {
			return all, 0, nil, evolution.Table{}, err
		}
		want = pick.ID
	}
	s, err := evolution.Load(ctx, st, want)
	if err != nil {
		return all, want, nil, evolution.Table{}, err
	}
	return all, want, s, s.Table(), nil
}

func hasSeries(all []storage.Series, id int64) bool {
	for _, s := range all {
		if s.ID == id {
			return true
		}
	}
	return false
}

// apply shows a series read by load.
func (ev *evolutionView) apply(all []storage.Series, id int64, s *evolution.Series, t evolution.Table) {
	ev.seriesID, ev.cur, ev.table = id, s, t
	ids, names := make([]int64, len(all)), make([]string, len(all))
	for i, x := range all {
		ids[i], names[i] = x.ID, x.Name
	}
	ev.choices = newChoiceLabels(ids, names)
	ev.picker.Options = ev.choices.labels
	ev.picker.Selected = ev.choices.byID[id]
	ev.picker.Refresh()
	ev.grid.SetData(ev.gridData(nil))
	ev.showNoRounds()
	ev.setLegend()
	ev.status.SetText(ev.statusText())
	ev.countChanges()
	ev.pairs.apply()
	ev.showSection()
}

// showSection refreshes the section on screen; the others follow when
// they show, so that mining phrases waits until someone looks at them.
func (ev *evolutionView) showSection() {
	if ev.cur == nil {
		return
	}
	switch ev.sections.SelectedIndex() {
	case 1:
		ev.phrases.apply()
	case 2:
		ev.cases.apply()
	case 3:
		ev.commits.apply()
	}
}

// noStatementsRounds is what the Rounds section says in place of a grid
// without rows: a series whose dialogues hold no statements yet.
const noStatementsRounds = "No statements in this series yet. Import the rounds' readouts (File › Import…) and their topics show here, round by round."

// showNoRounds shows the sections only for a series (without one, the
// line above them says how to make one, and each section was blank), and
// words in place of the grid while it has no row.
func (ev *evolutionView) showNoRounds() {
	if ev.cur == nil {
		ev.sections.Hide()
		return
	}
	ev.sections.Show()
	if len(ev.table.Rows) == 0 {
		ev.noRounds.SetText(noStatementsRounds)
		ev.grid.Hide()
		ev.noRounds.Show()
		return
	}
	ev.noRounds.Hide()
	ev.grid.Show()
}

func (ev *evolutionView) statusText() string {
	if ev.cur == nil {
		return "This project has no series yet. Give its dialogues a series in Project › Dialogues… to follow them across rounds."
	}
	n := len(ev.cur.Rounds)
	if n < 2 {
		return fmt.Sprintf("%s has %d round: add the next rounds as dialogues of this series to see what changes.", widgets.Visible(ev.cur.Series.Name), n)
	}
	return fmt.Sprintf("%d rounds, %d topics with statements. Tap a cell to read it in Compare, a topic's name to see its pairings.",
		n, len(ev.table.Rows))
}

func (ev *evolutionView) onSeries(label string) {
	if id, ok := ev.choices.id(label); ok && id != ev.seriesID {
		ev.seriesID = id
		ev.pairs.shown = -1
		ev.load()
	}
}

// setLegend names the parties beside a swatch of their colour, as the
// grid's lines are tinted.
func (ev *evolutionView) setLegend() {
	ev.legend.RemoveAll()
	if len(ev.table.Parties) == 0 {
		return
	}
	var names []string
	var colors []color.Color
	for _, p := range ev.table.Parties {
		names = append(names, partyShort(p))
		colors = append(colors, hexColor(p.Color))
	}
	ev.legend.Add(container.NewBorder(nil, nil, widget.NewLabel("Each cell, a line per party:"), nil, newPartyLegend(names, colors)))
	ev.gridBox.Refresh() // lays the grid out below the legend's new height
}

// countChanges pairs every topic's statements in the background and then
// shows under each cell how it came from the round before; the grid shows
// at once, without them, for a long series.
func (ev *evolutionView) countChanges() {
	if ev.stop != nil {
		ev.stop()
	}
	s, t, gen := ev.cur, ev.table, ev.gen
	if s == nil {
		return
	}
	var counts map[changeKey]changeCount
	ev.stop = ev.ws.spawn(func(ctx context.Context) { counts = changeCounts(ctx, s, t) }, func() {
		if gen == ev.gen && counts != nil {
			ev.grid.SetData(ev.gridData(counts))
		}
	})
}

// gridData turns the table into the grid's view data, with the changes
// counted so far (nil: none yet).
func (ev *evolutionView) gridData(changes map[changeKey]changeCount) widgets.EvolutionData {
	t := ev.table
	var d widgets.EvolutionData
	for _, r := range t.Rounds {
		d.Rounds = append(d.Rounds, r.Label())
	}
	for _, p := range t.Parties {
		d.Parties = append(d.Parties, widgets.EvolutionParty{Name: partyShort(p), Color: hexColor(p.Color)})
	}
	for _, row := range t.Rows {
		d.Topics = append(d.Topics, row.Topic.Name)
		d.TopicDepth = append(d.TopicDepth, row.Topic.Depth)
		cells := make([][]widgets.EvolutionEntry, len(row.Cells))
		for r, pcs := range row.Cells {
			cells[r] = make([]widgets.EvolutionEntry, len(pcs))
			for j, pc := range pcs {
				cells[r][j] = widgets.EvolutionEntry{Count: pc.Count, First: pc.First,
					Change: changes[changeKey{row.Topic.ID, pc.PartyID, r}].String()}
			}
		}
		d.Cells = append(d.Cells, cells)
	}
	return d
}

// changeKey is one party's cell on a topic in one round.
type changeKey struct {
	topic, party int64
	round        int
}

// changeCount counts a cell's statements by how they came from the round
// before, and the statements of the round before that it dropped.
type changeCount map[evolution.Change]int

// String is the count in words, in the changes' order: "2 repeated · 1 new".
func (c changeCount) String() string {
	out := ""
	for _, ch := range evolution.Changes {
		if n := c[ch]; n > 0 {
			if out != "" {
				out += " · "
			}
			out += strconv.Itoa(n) + " " + string(ch)
		}
	}
	return out
}

// changeCounts pairs every row's cells; nil when ctx ends first.
func changeCounts(ctx context.Context, s *evolution.Series, t evolution.Table) map[changeKey]changeCount {
	out := map[changeKey]changeCount{}
	for _, row := range t.Rows {
		for _, p := range t.Parties {
			if ctx.Err() != nil {
				return nil
			}
			for _, pr := range s.Pairs(row.Topic.ID, p.ID) {
				k := changeKey{row.Topic.ID, p.ID, pr.From + 1}
				if out[k] == nil {
					out[k] = changeCount{}
				}
				out[k][pr.Change]++
			}
		}
	}
	return out
}

// onCell opens the round and topic in Compare.
func (ev *evolutionView) onCell(row, round int) {
	if row < 0 || row >= len(ev.table.Rows) || round < 0 || round >= len(ev.table.Rounds) {
		return
	}
	id := ev.table.Rows[row].Topic.ID
	topic := topicNone
	if id != 0 {
		topic = topicKeyOf(&id)
	}
	ev.ws.goTo(place{dialogueID: ev.table.Rounds[round].Dialogue.ID, topic: topic})
}

// onTopic shows the pairings of the topic whose name was tapped.
func (ev *evolutionView) onTopic(row int) {
	ev.pairs.show(row)
}
