package app

import (
	"context"
	"errors"
	"fmt"
	"path/filepath"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/widget"

	"parley/app/exchange"
	"parley/storage"
	"parley/widgets"
)

// askImportJSON is File → Import JSON…: a Parley JSON file (a whole
// project, as File → Export… and `parley export -format json` write it)
// becomes a new project, which then opens, as `parley import-json` does.
// The file keeps its records' IDs and names, so it is never merged into
// the open project, which it leaves as it is. The file is checked
// completely before the new project is named, and a failed or cancelled
// import makes nothing.
func (ws *Workspace) askImportJSON() {
	pickFile(&ws.services, []string{".json"}, true, func(path string) { ws.readJSON(path, false) })
}

// readJSON reads and checks the file on the runner; edited accepts
// statements whose text differs from their source (asked for first).
func (ws *Workspace) readJSON(path string, edited bool) {
	name := filepath.Base(path)
	var p *exchange.Prepared
	var err error
	stop := ws.slow("Reading " + name)
	ws.run.run(func() {
		p, err = exchange.Prepare(path, exchange.ImportOptions{AllowEditedText: edited})
	}, func() {
		stop()
		var et *exchange.EditedTextError
		switch {
		case errors.As(err, &et) && !edited:
			ws.askEditedText(path, et)
		case err != nil:
			ws.showError("Could not import "+name, withRecord(err))
		default:
			ws.askJSONProject(path, p)
		}
	})
}

// askEditedText asks whether statements whose text is not their source's
// are imported as they are: what an analyst's edits in Parley look like in
// a file, and what a file that puts words into a source's mouth looks like.
func (ws *Workspace) askEditedText(path string, et *exchange.EditedTextError) {
	msg := fmt.Sprintf("In %s, statement %d does not quote source %d: at runes %d–%d the source says %q.\n\n"+
		"A statement whose text was edited in Parley after coding is exported so. From anyone else, "+
		"it may put words into a source's mouth. Import the statements' texts as they are?",
		filepath.Base(path), et.Statement, et.Source, et.Start, et.End, et.Says)
	d := dialog.NewCustomConfirm("Statements that do not quote their source", "Import as they are", "Cancel",
		wrapped(msg, 480), func(ok bool) {
			if ok {
				ws.readJSON(path, true)
			}
		}, ws.win)
	showModal(ws.win, d)
}

// askJSONProject asks for the new project's name, beside the file, then
// writes it.
func (ws *Workspace) askJSONProject(path string, p *exchange.Prepared) {
	name := strings.TrimSuffix(filepath.Base(path), filepath.Ext(path))
	ws.askProjectPathIn(filepath.Dir(path), "New project from "+filepath.Base(path), "Import", name, func(out string) {
		ws.writeJSONProject(path, p, out)
	})
}

// writeJSONProject writes the prepared file into the new project at out
// with a progress bar and Cancel, then opens it and says what it holds.
func (ws *Workspace) writeJSONProject(path string, p *exchange.Prepared, out string) {
	ctx, cancel := context.WithCancel(context.Background())
	bar := widget.NewProgressBar()
	label := widget.NewLabel(widgets.Visible("Writing " + filepath.Base(out) + "…"))
	prog := dialog.NewCustom("Importing "+widgets.Visible(filepath.Base(path)), "Cancel", container.NewVBox(label, bar), ws.win)
	prog.SetOnClosed(cancel)
	prog.Resize(fyne.NewSize(420, 0))
	showModal(ws.win, prog) // Esc is its Cancel
	var sum exchange.Summary
	var err error
	ws.run.run(func() {
		sum, err = p.Create(ctx, out, func(done, total int) {
			if total > 0 {
				fyne.Do(func() { bar.SetValue(float64(done) / float64(total)) })
			}
		})
	}, func() {
		cancelled := ctx.Err() != nil // read before Hide, which cancels too
		prog.Hide()
		switch {
		case cancelled && err != nil:
			// Cancelled by the user: nothing was made, nothing to say.
		case err != nil:
			ws.showError("Could not import "+filepath.Base(path), withRecord(err))
		default:
			ws.openProjectThen(out, func() { ws.inform("Import done", importedSummary(sum, path, out)) })
		}
	})
}

// withRecord keeps the file and the record an import error names ("bad.json:
// statement 3: "rebuttal" is not a kind of statement"): the error dialog
// shows a storage error's message alone, without what wraps it, and here
// what wraps it is what the analyst must find in the file.
func withRecord(err error) error {
	var se *storage.Error
	if !errors.As(err, &se) {
		return err
	}
	return storage.NamedErrorf("%s", strings.Replace(err.Error(), se.Error(), se.Message, 1))
}

// importedSummary says what an import made: "Imported 3 dialogues, 2
// sources, 412 statements and 20 notes from …".
func importedSummary(sum exchange.Summary, from, to string) string {
	counts := []string{plural(sum.Dialogues, "dialogue"), plural(sum.Sources, "source"),
		plural(sum.Statements, "statement")}
	return fmt.Sprintf("Imported %s and %s from %s into the new project %s, now open.",
		strings.Join(counts, ", "), plural(sum.Notes, "note"), filepath.Base(from), filepath.Base(to))
}

// plural is n and the word, in the plural unless n is 1.
func plural(n int, word string) string {
	if n == 1 {
		return "1 " + word
	}
	return fmt.Sprintf("%d %ss", n, word)
}
