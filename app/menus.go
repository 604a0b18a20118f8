package app

import (
	"fmt"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver/desktop"

	"parley/assets"
	"parley/storage"
)

// menus is the window's main menu. Undo and Redo carry the name of the
// edit they would undo or redo.
type menus struct {
	ws         *Workspace
	main       *fyne.MainMenu
	undo, redo *fyne.MenuItem
	editItems  []*fyne.MenuItem // disabled without a project or when read-only
	saveCopy   *fyne.MenuItem   // disabled without a project
	newStmt    *fyne.MenuItem   // disabled when read-only or without a dialogue
	unanswered *fyne.MenuItem   // checked while the columns show only the unanswered
}

func newMenus(ws *Workspace) *menus { return &menus{ws: ws} }

func ctrl(k fyne.KeyName) fyne.Shortcut {
	return &desktop.CustomShortcut{KeyName: k, Modifier: fyne.KeyModifierShortcutDefault}
}

// build makes the menus for the current state (project open or not).
func (m *menus) build() {
	ws := m.ws
	open := ws.store() != nil
	m.undo = fyne.NewMenuItem("Undo", ws.Undo)
	m.redo = fyne.NewMenuItem("Redo", ws.Redo)
	find := fyne.NewMenuItem("Find…", ws.showSearch)
	find.Shortcut = ctrl(fyne.KeyF)
	tag := fyne.NewMenuItem("Tag statement…", ws.focusTag)
	tag.Shortcut = ctrl(fyne.KeyT)
	note := fyne.NewMenuItem("Add note…", ws.focusNote)
	note.Shortcut = ctrl(fyne.KeyN)
	link := fyne.NewMenuItem("Link to…", ws.startLink)
	link.Shortcut = ctrl(fyne.KeyL)
	del := fyne.NewMenuItem("Delete statement…", func() { ws.detail.onDelete() })
	m.newStmt = fyne.NewMenuItem("New Statement…", ws.newStatementHere)
	m.newStmt.Shortcut = keyNewStatement
	m.unanswered = fyne.NewMenuItem("Unanswered Only", ws.toggleUnanswered)
	m.unanswered.Shortcut = keyUnanswered
	m.editItems = []*fyne.MenuItem{tag, note, link, del}
	file := m.fileMenu()
	edit := fyne.NewMenu("Edit", m.undo, m.redo, fyne.NewMenuItemSeparator(), find,
		fyne.NewMenuItemSeparator(), m.newStmt, tag, note, link, del,
		fyne.NewMenuItemSeparator(), fyne.NewMenuItem("Your Name…", ws.askYourName))
	project := fyne.NewMenu("Project",
		fyne.NewMenuItem("Dialogues…", ws.showDialogues),
		fyne.NewMenuItem("Parties…", ws.showParties),
		fyne.NewMenuItem("Speakers…", ws.showSpeakers),
		fyne.NewMenuItem("Topics…", ws.showTopics),
		fyne.NewMenuItem("Tags…", ws.showTags),
		fyne.NewMenuItemSeparator(),
		fyne.NewMenuItem("Agreement Between Coders…", ws.askAgreement),
		fyne.NewMenuItem("What Parley Learnt…", ws.showLessons),
		fyne.NewMenuItem("Dismissed Suggestions…", ws.showDismissed))
	view := fyne.NewMenu("View", append(ws.tabItems(), fyne.NewMenuItemSeparator(),
		m.unanswered,
		fyne.NewMenuItem("Columns…", ws.showColumnsDialog),
		m.themeItem())...)
	keys := fyne.NewMenuItem("Keyboard Shortcuts", ws.showKeys)
	// Shown beside the item; the key itself reaches onKey, as Fyne's
	// menus take only keys held with Ctrl, Alt or Super.
	keys.Shortcut = &desktop.CustomShortcut{KeyName: fyne.KeyF1}
	help := fyne.NewMenu("Help", fyne.NewMenuItem("About Parley", ws.showAbout), keys)
	if !open {
		for _, it := range append(append([]*fyne.MenuItem{}, m.editItems...), find, m.saveCopy, m.undo, m.redo, m.newStmt) {
			it.Disabled = true
		}
		project.Items = nil
		view.Items = view.Items[len(view.Items)-1:] // Theme only
	}
	menus := []*fyne.Menu{file, edit}
	if len(project.Items) > 0 {
		menus = append(menus, project)
	}
	m.main = fyne.NewMainMenu(append(menus, view, help)...)
	ws.win.SetMainMenu(m.main)
	m.refreshUndo()
}

// refreshUnanswered ticks View › Unanswered Only while the filter is on.
func (m *menus) refreshUnanswered() {
	if m.unanswered == nil || m.unanswered.Checked == m.ws.filter.unanswered {
		return
	}
	m.unanswered.Checked = m.ws.filter.unanswered
	if m.main != nil {
		m.main.Refresh()
	}
}

// refreshUndo names the edits Undo and Redo would act on.
func (m *menus) refreshUndo() {
	if m.undo == nil {
		return
	}
	u := &m.ws.undo
	m.undo.Label, m.redo.Label = u.undoLabel(), u.redoLabel()
	m.undo.Disabled, m.redo.Disabled = len(u.done) == 0, len(u.undone) == 0
	ro := m.ws.store() == nil || m.ws.store().ReadOnly()
	for _, it := range m.editItems {
		it.Disabled = ro || m.ws.selected == 0
	}
	m.newStmt.Disabled = ro || m.ws.dialogueID == 0
	m.unanswered.Checked = m.ws.filter.unanswered
	if m.main != nil {
		m.main.Refresh()
	}
}

func (m *menus) fileMenu() *fyne.Menu {
	ws := m.ws
	quit := fyne.NewMenuItem("Quit", ws.askClose)
	quit.IsQuit = true
	// Ctrl+Q goes through the main menu, so it asks first as closing does.
	quit.Shortcut = ctrl(fyne.KeyQ)
	m.saveCopy = fyne.NewMenuItem("Save a Copy…", ws.askSaveCopy)
	open := fyne.NewMenuItem("Open…", ws.askOpen)
	open.Shortcut = ctrl(fyne.KeyO)
	file := fyne.NewMenu("File",
		fyne.NewMenuItem("New Project…", ws.askNew),
		open,
		m.recentItem(),
		fyne.NewMenuItem("Connect to a Team Project…", ws.askConnect),
		m.saveCopy)
	if st := ws.store(); st != nil && !st.Server() {
		file.Items = append(file.Items, fyne.NewMenuItem("Copy to a Team Project…", ws.askPush))
	}
	file.Items = append(file.Items, ws.exchangeItems()...)
	file.Items = append(file.Items, fyne.NewMenuItemSeparator(), quit)
	return file
}

func (m *menus) recentItem() *fyne.MenuItem {
	it := fyne.NewMenuItem("Open Recent", nil)
	var items []*fyne.MenuItem
	for _, p := range recentProjects(m.ws.app) {
		p := p
		items = append(items, fyne.NewMenuItem(projectName(p)+"  —  "+p, func() { m.ws.openProject(p) }))
	}
	if len(items) == 0 {
		it.Disabled = true
		return it
	}
	it.ChildMenu = fyne.NewMenu("", items...)
	return it
}

func (m *menus) themeItem() *fyne.MenuItem {
	it := fyne.NewMenuItem("Theme", nil)
	cur := m.ws.app.Preferences().StringWithFallback(prefTheme, themeSystem)
	var items []*fyne.MenuItem
	for _, t := range []struct{ name, label string }{{themeLight, "Light"}, {themeDark, "Dark"}, {themeSystem, "As the System"}} {
		t := t
		mi := fyne.NewMenuItem(t.label, func() {
			setThemePreference(m.ws.app, t.name)
			m.build()
		})
		mi.Checked = cur == t.name
		items = append(items, mi)
	}
	it.ChildMenu = fyne.NewMenu("", items...)
	return it
}

func (ws *Workspace) showAbout() {
	ws.inform("About Parley",
		"Parley "+assets.Version+fmt.Sprintf(" (project format %d)", storage.SchemaVersion)+"\n\nCompare what each side of a diplomatic dialogue says:\nread their positions side by side, tag, annotate, link and judge them.\n\nYour projects stay on this computer.")
}

// focusTag puts the cursor in the add-tag field of the selected statement.
func (ws *Workspace) focusTag() {
	if ws.selected != 0 {
		ws.detail.reveal(ws.detail.tags.add)
		ws.detail.tags.focus()
	}
}

// focusNote puts the cursor in the new-note field of the selected statement.
func (ws *Workspace) focusNote() {
	if ws.selected != 0 {
		ws.detail.reveal(ws.detail.notes.entry)
		ws.detail.notes.focus()
	}
}
