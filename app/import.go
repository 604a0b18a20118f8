package app

import (
	"context"
	"errors"
	"fmt"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	fynestorage "fyne.io/fyne/v2/storage"
	"fyne.io/fyne/v2/widget"

	"parley/app/ingest"
	"parley/storage"
)

// importExtensions are the files File → Import… offers.
var importExtensions = []string{".txt", ".md", ".markdown", ".html", ".htm", ".docx", ".pdf"}

// ShowImport asks for a readout (a file, or the text on the clipboard) and
// the party that wrote it, reads and proposes statements off the UI
// goroutine with a progress bar and Cancel, offers "already imported"
// when the project has the same text, and opens the review window. onDone
// runs after statements were stored (it may be nil).
func ShowImport(win fyne.Window, st *storage.Store, dialogueID int64, onDone func()) {
	author := widget.NewSelectEntry(importAuthorOptions(st))
	author.SetPlaceHolder("e.g. China, EU (optional)")
	var d dialog.Dialog
	fromFile := widget.NewButton("Choose a file…", func() {
		d.Hide()
		importPickFile(win, func(path string) {
			startImport(win, st, dialogueID, onDone, author.Text, func(ctx context.Context, p ingest.Progress) (ingest.Document, error) {
				return ingest.ReadFile(ctx, path, p)
			})
		})
	})
	fromFile.Importance = widget.HighImportance
	paste := widget.NewButton("Paste from the clipboard", func() {
		d.Hide()
		text := fyne.CurrentApp().Clipboard().Content()
		startImport(win, st, dialogueID, onDone, author.Text, func(context.Context, ingest.Progress) (ingest.Document, error) {
			return ingest.FromClipboard(text)
		})
	})
	form := widget.NewForm(widget.NewFormItem("Written by", author))
	hint := widget.NewLabel("Plain text, Markdown, web pages (.html), Word (.docx) and PDF with a text layer.")
	hint.Wrapping = fyne.TextWrapWord
	content := container.NewVBox(hint, form, container.NewGridWithColumns(2, fromFile, paste))
	d = dialog.NewCustom("Import a source", "Cancel", content, win)
	d.Resize(fyne.NewSize(520, 0))
	d.Show()
}

func importAuthorOptions(st *storage.Store) []string {
	parties, err := st.Parties(context.Background())
	if err != nil {
		return nil
	}
	out := make([]string, 0, len(parties))
	for _, p := range parties {
		out = append(out, p.Name)
	}
	return out
}

func importPickFile(win fyne.Window, then func(path string)) {
	fd := dialog.NewFileOpen(func(r fyne.URIReadCloser, err error) {
		if err != nil {
			dialog.ShowError(err, win)
			return
		}
		if r == nil {
			return
		}
		path := r.URI().Path()
		if err := r.Close(); err != nil {
			fyne.LogError("close picked file", err)
		}
		then(path)
	}, win)
	fd.SetFilter(fynestorage.NewExtensionFileFilter(importExtensions))
	showFileDialog(fd)
}

// readFunc reads a document, reporting progress.
type readFunc func(ctx context.Context, p ingest.Progress) (ingest.Document, error)

// startImport reads and proposes in the background behind a progress
// dialog with Cancel, then checks for an earlier import and opens the
// review.
func startImport(win fyne.Window, st *storage.Store, dialogueID int64, onDone func(), author string, read readFunc) {
	ctx, cancel := context.WithCancel(context.Background())
	bar := widget.NewProgressBar()
	status := widget.NewLabel("Reading…")
	prog := dialog.NewCustom("Importing", "Cancel", container.NewVBox(status, bar), win)
	prog.SetOnClosed(cancel)
	prog.Resize(fyne.NewSize(420, 0))
	prog.Show()
	go func() {
		draft, p, err := importWork(ctx, st, author, read, func(stage string, f float64) {
			fyne.Do(func() { status.SetText(stage); bar.SetValue(f) })
		})
		var dups []storage.Source
		if err == nil {
			dups, err = ingest.Duplicates(ctx, st, draft.Doc.Text)
		}
		fyne.Do(func() {
			// Hide runs the dialog's close callback, cancel: harmless now
			// that the work is over. (SetOnClosed(nil) would not clear it;
			// in Fyne v2.8.1 it chains a call to nil that panics on Hide.)
			prog.Hide()
			switch {
			case errors.Is(err, context.Canceled):
			case err != nil:
				dialog.ShowError(err, win)
			case len(dups) > 0:
				importOfferAgain(win, dups[0], func() { ShowReview(win, st, p, draft, dialogueID, onDone) })
			default:
				ShowReview(win, st, p, draft, dialogueID, onDone)
			}
		})
	}()
}

// reviewMaxBytes is the longest text the review window takes: a readout
// is a few kilobytes, and the window lays out the whole text at once.
// Longer sources go through `parley import`, which has no such limit.
const reviewMaxBytes = 4 << 20

// importWork reads the document and proposes its statements; it never
// touches the project.
func importWork(ctx context.Context, st *storage.Store, author string, read readFunc, report func(string, float64)) (*ingest.Draft, *ingest.Proposer, error) {
	doc, err := read(ctx, func(done, total int64) {
		if total > 0 {
			report("Reading…", 0.5*float64(done)/float64(total))
		}
	})
	if err != nil {
		return nil, nil, err
	}
	if len(doc.Text) > reviewMaxBytes {
		return nil, nil, fmt.Errorf("%q is %d MB of text, too long to review here (at most %d MB); `parley import -accept` stores it without review",
			doc.Title, len(doc.Text)>>20, reviewMaxBytes>>20)
	}
	report("Learning from the project's statements…", 0.5)
	p, err := ingest.LoadProposer(ctx, st)
	if err != nil {
		return nil, nil, err
	}
	d, err := p.Propose(ctx, doc, strings.TrimSpace(author), func(done, total int) {
		if total > 0 {
			report(fmt.Sprintf("Proposing statements… %d of %d sentences", done, total), 0.5+0.5*float64(done)/float64(total))
		}
	})
	if err != nil {
		return nil, nil, err
	}
	return d, p, nil
}

func importOfferAgain(win fyne.Window, old storage.Source, again func()) {
	msg := fmt.Sprintf("This text is already in the project as %q (imported %s).\nImport it once more?",
		old.Title, old.ImportedAt.Local().Format("2 Jan 2006 15:04"))
	c := dialog.NewConfirm("Already imported", msg, func(ok bool) {
		if ok {
			again()
		}
	}, win)
	c.SetConfirmText("Import again")
	c.SetDismissText("Cancel")
	c.Show()
}
