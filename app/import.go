package app

import (
	"context"
	"errors"
	"fmt"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/widget"

	"parley/app/ingest"
	"parley/storage"
)

// importExtensions are the files File → Import… offers.
var importExtensions = []string{".txt", ".md", ".markdown", ".html", ".htm", ".docx", ".pdf"}

// askImport asks for a readout (a file, or the text on the clipboard) and
// the party that wrote it, reads and proposes statements on the runner
// with a progress bar and Cancel, offers "already imported" when the
// project has the same text, and opens the review window. onDone runs
// after statements were stored (it may be nil).
func askImport(svc *services, dialogueID int64, onDone func()) {
	st := svc.store()
	var parties []storage.Party
	var err error
	svc.run.run(func() { parties, err = st.Parties(context.Background()) }, func() {
		if err != nil {
			svc.showError("Could not start the import", err)
			return
		}
		showImportDialog(svc, importJob{dialogueID: dialogueID, onDone: onDone}, parties)
	})
}

// importJob is what an import needs from the dialog that starts it to the
// review that stores it.
type importJob struct {
	dialogueID int64
	onDone     func()
	author     string
}

func showImportDialog(svc *services, job importJob, parties []storage.Party) {
	names := make([]string, 0, len(parties))
	for _, p := range parties {
		names = append(names, p.Name)
	}
	author := newPickEntry(names)
	author.SetPlaceHolder("e.g. China, EU (optional)")
	var d dialog.Dialog
	fromFile := widget.NewButton("Choose a file…", func() {
		d.Hide()
		importPickFile(svc, func(path string) {
			job.author = author.Text
			startImport(svc, job, func(ctx context.Context, p ingest.Progress) (ingest.Document, error) {
				return ingest.ReadFile(ctx, path, p)
			})
		})
	})
	fromFile.Importance = widget.HighImportance
	paste := widget.NewButton("Paste from the clipboard", func() {
		d.Hide()
		text := fyne.CurrentApp().Clipboard().Content()
		job.author = author.Text
		startImport(svc, job, func(context.Context, ingest.Progress) (ingest.Document, error) {
			return fromClipboard(text)
		})
	})
	form := widget.NewForm(widget.NewFormItem("Written by", author))
	hint := widget.NewLabel("Plain text, Markdown, web pages (.html), Word (.docx) and PDF with a text layer.")
	hint.Wrapping = fyne.TextWrapWord
	content := container.NewVBox(hint, form, container.NewGridWithColumns(2, fromFile, paste))
	d = dialog.NewCustom("Import a source", "Cancel", content, svc.win)
	d.Resize(fyne.NewSize(520, 0))
	showModal(svc.win, d)
}

// fromClipboard reads the clipboard's text as a readout. The reader's
// errors speak of a file; a user who pasted must hear of the clipboard.
func fromClipboard(text string) (ingest.Document, error) {
	d, err := ingest.FromClipboard(text)
	switch {
	case errors.Is(err, ingest.ErrEmpty):
		return d, errors.New("the clipboard holds no text: copy the readout's text first, then choose Paste from the clipboard again")
	case errors.Is(err, ingest.ErrNotText):
		return d, errors.New("the clipboard holds no readable text (it holds binary data): copy the readout's text, or import its file with Choose a file…")
	}
	return d, err
}

func importPickFile(svc *services, then func(path string)) {
	pickFile(svc, importExtensions, false, then)
}

// readFunc reads a document, reporting progress.
type readFunc func(ctx context.Context, p ingest.Progress) (ingest.Document, error)

// proposed is what the import's background work hands to the review: the
// draft, the proposer that made it, earlier imports of the same text and
// the project's lists the review offers.
type proposed struct {
	draft *ingest.Draft
	p     *ingest.Proposer
	dups  []storage.Source
	lists reviewLists
}

// startImport reads and proposes on the runner behind a progress dialog
// with Cancel, then checks for an earlier import and opens the review.
func startImport(svc *services, job importJob, read readFunc) {
	st := svc.store()
	ctx, cancel := context.WithCancel(context.Background())
	bar := widget.NewProgressBar()
	status := widget.NewLabel("Reading…")
	prog := dialog.NewCustom("Importing", "Cancel", container.NewVBox(status, bar), svc.win)
	prog.SetOnClosed(cancel)
	prog.Resize(fyne.NewSize(420, 0))
	showModal(svc.win, prog) // Esc is its Cancel
	var res proposed
	var err error
	svc.run.run(func() {
		res, err = propose(ctx, st, job.author, withDialogueDate(st, job.dialogueID, read), func(stage string, f float64) {
			fyne.Do(func() { status.SetText(stage); bar.SetValue(f) })
		})
	}, func() {
		// Hide runs the dialog's close callback, cancel: harmless now
		// that the work is over. The callback is left in place on
		// purpose: in Fyne v2.8.1 a nil one given to SetOnClosed is
		// chained, not cleared, and panics on Hide.
		prog.Hide()
		switch {
		case errors.Is(err, context.Canceled):
		case err != nil:
			svc.showError("Could not import the source", err)
		case len(res.dups) > 0:
			importOfferAgain(svc.win, res.dups[0], func() { showReview(svc, res, job) })
		default:
			showReview(svc, res, job)
		}
	})
}

// propose is the import's background work: read, propose, look for an
// earlier import of the text and read the lists the review offers.
func propose(ctx context.Context, st *storage.Store, author string, read readFunc, report func(string, float64)) (proposed, error) {
	draft, p, err := importWork(ctx, st, author, read, report)
	if err != nil {
		return proposed{}, err
	}
	res := proposed{draft: draft, p: p}
	if res.dups, err = ingest.Duplicates(ctx, st, draft.Doc.Text); err != nil {
		return proposed{}, err
	}
	if res.lists, err = readReviewLists(ctx, st, draft); err != nil {
		return proposed{}, err
	}
	return res, nil
}

// reviewMaxBytes is the longest text the review window takes: a readout
// is a few kilobytes, and 4 MB are some sixty thousand sentences to go
// through one by one. Longer sources go through `parley import`, which
// has no such limit.
const reviewMaxBytes = 4 << 20

// tooLongToReview says that doc is past reviewMaxBytes: what it is (the
// pasted text, or the readout by its title), its size and the limit, to a
// tenth of a megabyte so that 4.9 MB never reads as the 4 MB allowed, and
// what to do instead.
func tooLongToReview(doc ingest.Document) error {
	size, limit := megabytes(len(doc.Text)), megabytes(reviewMaxBytes)
	if doc.Format == "clipboard" {
		what := "The pasted text"
		if doc.Title != "" && doc.Title != "Pasted text" {
			what += fmt.Sprintf(" (%q)", doc.Title)
		}
		return storage.NamedErrorf("%s is %s, too long to review here: the review window takes at most %s. "+
			"Copy and paste a part of it, or save it to a file and store that without review with `parley import -accept`.", what, size, limit)
	}
	return storage.NamedErrorf("%q is %s of text, too long to review here (at most %s); `parley import -accept` stores it without review.",
		doc.Title, size, limit)
}

// megabytes is n bytes in megabytes to one decimal: "4.9 MB".
func megabytes(n int) string {
	return fmt.Sprintf("%.1f MB", float64(n)/(1<<20))
}

// importWork reads the document and proposes its statements; it never
// touches the project. Reading takes the first half of the progress bar
// only when it reports progress: a paste is read at once, and its bar
// read half full before the first sentence was proposed.
func importWork(ctx context.Context, st *storage.Store, author string, read readFunc, report func(string, float64)) (*ingest.Draft, *ingest.Proposer, error) {
	readShare := 0.0
	doc, err := read(ctx, func(done, total int64) {
		if total > 0 {
			readShare = 0.5
			report("Reading…", readShare*float64(done)/float64(total))
		}
	})
	if err != nil {
		return nil, nil, err
	}
	if len(doc.Text) > reviewMaxBytes {
		return nil, nil, tooLongToReview(doc)
	}
	report("Learning from the project's statements…", readShare)
	p, err := ingest.LoadProposer(ctx, st)
	if err != nil {
		return nil, nil, err
	}
	d, err := p.Propose(ctx, doc, strings.TrimSpace(author), func(done, total int) {
		if total > 0 {
			report(fmt.Sprintf("Proposing statements… %d of %d sentences", done, total), readShare+(1-readShare)*float64(done)/float64(total))
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
	showModal(win, c)
}
