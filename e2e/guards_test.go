//go:build e2e

package e2e

import (
	"os"
	"path/filepath"
	"strings"

	"parley/storage/hostiletest"
)

// The names of the guards' steps: what a readout, a file name or a
// damaged project holds that the window must not take at its word.
const (
	// overrideTitle is a readout's title holding a right-to-left
	// override (U+202E), which a text field draws reversed; fixedTitle is
	// what the run types instead.
	overrideTitle = "EU statement \u202eafter the 41st round\u202c"
	fixedTitle    = "EU statement after the 41st round"
	overrideBody  = overrideTitle + "\n\nThe European Union raised the case of Ilham Tohti and called for his release.\nChina rejected the criticism."
	// overrideFile is an existing file whose name reads "reportlmth.html"
	// reversed after the override: Replace file? must mark it.
	overrideFile = "report\u202elmth.html"
	folderName   = "Talks"
	damagedName  = "damaged"
	rescuedTitle = "Parley — damaged rescued"
)

// prepareGuards makes, beside the default project, a folder named as the
// run's New Project name, a project whose search index is damaged (the
// sample with the index's blocks cut in half, as the storage tests damage
// it) and an existing file whose name holds an override in HOME.
func (s *session) prepareGuards() {
	dir := filepath.Dir(s.work())
	if err := os.Mkdir(filepath.Join(dir, folderName), 0o755); err != nil {
		s.t.Fatal(err)
	}
	base := filepath.Join(s.tmp, "base.parley")
	s.headless("sample", base)
	c := hostiletest.Case{Name: "damaged index", SQL: []string{
		"UPDATE fts_statements_data SET block = substr(block, 1, length(block)/2) WHERE id > 10"}}
	if err := hostiletest.Make(base, s.damaged(), c); err != nil {
		s.t.Fatal(err)
	}
	s.prepareJSON(base)
	if err := os.WriteFile(filepath.Join(s.home, overrideFile), []byte("not a report"), 0o644); err != nil {
		s.t.Fatal(err)
	}
}

func (s *session) damaged() string {
	return filepath.Join(filepath.Dir(s.work()), damagedName+".parley")
}

func (s *session) rescued() string {
	return filepath.Join(filepath.Dir(s.work()), damagedName+" rescued.parley")
}

// newProjectFolder: File → New Project… with the name of a folder is
// refused, and the open project stays open.
func (s *session) newProjectFolder() {
	s.stepf("File → New Project… named %q, a folder there: refused; the project stays open", folderName)
	s.opens(mainTitle, "the New project dialog", func() { s.menu(mainTitle, "File", "New Project…") })
	s.tap(mainTitle, "the name field", textField("Untitled"))
	s.keys(mainTitle, "ctrl+a")
	s.typeText(mainTitle, folderName)
	s.find(mainTitle, "the typed name", textField(folderName))
	// The refusal takes the New Project dialog's place.
	s.tapButton(mainTitle, "Create")
	msg := s.find(mainTitle, "the refusal's words", labelPrefix(folderName+" is a folder in "))
	s.t.Logf("e2e: the window says %q", msg.Text)
	s.shot("new-project-folder")
	s.press(mainTitle, "OK")
	s.await(mainTitle, "the default project still open, no dialog", func(w window) (widget, bool) { return widget{}, w.top() <= 1 })
	if _, err := os.Stat(filepath.Join(filepath.Dir(s.work()), folderName+".parley")); err == nil {
		s.fail("New Project made %s.parley beside the folder", folderName)
	}
}

// importOverride: a pasted readout whose title holds an override; the
// review window names the field in a notice that overlaps no field; the
// title retyped, the notice goes, and the source is stored so titled.
func (s *session) importOverride() {
	s.stepf("the clipboard holds a readout titled with U+202E; File → Import… → Paste: the review's notice names the title")
	if err := s.d.setClipboard(overrideBody); err != nil {
		s.fail("%v", err)
	}
	s.opens(mainTitle, "the Import dialog", func() { s.menu(mainTitle, "File", "Import…") })
	s.tap(mainTitle, "the Written by field", hint("e.g. China, EU"))
	s.typeText(mainTitle, "European Union")
	s.find(mainTitle, "the typed author", entryText("European Union"))
	s.tapButton(mainTitle, "Paste from the clipboard")
	s.find(reviewWin, "the review window's Store button", buttonPrefix("Store "))
	notice := s.find(reviewWin, "the notice naming the title", labelPrefix("The title holds"))
	s.settle()
	s.shot("review-override")
	s.apart(reviewWin, notice.Text)

	s.stepf("retype the title: the notice goes; Accept all; Store accepted")
	s.tap(reviewWin, "the title field", func(w widget) bool { return textField("")(w) && strings.ContainsRune(w.Text, '\u202e') })
	s.keys(reviewWin, "ctrl+a")
	s.typeText(reviewWin, fixedTitle)
	s.find(reviewWin, "the retyped title", textField(fixedTitle))
	s.gone(reviewWin, "the notice", labelPrefix("The title holds"))
	s.tapButton(reviewWin, "Accept all")
	s.tap(reviewWin, "Store 2 accepted", button("Store 2 accepted"))
	s.find(mainTitle, "the Import stored message", labelPrefix("Stored 2 statements"))
	s.press(mainTitle, "OK")
}

// apart fails when the notice's label overlaps a field or button of the
// window: Fyne lays a container out again only when told, and a notice
// shown late was drawn over the fields below it.
func (s *session) apart(title, notice string) {
	s.t.Helper()
	s.settle()
	w, n := s.await(title, "the notice", func(w window) (widget, bool) {
		hits := w.find(kindText("*widget.Label", notice))
		return firstOr(hits), len(hits) > 0
	})
	for _, x := range w.Widgets {
		if x.Layer != n.Layer || !(x.Kind == "*widget.Button" || textField("")(x) || x.Kind == "*widget.Select") {
			continue
		}
		if x.X < n.X+n.W && n.X < x.X+x.W && x.Y < n.Y+n.H && n.Y < x.Y+x.H {
			s.fail("the notice %v overlaps %v", n, x)
		}
	}
}

func firstOr(ws []widget) widget {
	if len(ws) == 0 {
		return widget{}
	}
	return ws[0]
}

// exportOverride: File → Export… over an existing file whose name holds an
// override: Replace file? and Wrote … show the override as ⇆.
func (s *session) exportOverride() {
	s.stepf("File → Export… → Choose a file… → the name %q pasted; Export: Replace file? marks it ⇆", overrideFile)
	if err := s.d.setClipboard(overrideFile); err != nil {
		s.fail("%v", err)
	}
	s.opens(mainTitle, "the Export dialog", func() { s.menu(mainTitle, "File", "Export…") })
	s.tapButton(mainTitle, "Choose a file…")
	s.find(mainTitle, "the Export to form", text("Export to"))
	s.opens(mainTitle, "the export's folder chooser", func() { s.tapButton(mainTitle, "Change…") })
	layer := s.top(mainTitle)
	s.tapUntil(mainTitle, "Home in the chooser", func(w widget) bool {
		return w.Kind == "*widget.Label" && w.Text == "Home" && w.Layer == layer
	}, func(w window) bool { return len(w.find(button(".local"))) == 0 })
	s.press(mainTitle, "Open")
	s.find(mainTitle, "the home folder in the form", kindText("*widget.Label", s.home))
	s.tap(mainTitle, "the Name field", textField(""))
	s.keys(mainTitle, "ctrl+a", "ctrl+v")
	s.find(mainTitle, "the pasted file name", textField(overrideFile))
	// Replace file? takes the form's place.
	s.tapButton(mainTitle, "Export")
	marked := strings.ReplaceAll(overrideFile, "\u202e", "⇆")
	q := s.find(mainTitle, "the marked name in Replace file?", labelPrefix(marked+" already exists"))
	s.t.Logf("e2e: the window says %q", q.Text)
	s.shot("replace-override")
	s.press(mainTitle, "Replace")
	wrote := s.find(mainTitle, "the Report ready message", labelPrefix("Wrote "))
	if !strings.HasSuffix(wrote.Text, marked) {
		s.fail("the window says %q, want the name marked %q", wrote.Text, marked)
	}
	s.press(mainTitle, "Close")
	body, err := os.ReadFile(filepath.Join(s.home, overrideFile))
	if err != nil || !strings.Contains(strings.ToLower(string(body)), "<html") {
		s.fail("%s holds no report after Replace (%v): %.60q", overrideFile, err, body)
	}
}

// rescueFromFind: Find in the damaged project offers the rescue; the
// rescued project opens and Find finds in it.
func (s *session) rescueFromFind() {
	title := "Parley — " + damagedName
	s.stepf("File → Open… → %s; Ctrl+F, type detention: the index is damaged, Rescue into a new project…", damagedName)
	s.opens(mainTitle, "the Open chooser", func() { s.menu(mainTitle, "File", "Open…") })
	layer := s.top(mainTitle)
	s.tapUntil(mainTitle, "the file "+damagedName+" in the chooser", func(w widget) bool { return w.Text == damagedName && w.Layer == layer }, chosen(damagedName+".parley", "Open"))
	s.tapButton(mainTitle, "Open")
	s.anywhere(title, "the damaged project's window", text("File"))
	s.keys(title, "ctrl+f")
	s.focused(title, "the Find field", func(w widget) bool { return textField("")(w) })
	s.typeText(title, "detention")
	s.find(title, "the damaged index's words", labelPrefix("The search index of "+damagedName+".parley is damaged"))
	s.shot("find-damaged")
	// Each typed letter searched; the last answers may still move the
	// lines under the field.
	s.settle()
	// The rescue's dialog takes Find's place.
	s.tapButton(title, "Rescue into a new project…")
	s.find(title, "the rescued project's name", textField(damagedName+" rescued"))
	s.press(title, "Rescue")

	s.stepf("the rescued project opens; Ctrl+F, type detention: found")
	s.anywhere(rescuedTitle, "the rescued project's window", text("File"))
	s.settle()
	s.keys(rescuedTitle, "ctrl+f")
	s.focused(rescuedTitle, "the Find field", func(w widget) bool { return textField("")(w) })
	s.typeText(rescuedTitle, "detention")
	found := s.find(rescuedTitle, "the hits", func(w widget) bool { return w.Kind == "*widget.Label" && strings.HasSuffix(w.Text, " found:") })
	s.t.Logf("e2e: the window says %q", found.Text)
	s.shot("find-rescued")
	s.press(rescuedTitle, "Close")
}

// checkGuards: the default project holds the readout under the retyped
// title, and the rescued project is searched headless too.
func (s *session) checkGuards() {
	def := s.exportJSON(filepath.Join(filepath.Dir(s.work()), "Parley.parley"))
	n := 0
	for _, src := range def.Sources {
		if strings.ContainsRune(src.Title, '\u202e') {
			s.t.Errorf("a source is titled %q", src.Title)
		}
		if src.Title == fixedTitle && src.Author == "European Union" {
			n++
		}
	}
	if n != 1 {
		s.t.Errorf("%d sources of the default project are titled %q by European Union, want 1", n, fixedTitle)
	}
	if out := s.headless("search", s.rescued(), "detention"); !strings.Contains(out, "detention") {
		s.t.Errorf("parley search finds no detention in the rescued project:\n%s", out)
	}
}
