//go:build e2e

package e2e

import (
	"strings"
)

// menus is every menu and its items as the window shows them with a
// project open. A menu that gains an item fails the run until the tour
// below goes through the new item too.
var menus = map[string][]string{
	"File":    {"New Project…", "Open…", "Open Recent", "Connect to a Team Project…", "Save a Copy…", "Copy to a Team Project…", "Import…", "Import JSON…", "Import REFI-QDA Project (.qdpx)…", "Export…", "Quit"},
	"Edit":    {"Undo", "Redo", "Find…", "New Statement…", "Tag statement…", "Add note…", "Link to…", "Delete statement…", "Your Name…"},
	"Project": {"Dialogues…", "Parties…", "Speakers…", "Topics…", "Tags…", "Agreement Between Coders…", "What Parley Learnt…", "Dismissed Suggestions…"},
	"View":    {"Compare", "Sources", "Overview", "Evolution", "Unanswered Only", "Columns…", "Theme"},
	"Help":    {"About Parley", "Keyboard Shortcuts"},
}

// checkMenu opens a menu, compares its items with menus (Undo and Redo
// carry the edit's name after them) and closes it again.
func (s *session) checkMenu(title, name string) {
	s.t.Helper()
	s.settle()
	bar := s.anywhere(title, "the menu "+name, func(w widget) bool { return w.Kind == "*canvas.Text" && w.Text == name && w.Layer == 1 })
	s.click(title, bar)
	s.findMenuItem(title, menus[name][0])
	s.settle()
	var got []string
	for _, x := range s.menuItems(title) {
		if x.Text != "" {
			got = append(got, x.Text)
		}
	}
	want := menus[name]
	ok := len(got) == len(want)
	for i := 0; ok && i < len(want); i++ {
		ok = got[i] == want[i] || strings.HasPrefix(got[i], want[i]+" ")
	}
	s.click(title, bar) // a second click on the title closes the menu
	s.gone(title, "the menu", func(w widget) bool { return w.Kind == "*widget.menuItem" })
	if !ok {
		s.fail("the menu %s has the items %q, the test knows %q: take the test through the new ones (e2e/tour_test.go)", name, got, want)
	}
}

// chooserCancel checks that a file chooser opened (the crash of issue 8:
// Fyne v2.8.1's FileDialog.Resize before Show) and dismisses it.
func (s *session) chooserCancel(title, what string, act func()) {
	s.t.Helper()
	s.opens(title, what, act)
	s.find(title, what+" (its Cancel)", button("Cancel"))
	s.shot(strings.ReplaceAll(strings.ToLower(what), " ", "-"))
	s.press(title, "Cancel")
}

func (s *session) tourFile() {
	s.stepf("the menus hold the items the test knows")
	for _, m := range []string{"File", "Edit", "Project", "View", "Help"} {
		s.checkMenu(mainTitle, m)
	}

	s.stepf("File → New Project… → Change… opens the folder chooser; Cancel, Cancel")
	s.opens(mainTitle, "the New project dialog", func() { s.menu(mainTitle, "File", "New Project…") })
	s.find(mainTitle, "the Create button", button("Create"))
	s.chooserCancel(mainTitle, "the folder chooser of New Project", func() { s.tapButton(mainTitle, "Change…") })
	s.press(mainTitle, "Cancel")

	s.stepf("File → Open… opens the file chooser; Cancel")
	s.chooserCancel(mainTitle, "the Open chooser", func() { s.menu(mainTitle, "File", "Open…") })

	s.stepf("File → Connect to a Team Project… asks for the server; Cancel")
	s.opens(mainTitle, "the Connect dialog", func() { s.menu(mainTitle, "File", "Connect to a Team Project…") })
	s.find(mainTitle, "the Connect button", button("Connect"))
	s.shot("connect-dialog")
	s.press(mainTitle, "Cancel")

	s.stepf("File → Copy to a Team Project… asks for the server; Cancel")
	s.opens(mainTitle, "the Copy to a team project dialog", func() { s.menu(mainTitle, "File", "Copy to a Team Project…") })
	s.find(mainTitle, "the Copy button", button("Copy"))
	s.press(mainTitle, "Cancel")

	s.stepf("File → Save a Copy… → Change… → Cancel; Save writes the copy")
	s.opens(mainTitle, "the Save a copy dialog", func() { s.menu(mainTitle, "File", "Save a Copy…") })
	s.chooserCancel(mainTitle, "the folder chooser of Save a Copy", func() { s.tapButton(mainTitle, "Change…") })
	s.press(mainTitle, "Save")
	s.find(mainTitle, "the Copy saved message", labelPrefix("A copy of the project was saved as Parley copy.parley"))
	s.press(mainTitle, "OK")

	s.stepf("File → Import… offers a file and the clipboard; Cancel")
	s.opens(mainTitle, "the Import dialog", func() { s.menu(mainTitle, "File", "Import…") })
	s.find(mainTitle, "Choose a file…", button("Choose a file…"))
	s.find(mainTitle, "Paste from the clipboard", button("Paste from the clipboard"))
	s.press(mainTitle, "Cancel")

	s.stepf("File → Import JSON… opens the file chooser; Cancel")
	s.chooserCancel(mainTitle, "the JSON chooser", func() { s.menu(mainTitle, "File", "Import JSON…") })

	s.stepf("File → Import REFI-QDA Project (.qdpx)… opens the file chooser; Cancel")
	s.chooserCancel(mainTitle, "the qdpx chooser", func() { s.menu(mainTitle, "File", "Import REFI-QDA Project (.qdpx)…") })

	s.stepf("File → Export… shows the export form; Cancel")
	s.opens(mainTitle, "the Export dialog", func() { s.menu(mainTitle, "File", "Export…") })
	s.find(mainTitle, "the export's Choose a file…", button("Choose a file…"))
	s.press(mainTitle, "Cancel")
}

// selectCard clicks the statement card whose text starts with prefix.
func (s *session) selectCard(title, prefix string) {
	s.t.Helper()
	s.settle()
	words := strings.Fields(prefix)
	first := strings.Join(words[:min(2, len(words))], " ")
	s.tap(title, "the statement "+prefix, func(w widget) bool {
		return w.Kind == "*canvas.Text" && w.Layer == 0 && strings.HasPrefix(w.Text, first) && strings.HasPrefix(prefix, w.Text[:min(len(w.Text), len(prefix))])
	})
	s.settle()
}

// focused is the focused widget of the window.
func (s *session) focused(title, what string, match func(widget) bool) {
	s.t.Helper()
	s.await(title, what+" to have the keyboard focus", func(w window) (widget, bool) {
		for _, x := range w.Widgets {
			if x.Focused && match(x) {
				return x, true
			}
		}
		return widget{}, false
	})
}

func (s *session) tourEdit() {
	s.stepf("Edit → Find… opens the search; Close")
	s.opens(mainTitle, "the Find dialog", func() { s.menu(mainTitle, "Edit", "Find…") })
	s.press(mainTitle, "Close")

	s.stepf("a click on a statement selects it; Edit → Tag statement… and Add note… put the cursor in their fields")
	s.selectCard(mainTitle, chinaCard)
	s.menu(mainTitle, "Edit", "Tag statement…")
	s.focused(mainTitle, "the tag field", hint("Add a tag"))
	s.menu(mainTitle, "Edit", "Add note…")
	s.focused(mainTitle, "the note field", hint("Write a note"))

	s.stepf("Edit → Link to… asks for the other statement; Esc cancels")
	s.menu(mainTitle, "Edit", "Link to…")
	s.find(mainTitle, "the Link to… hint", textPrefix("Link to…"))
	s.keys(mainTitle, "Escape")
	s.gone(mainTitle, "the Link to… hint", textPrefix("Link to…"))

	s.stepf("Edit → New Statement… and Ctrl+Shift+N ask for a statement of the selected one's party; Cancel, Esc")
	s.opens(mainTitle, "the New statement dialog", func() { s.menu(mainTitle, "Edit", "New Statement…") })
	s.find(mainTitle, "the new statement of China", textPrefix("New statement of China on "))
	s.press(mainTitle, "Cancel")
	s.opens(mainTitle, "the New statement dialog (Ctrl+Shift+N)", func() { s.keys(mainTitle, "ctrl+shift+n") })
	s.find(mainTitle, "the new statement's Add", button("Add"))
	s.keys(mainTitle, "Escape")
	s.gone(mainTitle, "the new statement's Add", button("Add"))

	s.stepf("Edit → Delete statement… asks first; No keeps it")
	s.opens(mainTitle, "the delete confirmation", func() { s.menu(mainTitle, "Edit", "Delete statement…") })
	s.press(mainTitle, "No")

	s.stepf("Edit → Your Name… shows the name the edits are recorded under; Cancel")
	s.opens(mainTitle, "the Your name dialog", func() { s.menu(mainTitle, "Edit", "Your Name…") })
	s.find(mainTitle, "the name's Save", button("Save"))
	s.press(mainTitle, "Cancel")
}

// managerButtons says what each button of the Project menu's dialogs does,
// so that the tour can take every one and undo its effect: "dialog" opens a
// dialog that Cancel (or No) dismisses; "none" changes nothing; "down"
// moves the row down, which the tour undoes with Move up.
var managerButtons = map[string]string{
	"New…": "dialog", "Edit…": "dialog", "Delete…": "dialog", "Rename…": "dialog", "Colour…": "dialog",
	"Merge into…": "dialog", "Move to…": "dialog", "Show": "none", "Move down": "down", "Move up": "skip",
}

// tourManager opens a Project menu dialog, picks its first row, takes
// every button and closes it.
func (s *session) tourManager(item, firstRow string) {
	s.stepf("Project → %s: every button, each dismissed again; Close", item)
	layer := s.opens(mainTitle, "the "+item+" dialog", func() { s.menu(mainTitle, "Project", item) })
	s.tapUntil(mainTitle, "the row "+firstRow, func(w widget) bool {
		return w.Kind == "*widget.Label" && strings.Contains(w.Text, firstRow) && w.Layer == layer
	}, func(w window) bool {
		return len(w.find(func(x widget) bool { return x.Kind == "*widget.Button" && x.Layer == layer && x.Disabled })) == 0
	})
	s.settle()
	w, _ := s.await(mainTitle, "the dialog", func(w window) (widget, bool) { return widget{}, true })
	var labels []string
	for _, x := range w.find(func(x widget) bool { return x.Kind == "*widget.Button" && x.Layer == layer }) {
		labels = append(labels, x.Text)
	}
	for _, l := range labels {
		switch managerButtons[l] {
		case "dialog":
			s.opens(mainTitle, l+" of "+item, func() { s.tapButton(mainTitle, l) })
			s.dismiss(mainTitle)
		case "none", "skip":
			if l == "Show" {
				s.tapButton(mainTitle, l)
			}
		case "down":
			s.moveDownUp(item, layer)
		default:
			if l != "Close" {
				s.fail("the %s dialog has a button %q that the test does not know: say what it does in managerButtons (e2e/tour_test.go)", item, l)
			}
		}
	}
	s.press(mainTitle, "Close")
}

// rows are the labels of a dialog's list, top to bottom.
func (s *session) rows(layer int) []string {
	d, err := readDump(s.dump)
	if err != nil {
		s.fail("read the layout: %v", err)
	}
	w, _ := d.window(mainTitle)
	var out []string
	for _, x := range w.Widgets {
		if x.Kind == "*widget.Label" && x.Layer == layer {
			out = append(out, x.Text)
		}
	}
	return out
}

// moveDownUp moves the chosen row down and back up, and checks that the
// list changed and then came back to its order.
func (s *session) moveDownUp(item string, layer int) {
	s.t.Helper()
	before := strings.Join(s.rows(layer), " | ")
	s.tapButton(mainTitle, "Move down")
	s.await(mainTitle, "the moved row in "+item, func(w window) (widget, bool) {
		return widget{}, strings.Join(s.rows(layer), " | ") != before
	})
	s.settle()
	s.tapButton(mainTitle, "Move up")
	s.await(mainTitle, "the row moved back in "+item+" ("+before+")", func(w window) (widget, bool) {
		return widget{}, strings.Join(s.rows(layer), " | ") == before
	})
}

// dismiss closes the dialog on top with its Cancel, No or Close button.
func (s *session) dismiss(title string) {
	s.t.Helper()
	s.settle()
	w, _ := s.await(title, "the dialog", func(w window) (widget, bool) { return widget{}, true })
	for _, l := range []string{"Cancel", "No", "Close", "OK"} {
		if hits := w.find(button(l)); len(hits) > 0 && hits[0].Layer == w.top() {
			s.press(title, l)
			return
		}
	}
	s.fail("the dialog on top has no Cancel, No, Close or OK button")
}

func (s *session) tourProject() {
	s.tourManager("Dialogues…", "39th China-EU Human Rights Dialogue")
	s.tourManager("Parties…", "China")
	s.tourManager("Speakers…", "Miao Deyu")
	s.tourManager("Topics…", "Human rights development")
	s.tourManager("Tags…", "access")

	s.stepf("Project → Agreement Between Coders… → Choose… opens the file chooser; Cancel, Cancel")
	s.opens(mainTitle, "the Agreement dialog", func() { s.menu(mainTitle, "Project", "Agreement Between Coders…") })
	s.find(mainTitle, "the agreement's Compare", button("Compare"))
	s.chooserCancel(mainTitle, "the chooser of the other coder's project", func() { s.tapButton(mainTitle, "Choose…") })
	s.press(mainTitle, "Cancel")

	s.stepf("Project → What Parley Learnt…: the sample has learnt nothing yet, Forget all is off; Close")
	layer := s.opens(mainTitle, "the What Parley Learnt dialog", func() { s.menu(mainTitle, "Project", "What Parley Learnt…") })
	s.find(mainTitle, "the note that nothing was learnt", labelPrefix("Parley has learnt nothing from your corrections"))
	s.find(mainTitle, "a disabled Forget all…", func(w widget) bool {
		return w.Kind == "*widget.Button" && w.Text == "Forget all…" && w.Disabled && w.Layer == layer
	})
	s.press(mainTitle, "Close")

	s.stepf("Project → Dismissed Suggestions…: the sample has none dismissed, Restore is off; Close")
	layer = s.opens(mainTitle, "the Dismissed Suggestions dialog", func() { s.menu(mainTitle, "Project", "Dismissed Suggestions…") })
	s.find(mainTitle, "the note that nothing was dismissed", labelPrefix("You have dismissed no suggestions"))
	s.find(mainTitle, "a disabled Restore", func(w widget) bool {
		return w.Kind == "*widget.Button" && w.Text == "Restore" && w.Disabled && w.Layer == layer
	})
	s.press(mainTitle, "Close")
}

func (s *session) tourViewHelp() {
	s.stepf("View → Columns…: Cancel, then again and Apply")
	s.opens(mainTitle, "the Columns dialog", func() { s.menu(mainTitle, "View", "Columns…") })
	s.press(mainTitle, "Cancel")
	s.opens(mainTitle, "the Columns dialog", func() { s.menu(mainTitle, "View", "Columns…") })
	s.press(mainTitle, "Apply")

	s.stepf("View → Theme → Dark, Light, As the System")
	for _, th := range []string{"Dark", "Light", "As the System"} {
		s.menu(mainTitle, "View", "Theme", th)
		s.settle()
		if th == "Dark" {
			s.shot("dark")
		}
	}

	s.stepf("the Sources, Overview and Evolution tabs (each section), then back to Compare")
	s.tap(mainTitle, "the Sources tab", kindText("*canvas.Text", "Sources"))
	s.find(mainTitle, "the Sources view's Import…", button("Import…"))
	s.shot("sources")
	s.tap(mainTitle, "the Overview tab", kindText("*canvas.Text", "Overview"))
	s.gone(mainTitle, "the Sources view", button("Import…"))
	s.shot("overview")
	s.tourEvolution()
	s.tap(mainTitle, "the Compare tab", kindText("*canvas.Text", "Compare"))
	s.find(mainTitle, "the compare view", textPrefix("Chinese representatives"))

	s.stepf("View → Evolution, then View → Compare")
	s.menu(mainTitle, "View", "Evolution")
	s.find(mainTitle, "the Evolution tab's series picker", kindText("*widget.Label", "Series"))
	s.menu(mainTitle, "View", "Compare")
	s.find(mainTitle, "the compare view", textPrefix("Chinese representatives"))

	s.stepf("Help → About Parley, Keyboard Shortcuts: OK")
	s.opens(mainTitle, "About Parley", func() { s.menu(mainTitle, "Help", "About Parley") })
	s.press(mainTitle, "OK")
	s.opens(mainTitle, "Keyboard shortcuts", func() { s.menu(mainTitle, "Help", "Keyboard Shortcuts") })
	s.press(mainTitle, "OK")

	s.stepf("the keys of the day's main actions: F1 (shortcuts), Ctrl+I (import), Ctrl+O (open); each closed again")
	s.opens(mainTitle, "Keyboard shortcuts (F1)", func() { s.keys(mainTitle, "F1") })
	s.find(mainTitle, "the shortcuts list's Ctrl+I", kindText("*widget.Label", "Ctrl+I"))
	s.press(mainTitle, "OK")
	s.opens(mainTitle, "the import (Ctrl+I)", func() { s.keys(mainTitle, "ctrl+i") })
	s.find(mainTitle, "the import's Paste from the clipboard", button("Paste from the clipboard"))
	s.press(mainTitle, "Cancel")
	s.opens(mainTitle, "the project chooser (Ctrl+O)", func() { s.keys(mainTitle, "ctrl+o") })
	s.press(mainTitle, "Cancel")

	// Last of the tour: a column keeps the card at its top in view when
	// the filter goes, so the columns no longer start at their first
	// statements, which the steps above look for.
	s.stepf("View → Unanswered Only narrows the columns (the kind filter says so); Ctrl+U shows all again")
	s.menu(mainTitle, "View", "Unanswered Only")
	s.find(mainTitle, "the kind filter on Unanswered", kindText("*widget.Select", "Unanswered"))
	s.settle()
	s.shot("unanswered-only")
	s.keys(mainTitle, "ctrl+u")
	s.find(mainTitle, "the kind filter back on Any kind", kindText("*widget.Select", "Any kind"))
}

// tourEvolution walks the Evolution tab's sections: Rounds, Stock phrases,
// Cases and Commitments.
func (s *session) tourEvolution() {
	s.tap(mainTitle, "the Evolution tab", kindText("*canvas.Text", "Evolution"))
	s.find(mainTitle, "the Evolution tab's series picker", kindText("*widget.Label", "Series"))
	s.shot("evolution")
	s.tap(mainTitle, "the Stock phrases section", kindText("*canvas.Text", "Stock phrases"))
	s.find(mainTitle, "the Stock phrases section", kindText("*widget.Check", "Show hidden phrases"))
	s.tap(mainTitle, "the Cases section", kindText("*canvas.Text", "Cases"))
	s.find(mainTitle, "the Cases section", button("Add case…"))
	s.tap(mainTitle, "the Commitments section", kindText("*canvas.Text", "Commitments"))
	s.find(mainTitle, "the Commitments section", func(w widget) bool {
		return w.Kind == "*widget.Label" && strings.Contains(w.Text, "commitments and agreements")
	})
	s.tap(mainTitle, "the Rounds section", kindText("*canvas.Text", "Rounds"))
}
