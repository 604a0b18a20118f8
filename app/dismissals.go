package app

import (
	"context"
	"fmt"
	"slices"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"

	"parley/app/evolution"
	"parley/storage"
)

// dismissCommand stores the analyst's dismissal of a machine suggestion,
// so that it is not made again, in this session or the next; undo removes
// it (the suggestion comes back) and redo puts it back with its ID. A
// suggestion someone else dismissed meanwhile is left as it is, and then
// the undo has nothing to take back.
func (ws *Workspace) dismissCommand(label string, d storage.Dismissal, at place) *command {
	var stored storage.Dismissal
	made := false
	return &command{label: label,
		do: func(ctx context.Context) error {
			if made {
				return ws.store().RestoreDismissal(ctx, stored)
			}
			stored = d
			var err error
			made, err = ws.store().Dismiss(ctx, &stored)
			return err
		},
		undo: func(ctx context.Context) error {
			if !made {
				return nil
			}
			return errOnly(ws.store().Undismiss(ctx, stored.ID))
		},
		at: at,
	}
}

// restoreDismissed removes dismissal id, so that its suggestion is made
// again; undo dismisses it again.
func (ws *Workspace) restoreDismissed(id int64, after func()) {
	var gone storage.Dismissal
	ws.exec(&command{label: "restore suggestion",
		do: func(ctx context.Context) error {
			var err error
			gone, err = ws.store().Undismiss(ctx, id)
			return err
		},
		undo:  func(ctx context.Context) error { return ws.store().RestoreDismissal(ctx, gone) },
		after: func(*command) { after() },
	})
}

// dismissedView is Project → Dismissed Suggestions…: every suggestion the
// analyst dismissed (suggested links of the compare view, repeats of the
// Evolution tab), with who dismissed it and when, and Restore, which makes
// it a suggestion again (undoable).
type dismissedView struct {
	pickList[storage.DismissalView]
	restore *widget.Button
}

const dismissedIntro = "Suggestions you dismissed are not made again: suggested links in Compare (D), " +
	"repeats in the Evolution tab (Not a repeat), and parley suggest-links -dismiss. " +
	"Restore one to have it suggested again."

// showDismissed opens Project → Dismissed Suggestions….
func (ws *Workspace) showDismissed() {
	if ws.store() == nil {
		return
	}
	v := &dismissedView{}
	v.pickList = pickList[storage.DismissalView]{ws: ws, text: dismissedIntro,
		empty:   "You have dismissed no suggestions in this project.",
		reading: "Reading the dismissed suggestions…",
		failed:  "Could not read the dismissed suggestions",
		read:    readDismissals, enable: v.enable}
	v.restore = widget.NewButton("Restore", v.onRestore)
	v.show("Dismissed Suggestions", newDismissedRow, v.updateRow, v.restore)
}

func (v *dismissedView) enable() {
	_, chosen := v.chosen()
	setEnabled(v.restore, v.writable() && chosen)
}

// readDismissals reads the dismissals, the latest first.
func readDismissals(st *storage.Store) ([]storage.DismissalView, error) {
	rows, err := st.DismissalViews(context.Background(), "", 0)
	slices.Reverse(rows)
	return rows, err
}

// newDismissedRow is a row of two lines: what was suggested, with who
// dismissed it and when, and the two statements.
func newDismissedRow() fyne.CanvasObject {
	head := widget.NewLabel("suggestion")
	head.TextStyle.Bold = true
	head.Truncation = fyne.TextTruncateEllipsis
	who := widget.NewLabel("")
	who.Importance = widget.LowImportance
	texts := widget.NewLabel("statements")
	texts.Truncation = fyne.TextTruncateEllipsis
	return container.NewVBox(container.NewBorder(nil, nil, nil, who, head), texts)
}

func (v *dismissedView) updateRow(r storage.DismissalView, c *fyne.Container) {
	line := c.Objects[0].(*fyne.Container)
	setText(line.Objects[0].(*widget.Label), v.ws.dismissalHead(r))
	by := r.CreatedBy
	if by == "" {
		by = "someone"
	}
	setText(line.Objects[1].(*widget.Label), fmt.Sprintf("%s · %s", by, r.CreatedAt.Local().Format("2 Jan 2006")))
	setText(c.Objects[1].(*widget.Label), v.ws.dismissalTexts(r))
}

// dismissalTexts are the two statements of a dismissal, each clipped: for
// a repeat the earlier round's first, then what the later one said.
func (ws *Workspace) dismissalTexts(r storage.DismissalView) string {
	if r.Kind == storage.DismissedRepeat {
		return ws.holderNames(r.To.PartyIDs) + ": " + clip(r.To.Text, 80) + " — later: " + clip(r.From.Text, 80)
	}
	return ws.holderNames(r.From.PartyIDs) + ": " + clip(r.From.Text, 80) + " — " +
		ws.holderNames(r.To.PartyIDs) + ": " + clip(r.To.Text, 80)
}

// dismissalHead says what was suggested and where.
func (ws *Workspace) dismissalHead(r storage.DismissalView) string {
	if r.Kind == storage.DismissedRepeat {
		later, earlier := ws.dialogueOf(r.From.DialogueID), ws.dialogueOf(r.To.DialogueID)
		return "Not a repeat in " + evolution.Round{Dialogue: later}.Label() + " of " + evolution.Round{Dialogue: earlier}.Label()
	}
	return "Suggested link, " + r.Type.Label() + ": " + ws.dialogueOf(r.From.DialogueID).Title
}

// dialogueOf is a dialogue of the loaded project; one titled by its ID
// when it is not loaded.
func (ws *Workspace) dialogueOf(id int64) storage.Dialogue {
	for _, d := range ws.data.dialogues {
		if d.ID == id {
			return d
		}
	}
	return storage.Dialogue{ID: id, Title: fmt.Sprintf("dialogue %d", id)}
}

func (v *dismissedView) onRestore() {
	r, ok := v.chosen()
	if !ok {
		return
	}
	v.ws.restoreDismissed(r.ID, v.fetch)
}
