package app

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/widget"

	"parley/storage"
)

// openProject opens the project at path, showing what is wrong in plain
// words when it cannot be opened.
func (ws *Workspace) openProject(path string) { ws.openProjectThen(path, nil) }

// openProjectThen is openProject, then calls then (when not nil) once the
// project is on screen: a message about the project it opened (Import
// done) shown earlier stood over the previous project, or a window half
// loaded. then is not called when the project does not open.
func (ws *Workspace) openProjectThen(path string, then func()) {
	if cur := ws.store(); cur != nil && sameFile(cur.Path(), path) {
		if then != nil {
			then()
		}
		return
	}
	var st *storage.Store
	var err error
	// A server may take seconds to answer (or not answer): say so.
	stop := ws.slow("Opening " + projectName(path))
	ws.run.run(func() { st, err = storage.Open(path) }, func() {
		stop()
		if err != nil {
			ws.showOpenError(path, err)
			return
		}
		if then != nil {
			// Before setProject, which starts the load: with the inline
			// runner of the tests the load is done when it returns.
			ws.onLoad = append(ws.onLoad, then)
		}
		ws.setProject(st)
	})
}

// showOpenError explains why the project at path did not open and offers a
// way on: open another project or create a new one, and for a project
// changed outside Parley, rescue its data into a new one.
func (ws *Workspace) showOpenError(path string, err error) {
	if storage.CodeOf(err) == storage.CodeEmpty {
		ws.askCreateTeamProject(path)
		return
	}
	title := "The project could not be opened"
	switch storage.CodeOf(err) {
	case storage.CodeNotProject:
		title = "This is not a Parley project"
	case storage.CodeNewerVersion:
		title = "This project needs a newer Parley"
	case storage.CodeLocked:
		title = "This project is already open"
	case storage.CodeCorrupt:
		title = "This project is damaged"
	case storage.CodeReadOnly:
		title = "This project cannot be opened read-only"
	case storage.CodeNotFound:
		title = "The project is not there"
		if storage.IsServerAddress(path) {
			title = "Could not connect to the team project"
		}
	case storage.CodeUntrusted:
		title = "This project was changed outside Parley"
	}
	msg := plainCause(err)
	var d dialog.Dialog
	open := widget.NewButton("Open another project…", func() { d.Hide(); ws.askOpen() })
	open.Importance = widget.HighImportance
	create := widget.NewButton("New project…", func() { d.Hide(); ws.askNew() })
	closeB := widget.NewButton("Close", func() { d.Hide() })
	buttons := container.NewHBox(closeB, create, open)
	if storage.CodeOf(err) == storage.CodeUntrusted {
		rescue := widget.NewButton("Rescue into a new project…", func() { d.Hide(); ws.askRescue(path) })
		rescue.Importance = widget.HighImportance
		open.Importance = widget.MediumImportance
		buttons.Add(rescue)
	}
	body := container.NewBorder(nil, container.NewCenter(buttons), nil, nil, wrapped(msg+untouched(path, err), 460))
	d = dialog.NewCustomWithoutButtons(title, body, ws.win)
	showModal(ws.win, d)
}

// untouched reassures that a refused file was not changed; there is
// nothing to reassure about a file that is not there, nor about a server.
func untouched(path string, err error) string {
	if storage.CodeOf(err) == storage.CodeNotFound || storage.IsServerAddress(path) {
		return ""
	}
	return "\n\nThe file was left as it was."
}

// showWelcome fills the window when no project is open.
func (ws *Workspace) showWelcome() {
	title := widget.NewLabelWithStyle("Parley", fyne.TextAlignCenter, fyne.TextStyle{Bold: true})
	sub := widget.NewLabelWithStyle("Compare what each side of a dialogue says.", fyne.TextAlignCenter, fyne.TextStyle{})
	buttons := container.NewHBox(
		widget.NewButton("Open project…", ws.askOpen),
		widget.NewButton("New project…", ws.askNew),
	)
	items := []fyne.CanvasObject{title, sub, container.NewCenter(buttons)}
	if recent := recentProjects(ws.app); len(recent) > 0 {
		items = append(items, widget.NewLabelWithStyle("Recent projects", fyne.TextAlignCenter, fyne.TextStyle{Bold: true}))
		for _, p := range recent {
			p := p
			b := widget.NewButton(projectName(p), func() { ws.openProject(p) })
			b.Importance = widget.LowImportance
			items = append(items, b)
		}
	}
	ws.content.Objects = []fyne.CanvasObject{container.NewCenter(container.NewVBox(items...))}
	ws.content.Refresh()
	ws.menu.build()
}

// askOpen lets the user pick a project to open.
func (ws *Workspace) askOpen() {
	pickFile(&ws.services, []string{storage.Extension}, true, ws.openProject)
}

// askNew lets the user name a new, empty project and opens it.
func (ws *Workspace) askNew() {
	ws.askProjectPath("New project", "Create", "Untitled", func(path string) {
		var st *storage.Store
		var err error
		ws.run.run(func() { st, err = storage.Create(path) }, func() {
			if err != nil {
				ws.showError("Could not create the project", err)
				return
			}
			ws.setProject(st)
		})
	})
}

// askSaveCopy writes a consistent copy of the open project where the user
// says.
func (ws *Workspace) askSaveCopy() {
	if ws.store() == nil {
		return
	}
	st := ws.store()
	ws.askProjectPath("Save a copy", "Save", projectName(st.Path())+" copy", func(path string) {
		ws.background("Saving a copy", func(ctx context.Context) error {
			return st.SaveCopy(ctx, path)
		}, func() {
			ws.inform("Copy saved", fmt.Sprintf("A copy of the project was saved as %s.", filepath.Base(path)))
		})
	})
}

// askProjectPath asks for a folder and a file name for a project that must
// not exist yet (see askSavePath).
func (ws *Workspace) askProjectPath(title, confirm, name string, then func(path string)) {
	ws.askProjectPathIn(ws.defaultFolder(), title, confirm, name, then)
}

// askProjectPathIn is askProjectPath starting in folder. A name that is a
// folder there is refused, as parley new refuses it: "Talks" beside a
// folder Talks would otherwise make Talks.parley next to it, which is not
// what was meant.
func (ws *Workspace) askProjectPathIn(folder, title, confirm, name string, then func(path string)) {
	askSavePath(ws.win, title, confirm, folder, name, func(folder, name string) {
		path := filepath.Join(folder, withExtension(name))
		if err := notAFolder(folder, name, path); err != nil {
			ws.showError("Could not use "+name, err)
			return
		}
		then(path)
	})
}

// notAFolder refuses a new project's name when it, or the file it would
// make (path), is a folder in folder.
func notAFolder(folder, name, path string) error {
	for _, p := range []string{filepath.Join(folder, name), path} {
		if fi, err := os.Stat(p); err == nil && fi.IsDir() {
			return storage.NamedErrorf("%s is a folder in %s; to put the new project inside it, choose it with Change…, or choose another name",
				filepath.Base(p), folder)
		}
	}
	return nil
}

// defaultFolder is where new projects go: beside the open one, else the
// home folder.
func (ws *Workspace) defaultFolder() string {
	if ws.store() != nil && !ws.store().Server() {
		return filepath.Dir(ws.store().Path())
	}
	for _, r := range recentProjects(ws.app) {
		if !storage.IsServerAddress(r) {
			return filepath.Dir(r)
		}
	}
	return homeFolder()
}

// homeFolder is the user's home folder, or the current one.
func homeFolder() string {
	if h, err := os.UserHomeDir(); err == nil {
		return h
	}
	return "."
}

// projectFolder is where files written beside the project go: its folder,
// or for a team project the home folder.
func projectFolder(st *storage.Store) string {
	if st.Server() {
		return homeFolder()
	}
	return filepath.Dir(st.Path())
}

// sameFile reports whether two paths name the same file (or the same
// server address).
func sameFile(a, b string) bool {
	if storage.IsServerAddress(a) || storage.IsServerAddress(b) {
		return a == storage.RedactAddress(b) || storage.RedactAddress(a) == b
	}
	fa, errA := os.Stat(a)
	fb, errB := os.Stat(b)
	if errA != nil || errB != nil {
		return filepath.Clean(a) == filepath.Clean(b)
	}
	return os.SameFile(fa, fb)
}

func withExtension(path string) string {
	if strings.HasSuffix(strings.ToLower(path), storage.Extension) {
		return path
	}
	return path + storage.Extension
}
