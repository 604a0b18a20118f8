package app

import (
	"context"
	"fmt"
	"io"
	"net/url"
	"path/filepath"
	"strings"
	"unicode"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/widget"

	"parley/app/report"
	"parley/storage"
	"parley/widgets"
)

// askExport opens File → Export…: which dialogues, topics, parties and
// tags, with or without notes, sources and overview, on which paper; then
// a file to write, a progress bar while the export runs on the runner,
// and "Open in browser" when a report is done. dialogueID is the dialogue
// checked at first (0 checks them all).
func askExport(svc *services, dialogueID int64) {
	st := svc.store()
	var l exportLists
	var err error
	svc.run.run(func() { l, err = readExportLists(context.Background(), st) }, func() {
		if err != nil {
			svc.showError("Could not start the export", err)
			return
		}
		showExportDialog(svc, newExportForm(l, dialogueID))
	})
}

// showExportDialog shows the form. A choice that cannot be exported (no
// dialogue checked, say) is said over the dialog, which stays open with
// the user's choices.
func showExportDialog(svc *services, f *exportForm) {
	var d dialog.Dialog
	cancel := widget.NewButton("Cancel", func() { d.Hide() })
	choose := widget.NewButton("Choose a file…", func() {
		format, o, err := f.options()
		if err != nil {
			svc.showError("Nothing to export", err)
			return
		}
		d.Hide()
		pickExportFile(svc, format, exportFileName(f, o, format), func(path string, replace bool) {
			startExport(svc, format, o, path, replace)
		})
	})
	choose.Importance = widget.HighImportance
	body := f.content(cancel, choose)
	d = dialog.NewCustomWithoutButtons("Export", body, svc.win)
	// As tall and wide as the window allows, up to what the lists can
	// use, asked for before Show, which centres the dialog by it. Fyne
	// centres a dialog by the size asked for even where it keeps its
	// larger least size, so a size below the least is never asked for.
	win, least := svc.win.Canvas().Size(), d.MinSize()
	want := fyne.NewSize(min(win.Width*0.92, 1000), min(win.Height-48, 760))
	if want.Width < least.Width || want.Height < least.Height {
		want = least
	}
	d.Resize(want)
	showModal(svc.win, d)
}

// exportFileName proposes a file name from the one dialogue exported, or
// a general one.
func exportFileName(f *exportForm, o report.Options, format string) string {
	base := "parley-report"
	switch format {
	case "csv":
		base = "parley-statements"
	case "json", "qdpx", "xlsx":
		base = "parley-project"
	}
	if len(o.Dialogues) == 1 {
		if s := slug(f.titles[o.Dialogues[0]]); s != "" {
			base = s
		}
	}
	return base + "." + format
}

// slug keeps letters and digits (any script) and joins the words with
// hyphens, for a file name that works everywhere.
func slug(s string) string {
	words := strings.FieldsFunc(strings.ToLower(s), func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
	out := strings.Join(words, "-")
	if r := []rune(out); len(r) > 60 {
		out = string(r[:60])
	}
	return out
}

// pickExportFile asks where to write the export, starting in the
// project's folder (exportFolder). It refuses a project (this one or
// another), a folder, a device or a pipe, and asks before replacing an
// existing file.
func pickExportFile(svc *services, format, name string, then func(path string, replace bool)) {
	st := svc.store()
	folder := exportFolder(st)
	if abs, err := filepath.Abs(folder); err == nil {
		folder = abs // a project opened by a relative name shows where it is
	}
	askSavePath(svc.win, "Export to", "Export", folder, name, func(folder, name string) {
		if filepath.Ext(name) == "" {
			name += "." + format
		}
		path := filepath.Join(folder, name)
		exists, err := report.CheckTarget(path, st.Path())
		switch {
		case err != nil:
			svc.showError("Could not export to "+name, err)
		case exists:
			d := dialog.NewConfirm("Replace file?", replaceQuestion(name, folder, "Replace it with the export?"), func(ok bool) {
				if ok {
					then(path, true)
				}
			}, svc.win)
			d.SetConfirmText("Replace")
			d.SetDismissText("Cancel")
			showModal(svc.win, d)
		default:
			then(path, false)
		}
	})
}

// replaceQuestion asks whether to replace the file name in folder, with
// what the names hold that is not plain text marked (widgets.Visible): a
// direction override in a mailed file's name could otherwise make it read
// as another file.
func replaceQuestion(name, folder, question string) string {
	return widgets.Visible(name+" already exists in "+folder+".") + "\n" + question
}

// startExport writes the export on the runner with a progress bar and
// Cancel, then offers to open the report.
func startExport(svc *services, format string, o report.Options, path string, replace bool) {
	st := svc.store()
	ctx, cancel := context.WithCancel(context.Background())
	bar := widget.NewProgressBar()
	label := widget.NewLabel(widgets.Visible("Writing " + filepath.Base(path) + "…"))
	prog := dialog.NewCustom("Exporting", "Cancel", container.NewVBox(label, bar), svc.win)
	prog.SetOnClosed(cancel)
	prog.Resize(fyne.NewSize(420, 0))
	showModal(svc.win, prog) // Esc is its Cancel
	var notice string
	var err error
	svc.run.run(func() {
		notice, err = exportTo(ctx, st, format, o, path, replace, func(p float64) { fyne.Do(func() { bar.SetValue(p) }) })
	}, func() {
		cancelled := ctx.Err() != nil // read before Hide, which cancels too
		prog.Hide()
		switch {
		case cancelled && err != nil:
			// Cancelled by the user: nothing was written, nothing to say.
		case err != nil:
			svc.showError("Could not write the export", err)
		default:
			showExportDone(svc, format, path, notice)
		}
	})
}

// exportTo writes the export through report.WriteFile: a failed or
// cancelled export never leaves half a file at path, and an existing file
// is replaced only when replace says so. notice is exportExchange's, then
// a line for each date that is none (the file edited by another program),
// which is exported empty rather than stopping the export.
func exportTo(ctx context.Context, st *storage.Store, format string, o report.Options, path string, replace bool, progress report.Progress) (notice string, err error) {
	ctx, bad := storage.NoteBadTimes(ctx)
	err = report.WriteFile(path, replace, func(w io.Writer) error {
		ok, n, err := exportExchange(ctx, st, format, o, w)
		if ok {
			notice = n
			return err
		}
		return report.Export(ctx, st, format, o, w, progress)
	})
	if err != nil {
		return "", err
	}
	lines := bad.Lines()
	if notice != "" {
		lines = append([]string{notice}, lines...)
	}
	return strings.Join(lines, "\n"), nil
}

func showExportDone(svc *services, format, path, notice string) {
	// A name with a direction override could show "report.html" for
	// "report\u202elmth.exe": Visible marks it as ⇆.
	msg := widget.NewLabel(widgets.Visible("Wrote " + path))
	msg.Wrapping = fyne.TextWrapWord
	if format != "html" {
		body := fyne.CanvasObject(msg)
		if notice != "" {
			body = container.NewVBox(msg, wrapped(notice, 460))
		}
		d := dialog.NewCustom("Export done", "Close", body, svc.win)
		d.Resize(fyne.NewSize(520, 0))
		showModal(svc.win, d)
		return
	}
	var d dialog.Dialog
	open := widget.NewButton("Open in browser", func() {
		d.Hide()
		if err := openInBrowser(path); err != nil {
			svc.showError("Could not open the report", err)
		}
	})
	open.Importance = widget.HighImportance
	body, width := container.NewVBox(msg, open), float32(460)
	if notice != "" {
		body, width = container.NewVBox(msg, wrapped(notice, 460), open), 520
	}
	d = dialog.NewCustom("Report ready", "Close", body, svc.win)
	d.Resize(fyne.NewSize(width, 0))
	showModal(svc.win, d)
}

// openInBrowser hands the report to the system's default browser.
func openInBrowser(path string) error {
	abs, err := filepath.Abs(path)
	if err != nil {
		return fmt.Errorf("open %s: %w", path, err)
	}
	p := filepath.ToSlash(abs)
	if !strings.HasPrefix(p, "/") {
		p = "/" + p // a Windows drive: file:///C:/...
	}
	u := &url.URL{Scheme: "file", Path: p}
	if err := fyne.CurrentApp().OpenURL(u); err != nil {
		return fmt.Errorf("open %s in the browser: %w", path, err)
	}
	return nil
}
