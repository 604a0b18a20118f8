package app

import (
	"context"
	"fmt"
	"strconv"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/widget"

	"parley/storage"
)

// showDialogues is Project → Dialogues…: create, edit and delete the
// project's dialogues.
func (ws *Workspace) showDialogues() {
	if ws.store() == nil {
		return
	}
	rows := func() []string {
		out := make([]string, len(ws.data.dialogues))
		for i, d := range ws.data.dialogues {
			out[i] = dialogueLabel(d)
		}
		return out
	}
	ws.showManager("Dialogues", rows,
		action{label: "New…", run: func(int) { ws.editDialogue(storage.Dialogue{}) }},
		action{label: "Edit…", needsRow: true, run: func(i int) { ws.editDialogue(ws.data.dialogues[i]) }},
		action{label: "Show", needsRow: true, run: func(i int) { ws.showDialogue(ws.data.dialogues[i].ID) }},
		action{label: "Delete…", needsRow: true, run: func(i int) { ws.confirmDeleteDialogue(ws.data.dialogues[i]) }},
	)
}

// editDialogue asks for a dialogue's title, round, place, dates and series.
func (ws *Workspace) editDialogue(d storage.Dialogue) {
	title, round, place := newTextLine(), newTextLine(), newTextLine()
	start, end := newTextLine(), newTextLine()
	start.SetPlaceHolder("YYYY-MM-DD")
	end.SetPlaceHolder("YYYY-MM-DD")
	series := newPickEntry(nil)
	series.SetPlaceHolder("e.g. China-EU Human Rights Dialogue")
	title.SetText(d.Title)
	if d.Round != 0 {
		round.SetText(strconv.Itoa(d.Round))
	}
	place.SetText(d.Place)
	start.SetText(d.StartDate)
	end.SetText(d.EndDate)
	ws.fillSeries(series, d.SeriesID)
	round.Validator = func(s string) error {
		if _, err := strconv.Atoi(strings.TrimSpace(s)); s != "" && err != nil {
			return fmt.Errorf("a round is a number")
		}
		return nil
	}
	for _, e := range []*blurEntry{start, end} {
		e.Validator = validDate
	}
	items := []*widget.FormItem{widget.NewFormItem("Title", title), widget.NewFormItem("Round", round),
		widget.NewFormItem("Place", place), widget.NewFormItem("From", start), widget.NewFormItem("To", end),
		widget.NewFormItem("Series", series)}
	name := "New dialogue"
	if d.ID != 0 {
		name = "Edit dialogue"
	}
	dlg := dialog.NewForm(name, "Save", "Cancel", items, func(ok bool) {
		if !ok {
			return
		}
		d.Title, d.Place = strings.TrimSpace(title.Text), strings.TrimSpace(place.Text)
		// The validator lets only a number or nothing through: nothing is 0.
		d.Round, _ = strconv.Atoi(strings.TrimSpace(round.Text))
		d.StartDate, d.EndDate = strings.TrimSpace(start.Text), strings.TrimSpace(end.Text)
		ws.saveDialogue(d, strings.TrimSpace(series.Text))
	}, ws.win)
	dlg.Resize(fyne.NewSize(520, 420))
	showForm(ws.win, dlg, name, items)
}

// fillSeries offers the project's series and shows the one chosen.
func (ws *Workspace) fillSeries(series *pickEntry, chosen *int64) {
	var all []storage.Series
	var err error
	ws.run.run(func() { all, err = ws.store().AllSeries(context.Background()) }, func() {
		if err != nil {
			ws.showError("Could not read the series", err)
			return
		}
		var names []string
		for _, s := range all {
			names = append(names, s.Name)
			if chosen != nil && *chosen == s.ID {
				series.SetText(s.Name)
			}
		}
		series.SetOptions(names)
	})
}

func validDate(s string) error {
	s = strings.TrimSpace(s)
	if s == "" {
		return nil
	}
	if !storage.ValidDate(s) {
		return fmt.Errorf("write the date as YYYY-MM-DD, a day the calendar has")
	}
	return nil
}

func (ws *Workspace) confirmDeleteDialogue(d storage.Dialogue) {
	var n int64
	var err error
	ws.run.run(func() {
		n, err = ws.store().CountStatements(context.Background(), storage.StatementFilter{DialogueID: d.ID})
	}, func() {
		if err != nil {
			ws.showError("Could not count the statements", err)
			return
		}
		msg := fmt.Sprintf("%s will be deleted with its %s, their notes and links, and its assessments.\nIts sources stay in the project.\nYou can undo this with Edit › Undo.", d.Title, statementsText(int(n)))
		ws.confirm("Delete this dialogue?", msg, func(ok bool) {
			if !ok {
				return
			}
			ws.deleteVocab("delete dialogue", func(ctx context.Context) (storage.VocabSnapshot, error) {
				return ws.store().DeleteDialogue(ctx, d.ID)
			})
		})
	})
}
