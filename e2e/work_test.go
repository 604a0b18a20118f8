//go:build e2e

package e2e

import (
	"path/filepath"
	"strconv"
	"strings"
	"time"
)

func itoa(n int) string { return strconv.Itoa(n) }

// selectShowing matches a drop-down showing text, whatever its case.
func selectShowing(text string) func(widget) bool {
	return func(w widget) bool { return w.Kind == "*widget.Select" && strings.EqualFold(w.Text, text) }
}

// chosen says whether the file chooser on top shows name as the file
// chosen, with its button confirm enabled: a click that landed on another
// file of a list still filling enables the button too.
func chosen(name, confirm string) func(window) bool {
	return func(w window) bool {
		if !enabled(confirm)(w) {
			return false
		}
		for _, x := range w.find(func(x widget) bool { return x.Text == name }) {
			if x.Layer == w.top() {
				return true
			}
		}
		return false
	}
}

// chooserPick opens a file in a Fyne file chooser: Home among the places
// on the left, then the file (shown without its extension), then Open.
func (s *session) chooserPick(title, name, confirm string) {
	s.t.Helper()
	layer := s.top(title)
	s.tap(title, "Home in the chooser", func(w widget) bool { return w.Kind == "*widget.Label" && w.Text == "Home" && w.Layer == layer })
	s.settle()
	stem := strings.TrimSuffix(name, filepath.Ext(name))
	s.tapUntil(title, "the file "+name+" in the chooser", func(w widget) bool { return w.Text == stem && w.Layer == layer }, chosen(name, confirm))
	s.press(title, confirm)
}

func (s *session) openOther() {
	s.stepf("File → Open… → the chooser (it opens in the project's folder) → other → Open")
	s.opens(mainTitle, "the Open chooser", func() { s.menu(mainTitle, "File", "Open…") })
	layer := s.top(mainTitle)
	s.tapUntil(mainTitle, "the file other in the chooser", func(w widget) bool { return w.Text == "other" && w.Layer == layer }, chosen("other.parley", "Open"))
	s.tapButton(mainTitle, "Open")
	s.anywhere(workTitle, "the other project's window title", text("File"))
	s.shot("other-open")
}

func (s *session) importFile(want expected) {
	s.stepf("File → Import… → Written by European Union → Choose a file… → Home → %s → Open", readout)
	s.opens(workTitle, "the Import dialog", func() { s.menu(workTitle, "File", "Import…") })
	s.tap(workTitle, "the Written by field", hint("e.g. China, EU"))
	s.typeText(workTitle, "European Union")
	s.find(workTitle, "the typed author", entryText("European Union"))
	s.tapButton(workTitle, "Choose a file…")
	s.find(workTitle, "the import's file chooser", text("Open File"))
	s.chooserPick(workTitle, readout, "Open")

	s.stepf("the review window opens; edit the first proposal's kind; Accept all; Store accepted")
	title := reviewWin + want.proposals[0].title
	s.find(title, "the review window's Store button", buttonPrefix("Store "))
	s.settle()
	s.shotWindow(title, "import-review")
	kind := want.editedKind()
	first := want.open()[0]
	// The window may name a kind "Concern" where the project stores
	// "concern": kinds are matched whatever their case.
	s.find(title, "the first proposal's kind", selectShowing(first.kind))
	s.opens(title, "the kind list", func() { s.tap(title, "the kind", selectShowing(first.kind)) })
	s.tap(title, "the kind "+kind, func(w widget) bool { return w.Kind == "*widget.menuItem" && strings.EqualFold(w.Text, kind) })
	s.find(title, "the edited kind", selectShowing(kind))
	n := len(want.open())
	s.tapButton(title, "Accept all")
	s.tap(title, "Store "+itoa(n)+" accepted", button("Store "+itoa(n)+" accepted"))
	stored := s.find(workTitle, "the Import stored message", labelPrefix("Stored "))
	s.t.Logf("e2e: the window says %q", stored.Text)
	if want := len(want.open()); !strings.HasPrefix(stored.Text, "Stored "+itoa(want)+" statements") {
		s.fail("the window says %q, but %d proposals were accepted", stored.Text, want)
	}
	s.press(workTitle, "OK")
}

func (s *session) importPaste() {
	s.stepf("the clipboard holds a text (xclip); File → Import… → Written by China → Paste from the clipboard")
	if err := s.d.setClipboard(pasted); err != nil {
		s.fail("%v", err)
	}
	s.opens(workTitle, "the Import dialog", func() { s.menu(workTitle, "File", "Import…") })
	s.tap(workTitle, "the Written by field", hint("e.g. China, EU"))
	s.typeText(workTitle, "China")
	s.find(workTitle, "the typed author", entryText("China"))
	s.tapButton(workTitle, "Paste from the clipboard")
	s.stepf("the review window of the pasted text: Split… opens its dialog (Cancel); Accept all; Store accepted")
	s.find(reviewWin, "the review window's Store button", buttonPrefix("Store "))
	s.settle()
	s.opens(reviewWin, "the Split dialog", func() { s.tapButton(reviewWin, "Split…") })
	s.press(reviewWin, "Cancel")
	s.tapButton(reviewWin, "Accept all")
	s.tap(reviewWin, "Store N accepted", func(w widget) bool {
		return w.Kind == "*widget.Button" && strings.HasPrefix(w.Text, "Store ") && w.Text != "Store 0 accepted" && !w.Disabled
	})
	s.find(workTitle, "the Import stored message", labelPrefix("Stored "))
	s.press(workTitle, "OK")
}

func (s *session) annotate() {
	s.stepf("select China's first statement; Ctrl+T, type %q, Enter; Create", tagName)
	s.selectCard(workTitle, chinaCard)
	s.keys(workTitle, "ctrl+t")
	s.focused(workTitle, "the tag field", hint("Add a tag"))
	s.typeText(workTitle, tagName)
	s.opens(workTitle, "the New tag dialog", func() { s.keys(workTitle, "Return") })
	s.press(workTitle, "Create")
	s.find(workTitle, "the new tag on the statement", text(tagName))

	s.stepf("Ctrl+N, type a note, Ctrl+Enter adds it")
	s.keys(workTitle, "ctrl+n")
	s.focused(workTitle, "the note field", hint("Write a note"))
	s.typeText(workTitle, noteText)
	s.keys(workTitle, "ctrl+Return")
	s.find(workTitle, "the note in the list", func(w widget) bool { return w.Kind == "*widget.Label" && w.Text == noteText })

	s.stepf("Ctrl+L, click the EU's first statement, Link")
	s.keys(workTitle, "ctrl+l")
	s.find(workTitle, "the Link to… hint", textPrefix("Link to…"))
	s.opens(workTitle, "the Link statements dialog", func() { s.selectCard(workTitle, euCard) })
	s.shot("link")
	s.press(workTitle, "Link")

	s.stepf("Edit → Undo takes the link back, Edit → Redo makes it again")
	// Redo is disabled until something is undone: clicking it proves
	// that Undo undid.
	s.menu(workTitle, "Edit", "Undo")
	s.menu(workTitle, "Edit", "Redo")
}

func (s *session) exportReport() {
	s.stepf("File → Export… → tick the notes → Choose a file…")
	s.opens(workTitle, "the Export dialog", func() { s.menu(workTitle, "File", "Export…") })
	// A check box takes taps on its box and label only, not on the
	// rest of its row: click the label.
	s.tapUntil(workTitle, "the notes box", kindText("*canvas.Text", "The analyst's notes"), func(w window) bool {
		return len(w.find(func(x widget) bool {
			return x.Kind == "*widget.Check" && x.Text == "The analyst's notes" && x.Placeholder == "checked"
		})) > 0
	})
	s.tapButton(workTitle, "Choose a file…")
	s.find(workTitle, "the Export to form", text("Export to"))
	s.stepf("Export to: Change… → the folder chooser → Home → Open; type %s as the name; Export", reportName)
	s.opens(workTitle, "the export's folder chooser", func() { s.tapButton(workTitle, "Change…") })
	layer := s.top(workTitle)
	s.tapUntil(workTitle, "Home in the chooser", func(w widget) bool {
		return w.Kind == "*widget.Label" && w.Text == "Home" && w.Layer == layer
	}, func(w window) bool { return len(w.find(button(".local"))) == 0 })
	s.shotWindow(workTitle, "export-chooser")
	s.press(workTitle, "Open")
	s.find(workTitle, "the home folder in the form", kindText("*widget.Label", s.home))
	s.tap(workTitle, "the Name field", textField(""))
	s.keys(workTitle, "ctrl+a")
	s.typeText(workTitle, reportName)
	s.find(workTitle, "the typed file name", textField(reportName))
	s.press(workTitle, "Export")
	s.find(workTitle, "the Report ready message", labelPrefix("Wrote "))
	s.press(workTitle, "Close")
}

func (s *session) reopenRecent() {
	s.stepf("File → Open Recent → the default project")
	s.menu(workTitle, "File", "Open Recent", "Parley  —  "+filepath.Join(s.home, ".local", "share", "Parley", "Parley.parley"))
	s.anywhere(mainTitle, "the default project's window", text("File"))
}

// quit ends the application with File → Quit, which must exit with
// status 0.
func (s *session) quit(title string) {
	s.stepf("File → Quit")
	s.menuClick(title, "File", "Quit")
	select {
	case <-s.exited:
	case <-time.After(waitFor):
		s.fail("File → Quit did not end the application")
	}
	if !s.cmd.ProcessState.Success() {
		s.fail("the application ended with %s", s.cmd.ProcessState)
	}
}
