package app

import (
	"context"
	"fmt"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"unicode"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	fynestorage "fyne.io/fyne/v2/storage"
	"fyne.io/fyne/v2/widget"

	"parley/app/report"
	"parley/storage"
)

// ShowExport opens File → Export…: which dialogues, topics, parties and
// tags, with or without notes, sources and overview, on which paper; then
// a file to write, a progress bar while the export runs off the UI
// goroutine, and "Open in browser" when a report is done. dialogueID is
// the dialogue checked at first (0 checks them all).
func ShowExport(win fyne.Window, st *storage.Store, dialogueID int64) {
	f, err := newExportForm(context.Background(), st, dialogueID)
	if err != nil {
		dialog.ShowError(err, win)
		return
	}
	d := dialog.NewCustomConfirm("Export", "Choose a file…", "Cancel", f.content(), func(ok bool) {
		if !ok {
			return
		}
		format, o, err := f.options()
		if err != nil {
			dialog.ShowError(err, win)
			return
		}
		pickExportFile(win, format, exportFileName(f, o, format), func(path string) {
			startExport(win, st, format, o, path)
		})
	}, win)
	d.Resize(fyne.NewSize(780, 600))
	d.Show()
}

// exportFileName proposes a file name from the one dialogue exported, or
// a general one.
func exportFileName(f *exportForm, o report.Options, format string) string {
	base := "parley-report"
	if format == "csv" {
		base = "parley-statements"
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

func pickExportFile(win fyne.Window, format, name string, then func(path string)) {
	fd := dialog.NewFileSave(func(w fyne.URIWriteCloser, err error) {
		if err != nil {
			dialog.ShowError(err, win)
			return
		}
		if w == nil {
			return
		}
		path := w.URI().Path()
		if err := w.Close(); err != nil {
			dialog.ShowError(fmt.Errorf("write %s: %w", path, err), win)
			return
		}
		then(path)
	}, win)
	fd.SetFileName(name)
	fd.SetFilter(fynestorage.NewExtensionFileFilter([]string{"." + format}))
	showFileDialog(fd)
}

// startExport writes the export with a progress bar and Cancel, off the
// UI goroutine, then offers to open the report.
func startExport(win fyne.Window, st *storage.Store, format string, o report.Options, path string) {
	ctx, cancel := context.WithCancel(context.Background())
	bar := widget.NewProgressBar()
	label := widget.NewLabel("Writing " + filepath.Base(path) + "…")
	prog := dialog.NewCustom("Exporting", "Cancel", container.NewVBox(label, bar), win)
	prog.SetOnClosed(cancel)
	prog.Resize(fyne.NewSize(420, 0))
	prog.Show()
	go func() {
		err := exportTo(ctx, st, format, o, path, func(p float64) { fyne.Do(func() { bar.SetValue(p) }) })
		fyne.Do(func() {
			cancelled := ctx.Err() != nil // read before Hide, which cancels too
			prog.Hide()
			switch {
			case cancelled && err != nil:
				// Cancelled by the user: nothing was written, nothing to say.
			case err != nil:
				dialog.ShowError(err, win)
			default:
				showExportDone(win, format, path)
			}
		})
	}()
}

// exportTo writes through a temporary file renamed into place, so that a
// failed or cancelled export never leaves half a file at path.
func exportTo(ctx context.Context, st *storage.Store, format string, o report.Options, path string, progress report.Progress) error {
	tmp, err := os.CreateTemp(filepath.Dir(path), ".parley-export-*")
	if err != nil {
		return fmt.Errorf("write %s: %w", path, err)
	}
	defer os.Remove(tmp.Name())
	if err := report.Export(ctx, st, format, o, tmp, progress); err != nil {
		tmp.Close()
		return err
	}
	// CreateTemp makes the file private; a report is made to be shared.
	if err := tmp.Chmod(0o644); err != nil {
		tmp.Close()
		return fmt.Errorf("write %s: %w", path, err)
	}
	if err := tmp.Close(); err != nil {
		return fmt.Errorf("write %s: %w", path, err)
	}
	if err := os.Rename(tmp.Name(), path); err != nil {
		return fmt.Errorf("write %s: %w", path, err)
	}
	return nil
}

func showExportDone(win fyne.Window, format, path string) {
	msg := widget.NewLabel("Wrote " + path)
	msg.Wrapping = fyne.TextWrapWord
	if format != "html" {
		dialog.ShowCustom("Export done", "Close", msg, win)
		return
	}
	var d dialog.Dialog
	open := widget.NewButton("Open in browser", func() {
		d.Hide()
		if err := openInBrowser(path); err != nil {
			dialog.ShowError(err, win)
		}
	})
	open.Importance = widget.HighImportance
	d = dialog.NewCustom("Report ready", "Close", container.NewVBox(msg, open), win)
	d.Resize(fyne.NewSize(460, 0))
	d.Show()
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
