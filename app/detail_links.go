package app

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/widget"

	"parley/storage"
	"parley/widgets"
)

// linkList shows the links of the selected statement: how it relates to
// each other statement, with buttons to follow or remove the link, and
// starts the "Link to…" flow.
type linkList struct {
	ws   *Workspace
	id   int64
	list *fyne.Container
	link *widget.Button
	box  *fyne.Container
}

func newLinkList(ws *Workspace) *linkList {
	l := &linkList{ws: ws, list: container.NewVBox()}
	l.link = widget.NewButton("Link to… (Ctrl+L)", func() { ws.startLink() })
	l.box = container.NewVBox(l.list, container.NewHBox(l.link))
	return l
}

func (l *linkList) object() fyne.CanvasObject { return l.box }

func (l *linkList) apply(id int64, links []storage.LinkView, ro bool) {
	l.id = id
	rows := make([]fyne.CanvasObject, 0, len(links))
	for _, lv := range links {
		rows = append(rows, l.row(lv, ro))
	}
	if len(rows) == 0 {
		rows = append(rows, emptyLabel("No links yet."))
	}
	l.list.Objects = rows
	l.list.Refresh()
	if ro {
		l.link.Disable()
	} else {
		l.link.Enable()
	}
}

// linkPhrase says how the selected statement relates to the other end:
// "This responds to:" for an outgoing link, "This is answered by:" for an
// incoming one.
func linkPhrase(lv storage.LinkView) string {
	if lv.Outgoing {
		return "This " + lv.Type.Label() + ":"
	}
	return "This " + passive(lv.Type) + ":"
}

// passive is the link type seen from its target ("is contradicted by";
// "has the agreement of" where "is agreed with by" read clumsily).
func passive(t storage.LinkType) string {
	switch t {
	case storage.LinkRespondsTo:
		return "is answered by"
	case storage.LinkAgreesWith:
		return "has the agreement of"
	case storage.LinkContradicts:
		return "is contradicted by"
	case storage.LinkQualifies:
		return "is qualified by"
	case storage.LinkRepeats:
		return "is repeated by"
	}
	return "is linked from"
}

func (l *linkList) row(lv storage.LinkView, ro bool) fyne.CanvasObject {
	head := widget.NewLabel(linkPhrase(lv))
	head.Importance = widget.LowImportance // no italic: see theme.go
	head.Wrapping = fyne.TextWrapWord      // never wider than the pane
	who := l.ws.holderNames(lv.Other.PartyIDs)
	text := widget.NewLabel(widgets.Visible(who + ": " + clip(lv.Other.Text, 160)))
	text.Wrapping = fyne.TextWrapWord
	other := lv.Other
	follow := widget.NewButton("Show", func() {
		l.ws.goTo(place{dialogueID: other.DialogueID, topic: topicKeyOf(other.TopicID), statementID: other.ID})
	})
	remove := widget.NewButton("Remove", func() {
		l.ws.confirm("Remove this link?", "You can undo this with Edit › Undo.", func(ok bool) {
			if ok {
				l.ws.removeLink(lv.Link)
			}
		})
	})
	follow.Importance, remove.Importance = widget.LowImportance, widget.LowImportance
	if ro {
		remove.Disable()
	}
	// The buttons beside the phrase while it fits there on one line, else
	// under it: beside them, in a 1024-pixel window, "This responds to:"
	// broke after "responds".
	return container.NewVBox(newHeadLine(head, container.NewHBox(follow, remove), l.list.Refresh), text)
}

// holderNames is "China + European Union".
func (ws *Workspace) holderNames(ids []int64) string {
	s := ""
	for i, id := range ids {
		if i > 0 {
			s += " + "
		}
		s += partyShort(ws.data.partyByID[id])
	}
	if s == "" {
		return "(no party)"
	}
	return s
}

func clip(s string, n int) string {
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	return string(r[:n-1]) + "…"
}

// startLink begins "Link to…": the next statement the user picks, in any
// column, becomes the other end.
func (ws *Workspace) startLink() {
	if ws.selected == 0 || ws.store().ReadOnly() {
		return
	}
	ws.linkFrom = ws.selected
	ws.view.setHint("Link to…: pick the other statement, in any column.")
}

// cancelLink abandons a "Link to…" in progress.
func (ws *Workspace) cancelLink() {
	ws.linkFrom = 0
	ws.view.setHint("")
}

// askLinkType asks how statement from relates to statement to and links
// them.
func (ws *Workspace) askLinkType(from, to int64) {
	labels := make([]string, len(storage.LinkTypes))
	for i, t := range storage.LinkTypes {
		labels[i] = t.Label()
	}
	choice := widget.NewRadioGroup(labels, nil)
	choice.SetSelected(labels[0])
	msg := widget.NewLabel("The selected statement … the one you picked:")
	showModal(ws.win, dialog.NewCustomConfirm("Link statements", "Link", "Cancel", container.NewVBox(msg, choice), func(ok bool) {
		if !ok {
			// The tap on the other card selected it in its column.
			ws.view.applyColumns()
			return
		}
		for i, l := range labels {
			if l == choice.Selected {
				ws.addLink(from, to, storage.LinkTypes[i])
			}
		}
	}, ws.win))
}
