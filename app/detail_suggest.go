package app

import (
	"fmt"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"

	"parley/app/pairing"
	"parley/storage"
	"parley/widgets"
)

// suggestList shows, under the selected statement's links, the links
// pairing proposes between it and the other side's readout, each with its
// reason, to accept (A) or dismiss (D).
type suggestList struct {
	ws   *Workspace
	list *fyne.Container
	head fyne.CanvasObject
	box  *fyne.Container
}

func newSuggestList(ws *Workspace) *suggestList {
	s := &suggestList{ws: ws, list: container.NewVBox()}
	s.head = section("Suggested links")
	s.box = container.NewVBox(s.head, s.list)
	return s
}

func (s *suggestList) object() fyne.CanvasObject { return s.box }

// apply lists the suggestions of statement id; the section hides when
// there are none.
func (s *suggestList) apply(id int64, ro bool) {
	found := s.ws.suggestionsFor(id)
	rows := make([]fyne.CanvasObject, 0, len(found))
	for i, f := range found {
		rows = append(rows, s.row(id, f, i == 0, ro))
	}
	if n := s.ws.dismissedFor(id); n > 0 {
		// Where the dismissed ones went, so that a suggestion that no
		// longer shows is not taken for one never made.
		rows = append(rows, lowLabel(dismissedNote(n)))
	}
	s.list.Objects = rows
	s.list.Refresh()
	if len(rows) == 0 {
		s.box.Hide()
	} else {
		s.box.Show()
	}
}

func (s *suggestList) row(id int64, f pairing.Found, first, ro bool) fyne.CanvasObject {
	other, lv := f.To, storage.LinkView{Link: storage.Link{Type: f.Type}, Outgoing: true}
	if f.To.ID == id {
		other, lv.Outgoing = f.From, false
	}
	head := widget.NewLabel(linkPhrase(lv))
	head.Importance = widget.LowImportance
	head.Wrapping = fyne.TextWrapWord
	text := widget.NewLabel(widgets.Visible(s.ws.holderNames(other.PartyIDs) + ": " + clip(other.Text, 160)))
	text.Wrapping = fyne.TextWrapWord
	why := widget.NewLabel("Why: " + f.Reason)
	why.Importance = widget.LowImportance
	why.Wrapping = fyne.TextWrapWord
	acceptLabel, dismissLabel := "Accept", "Dismiss"
	if first {
		// The keys act on the first suggestion of the selected statement.
		acceptLabel, dismissLabel = "Accept (A)", "Dismiss (D)"
	}
	accept := widget.NewButton(acceptLabel, func() { s.ws.acceptSuggestion(f) })
	dismiss := widget.NewButton(dismissLabel, func() { s.ws.dismissSuggestion(f) })
	accept.Importance, dismiss.Importance = widget.LowImportance, widget.LowImportance
	if ro {
		accept.Disable()
		dismiss.Disable()
	}
	// The buttons go under the text: beside the head they left it a few
	// pixels in a narrow pane ("repeat / ed by:" at 1024 px).
	return container.NewVBox(head, text, why, container.NewHBox(accept, dismiss))
}

// suggestionsFor is the suggestions of the loaded dialogue that involve
// statement id, best first; the dismissed ones were left out when the
// dialogue was read.
func (ws *Workspace) suggestionsFor(id int64) []pairing.Found {
	var out []pairing.Found
	for _, f := range ws.data.suggestions {
		if f.From.ID == id || f.To.ID == id {
			out = append(out, f)
		}
	}
	return out
}

// dismissedFor counts the dismissed suggestions of the loaded dialogue
// that involve statement id.
func (ws *Workspace) dismissedFor(id int64) int {
	n := 0
	for _, f := range ws.data.dismissed {
		if f.From.ID == id || f.To.ID == id {
			n++
		}
	}
	return n
}

func dismissedNote(n int) string {
	what := "1 suggestion"
	if n != 1 {
		what = fmt.Sprintf("%d suggestions", n)
	}
	return what + " dismissed; Project › Dismissed Suggestions… restores them"
}

func lowLabel(s string) *widget.Label {
	l := widget.NewLabel(s)
	l.Importance = widget.LowImportance
	l.Wrapping = fyne.TextWrapWord
	return l
}

// acceptSuggestion makes a suggestion a link: one storage call, undoable
// like any link; undo comes back to the statement it was accepted on.
func (ws *Workspace) acceptSuggestion(f pairing.Found) {
	if ws.store() == nil || ws.store().ReadOnly() {
		return
	}
	ws.exec(ws.linkCommand(f.From.ID, f.To.ID, f.Type, ws.here()))
}

// dismissSuggestion stores the analyst's dismissal of a suggestion: one
// write, undone by Edit → Undo like any edit (the suggestion comes back
// on the statement it was dismissed on); Project → Dismissed
// Suggestions… lists it with Restore.
func (ws *Workspace) dismissSuggestion(f pairing.Found) {
	if ws.store() == nil || ws.store().ReadOnly() {
		return
	}
	d := storage.Dismissal{Kind: storage.DismissedPairing, FromID: f.From.ID, ToID: f.To.ID, Type: f.Type}
	ws.exec(ws.dismissCommand("dismiss suggestion", d, ws.here()))
}

// onRune handles the letters nothing focused took: A accepts and D
// dismisses the selected statement's first suggestion. Under a dialog or
// a menu the keys are not the compare view's.
func (ws *Workspace) onRune(r rune) {
	if ws.store() == nil || ws.view == nil || ws.selected == 0 || ws.win.Canvas().Overlays().Top() != nil {
		return
	}
	found := ws.suggestionsFor(ws.selected)
	if len(found) == 0 {
		return
	}
	switch r {
	case 'a', 'A':
		ws.acceptSuggestion(found[0])
	case 'd', 'D':
		ws.dismissSuggestion(found[0])
	}
}
