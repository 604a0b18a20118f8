package app

import (
	"context"
	"image/color"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"parley/storage"
	"parley/widgets"
)

func TestFollowLinkToAnotherTopic(t *testing.T) {
	wd := newWorld(t)
	wd.must(wd.st.CreateLink(context.Background(), &storage.Link{FromID: wd.cnX.ID, ToID: wd.euT.ID, Type: storage.LinkRespondsTo}))
	wd.pickTopic(wd.xinjiang.ID)
	wd.pickCard(0, wd.cnX.ID)
	head := wd.find(func(o fyne.CanvasObject) bool { l, ok := o.(*widget.Label); return ok && l.Text == "This responds to:" })
	if head == nil {
		t.Fatal("the link is not listed")
	}
	wd.tap("Show")
	if wd.ws.topic != topicKeyOf(&wd.tibet.ID) || wd.ws.selected != wd.euT.ID {
		t.Fatalf("followed to topic %v statement %d", wd.ws.topic, wd.ws.selected)
	}
	if head := wd.find(func(o fyne.CanvasObject) bool {
		l, ok := o.(*widget.Label)
		return ok && l.Text == "This is answered by:"
	}); head == nil {
		t.Fatal("the other end does not list the link the other way round")
	}
	if cd, _ := wd.card(0, wd.cnT.ID); cd.LinkLabel != "" {
		t.Fatalf("an unlinked card says %q", cd.LinkLabel)
	}
	// Remove the link, undo.
	wd.tap("Remove")
	wd.tap("Yes")
	if ls, _ := wd.st.LinksOf(context.Background(), wd.euT.ID); len(ls) != 0 {
		t.Fatal("link not removed")
	}
	wd.undo()
	if ls, _ := wd.st.LinksOf(context.Background(), wd.euT.ID); len(ls) != 1 {
		t.Fatal("undo did not restore the link")
	}
}

func TestNewProjectAndRecent(t *testing.T) {
	wd := newWorld(t)
	wd.menu("File", "New Project…")
	e := wd.find(func(o fyne.CanvasObject) bool { x := entryOf(o); return x != nil && x.Text == "Untitled" })
	if e == nil {
		t.Fatal("no name field")
	}
	wd.replaceText(e.(fyne.Focusable), "Talks")
	wd.tap("Create")
	st := wd.ws.store()
	if want := filepath.Join(filepath.Dir(wd.path), "Talks"+storage.Extension); st.Path() != want {
		t.Fatalf("the open project is %q, not %q", st.Path(), want)
	}
	if wd.ws.win.Title() != "Parley — Talks" {
		t.Fatalf("title %q", wd.ws.win.Title())
	}
	recent := recentProjects(wd.ws.app)
	if len(recent) < 2 || recent[0] != st.Path() || recent[1] != wd.path {
		t.Fatalf("recent %q", recent)
	}
	if len(wd.ws.undo.done) != 0 {
		t.Fatal("the undo stack carried over to another project")
	}
}

func TestDialogueDeleteUndo(t *testing.T) {
	wd := newWorld(t)
	ctx := context.Background()
	wd.must(wd.st.CreateNote(ctx, &storage.Note{StatementID: &wd.cnX.ID, Body: "keep me"}))
	wd.menu("Project", "Dialogues…")
	wd.managerRow("39th China-EU Human Rights Dialogue (Chongqing, 2024-06-16)")
	wd.tap("Delete…")
	wd.tap("Yes")
	if n, _ := wd.st.CountStatements(ctx, storage.StatementFilter{DialogueID: wd.d.ID}); n != 0 {
		t.Fatalf("%d statements left", n)
	}
	if len(wd.ws.data.dialogues) != 1 {
		t.Fatal("the picker still offers the deleted dialogue")
	}
	wd.undo()
	if n, _ := wd.st.CountStatements(ctx, storage.StatementFilter{DialogueID: wd.d.ID}); n != 5 {
		t.Fatalf("undo restored %d statements, want 5", n)
	}
	if ns, _ := wd.st.NotesOf(ctx, wd.cnX.ID, 0, 0); len(ns) != 1 {
		t.Fatal("undo lost the note")
	}
	if wd.ws.dialogueID != wd.d.ID {
		t.Fatal("undo did not show the restored dialogue")
	}
}

func TestReopensWhereLeft(t *testing.T) {
	wd := newWorld(t)
	wd.pickTopic(wd.tibet.ID)
	wd.ws.close()
	st, err := storage.Open(wd.path)
	wd.must(err)
	wd.ws.setProject(st)
	if wd.ws.topic != topicKeyOf(&wd.tibet.ID) || wd.ws.dialogueID != wd.d.ID {
		t.Fatalf("reopened at %v in dialogue %d", wd.ws.topic, wd.ws.dialogueID)
	}
	if got := wd.columnTexts(); len(got[0]) != 1 || got[0][0] != wd.cnT.Text {
		t.Fatalf("columns %q", got)
	}
}

func TestMenusOfferImportExportAndUndoNames(t *testing.T) {
	wd := newWorld(t)
	labels := map[string]bool{}
	for _, m := range wd.ws.menu.main.Items {
		for _, it := range m.Items {
			labels[m.Label+"/"+it.Label] = !it.Disabled
		}
	}
	for _, want := range []string{"File/Import…", "File/Export…", "File/Save a Copy…", "Edit/Find…", "View/Columns…", "Project/Topics…", "Help/About Parley"} {
		if !labels[want] {
			t.Errorf("menu item %s missing or disabled", want)
		}
	}
	if wd.ws.menu.undo.Label != "Undo" || !wd.ws.menu.undo.Disabled {
		t.Fatalf("fresh undo item %q disabled=%v", wd.ws.menu.undo.Label, wd.ws.menu.undo.Disabled)
	}
	wd.pickTopic(wd.xinjiang.ID)
	wd.pickCard(0, wd.cnX.ID)
	wd.tagWith("non-interference")
	if wd.ws.menu.undo.Label != "Undo tag statement" || wd.ws.menu.undo.Disabled {
		t.Fatalf("undo item %q", wd.ws.menu.undo.Label)
	}
	// The cursor is still in the tag field, where Ctrl+Z undoes typing:
	// the menu's item undoes the edit.
	wd.menu("Edit", "Undo tag statement")
	if wd.ws.menu.redo.Label != "Redo tag statement" {
		t.Fatalf("redo item %q", wd.ws.menu.redo.Label)
	}
}

func TestOpeningTheOpenProjectKeepsIt(t *testing.T) {
	wd := newWorld(t)
	wd.pickTopic(wd.tibet.ID)
	wd.ws.openProject(wd.path)
	if wd.ws.store() != wd.st || wd.ws.topic != topicKeyOf(&wd.tibet.ID) {
		t.Fatal("opening the open project again replaced it")
	}
	if wd.find(func(o fyne.CanvasObject) bool {
		l, ok := o.(*widget.Label)
		return ok && l.Text == "This project is already open"
	}) != nil {
		t.Fatal("opening the open project again said it is locked")
	}
}

func TestReadOnlyProjectShowsBannerAndRefusesEdits(t *testing.T) {
	wd := newWorld(t)
	wd.reopenReadOnly()
	banner := wd.find(func(o fyne.CanvasObject) bool {
		l, ok := o.(*widget.Label)
		return ok && len(l.Text) > 30 && l.Text[:30] == "This project is read-only: you"
	})
	if banner == nil {
		t.Fatal("no read-only banner")
	}
	wd.pickTopic(wd.xinjiang.ID)
	wd.pickCard(0, wd.cnX.ID)
	if !wd.ws.detail.text.Disabled() || !wd.ws.detail.kind.Disabled() || !wd.ws.assess.verdict.Disabled() {
		t.Fatal("the editors are not disabled")
	}
	if it := menuItem(wd.ws.win.MainMenu(), "Edit", "Tag statement…"); it == nil || !it.Disabled {
		t.Fatal("Edit › Tag statement… is offered on a read-only project")
	}
	// Ctrl+T reaches the menu item even disabled (Fyne's driver does not
	// look); the tag typed after it must change nothing.
	wd.chord(fyne.KeyT)
	if f := wd.ws.win.Canvas().Focused(); f != nil {
		test.Type(f, "non-interference")
		wd.key(fyne.KeyReturn)
	}
	if v, err := wd.st.StatementView(context.Background(), wd.cnX.ID); err != nil || len(v.Tags) != 0 {
		t.Fatalf("a read-only project was tagged: %+v (%v)", v.Tags, err)
	}
	if len(wd.ws.undo.done) != 0 {
		t.Fatal("a refused edit went on the undo stack")
	}
}

func TestOverviewCellOpensTopic(t *testing.T) {
	wd := newWorld(t)
	o := wd.ws.overview
	row := -1
	for i, k := range o.rows {
		if k == topicKeyOf(&wd.tibet.ID) {
			row = i
		}
	}
	if row < 0 || o.matrix.Data.Counts[row][0] != 1 || o.matrix.Data.Counts[row][1] != 1 {
		t.Fatalf("matrix row for Tibet %d: %+v", row, o.matrix.Data)
	}
	tapOn(t, wd.ws.win.Canvas(), "Overview")
	wd.tapCell(o.matrix, "Tibet", "EU")
	if wd.ws.tabs.SelectedIndex() != 0 || wd.ws.topic != topicKeyOf(&wd.tibet.ID) {
		t.Fatalf("cell opened tab %d topic %v", wd.ws.tabs.SelectedIndex(), wd.ws.topic)
	}
}

func TestThemeChoice(t *testing.T) {
	wd := newWorld(t)
	a := wd.ws.app
	setThemePreference(a, themeDark)
	if th, ok := a.Settings().Theme().(variantTheme); !ok || !th.fixed || th.variant != theme.VariantDark {
		t.Fatalf("theme %T", a.Settings().Theme())
	}
	wd.ws.menu.build()
	for _, m := range wd.ws.menu.main.Items {
		for _, it := range m.Items {
			if it.Label == "Theme" {
				for _, c := range it.ChildMenu.Items {
					if c.Checked != (c.Label == "Dark") {
						t.Fatalf("%s checked=%v", c.Label, c.Checked)
					}
				}
			}
		}
	}
	setThemePreference(a, themeSystem)
	th, ok := a.Settings().Theme().(variantTheme)
	if !ok || th.fixed {
		t.Fatal("As the System kept a fixed variant")
	}
	// Quiet text stays legible in both variants (Fyne's own "disabled"
	// grey is #e3e3e3 on white).
	for _, v := range []fyne.ThemeVariant{theme.VariantLight, theme.VariantDark} {
		fg := th.Color(theme.ColorNameForeground, v)
		bg := th.Color(theme.ColorNameBackground, v)
		q := th.Color(theme.ColorNameDisabled, v)
		if d, full := lum(q)-lum(bg), lum(fg)-lum(bg); d/full < 0.3 || d/full > 0.8 {
			t.Errorf("variant %v: quiet text at %.2f of the way from background to text", v, d/full)
		}
	}
}

func TestRememberedColumnOfDeletedPartyIsDropped(t *testing.T) {
	wd := newWorld(t)
	wd.ws.app.Preferences().SetString(prefColumns+wd.path, "999,2")
	wd.ws.close()
	st, err := storage.Open(wd.path)
	wd.must(err)
	wd.ws.setProject(st)
	if len(wd.ws.view.cols) != 1 || wd.ws.view.cols[0].Title != "European Union" {
		t.Fatalf("columns %v", wd.ws.columns)
	}
}

func lum(c color.Color) float64 {
	r, g, b, _ := c.RGBA()
	return (0.299*float64(r) + 0.587*float64(g) + 0.114*float64(b)) / 0xffff
}

// tapCell taps the matrix cell in the row labelled row and the column
// headed col, as a click there does.
func (wd *world) tapCell(m *widgets.Matrix, row, col string) {
	wd.t.Helper()
	var r, c textHit
	fyne.DoAndWait(func() {
		r = tappableAround(m, func(s string) bool { return strings.TrimSpace(s) == row }, textHit{})
		c = tappableAround(m, func(s string) bool { return s == col }, textHit{})
	})
	if r.target == nil || c.target == nil {
		wd.t.Fatalf("no row %q or column %q in the matrix", row, col)
	}
	test.TapAt(m, fyne.NewPos(c.at.X, r.at.Y))
}

// TestNewProjectRefusesFolder: File → New Project… refuses a name that is
// a folder in the chosen place, or whose project file would be one, as
// parley new does, rather than make Talks.parley beside a folder Talks;
// the open project stays open.
func TestNewProjectRefusesFolder(t *testing.T) {
	wd := newWorld(t)
	dir := filepath.Dir(wd.path)
	for _, c := range []struct{ folder, name, says string }{
		{"Talks", "Talks", "Talks is a folder in " + dir},
		{"Minutes.parley", "Minutes", "Minutes.parley is a folder in " + dir},
	} {
		if err := os.Mkdir(filepath.Join(dir, c.folder), 0o755); err != nil {
			t.Fatal(err)
		}
		wd.menu("File", "New Project…")
		e := wd.find(func(o fyne.CanvasObject) bool { x := entryOf(o); return x != nil && x.Text == "Untitled" })
		if e == nil {
			t.Fatal("no name field")
		}
		wd.replaceText(e.(fyne.Focusable), c.name)
		wd.tap("Create")
		if !wd.dialogTitled("Could not use "+c.name) || !overlayText(wd.ws.win, c.says+"; to put the new project inside it, choose it with Change…") {
			t.Fatalf("%s: no error saying %q", c.name, c.says)
		}
		wd.tap("OK")
		if wd.ws.store().Path() != wd.path {
			t.Fatalf("%s: the open project is now %s", c.name, wd.ws.store().Path())
		}
	}
	if _, err := os.Stat(filepath.Join(dir, "Talks"+storage.Extension)); err == nil {
		t.Error("a project was made beside the folder Talks")
	}
}
