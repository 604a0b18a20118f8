package app

import (
	"context"
	"errors"
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
	// Every field asks storage.CheckDialogueFields, the check import-json
	// and storage make, and shows what it says about that field: Save
	// stays off, and nothing typed is lost, until all of them agree.
	fields := func() (int, string, string, error) {
		n, err := roundNumber(round.Text)
		return n, strings.TrimSpace(start.Text), strings.TrimSpace(end.Text), err
	}
	round.Validator = func(string) error {
		n, from, to, err := fields()
		if err != nil {
			return err
		}
		return dialogueFieldError("round", storage.CheckDialogueFields(n, from, to))
	}
	start.Validator = func(string) error {
		if err := validDate(start.Text); err != nil {
			return err
		}
		n, from, to, _ := fields()
		return dialogueFieldError("start_date", storage.CheckDialogueFields(max(n, 0), from, to))
	}
	end.Validator = func(string) error {
		if err := validDate(end.Text); err != nil {
			return err
		}
		n, from, to, _ := fields()
		return dialogueFieldError("end_date", storage.CheckDialogueFields(max(n, 0), from, to))
	}
	// To is checked against From: a new From may put it right or wrong.
	start.OnChanged = func(string) { end.Validate() }
	for _, e := range []*blurEntry{round, start, end} {
		// Fyne holds an error back while the field has the focus, so a
		// click on Save straight after typing went through and the form
		// was gone with what was typed; shown at once, Save is off.
		e.AlwaysShowValidationError = true
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
		// The validator lets only a number from 1 or nothing through:
		// nothing is 0, a dialogue without a number.
		d.Round, _ = roundNumber(round.Text)
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

// roundNumber reads the Round field: empty is 0 (not numbered); 0 typed
// is refused, since rounds count from 1.
func roundNumber(s string) (int, error) {
	s = strings.TrimSpace(s)
	if s == "" {
		return 0, nil
	}
	n, err := strconv.Atoi(s)
	if err != nil {
		return 0, fmt.Errorf("a round is a whole number, such as 40")
	}
	if n < 1 {
		return n, fmt.Errorf("rounds count from 1; leave the field empty if the dialogue has no number")
	}
	return n, nil
}

// dialogueFieldError is what the form says under field for err, a
// storage.FieldError of CheckDialogueFields, in the form's words; an
// error about another field is nil here.
func dialogueFieldError(field string, err error) error {
	var fe *storage.FieldError
	if !errors.As(err, &fe) || fe.Field != field {
		return nil
	}
	if field == "end_date" {
		return fmt.Errorf("the dialogue cannot end before it starts: %s", fe.Msg)
	}
	return errors.New(fe.Msg)
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
