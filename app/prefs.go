package app

import (
	"strconv"
	"strings"

	"fyne.io/fyne/v2"
)

// Preference keys.
const (
	prefLastProject = "project.last"
	prefRecent      = "project.recent"
	prefWidth       = "window.width"
	prefHeight      = "window.height"
	prefTheme       = "view.theme"
	prefColumns     = "view.columns:" // + project path
	prefPlace       = "view.place:"   // + project path: "dialogue topic"
	// prefConnectTried is the address last typed into the Connect dialog.
	prefConnectTried = "connect.tried"
	maxRecent        = 8
)

// defaultWindowSize is the first window's size where it fits the screen.
var defaultWindowSize = fyne.NewSize(1280, 800)

// savedWindowSize is the size the window had when it last closed (else
// the default), made to fit screen when screen is known (non-zero): a
// window wider than the screen cuts off the detail pane.
func savedWindowSize(a fyne.App, screen fyne.Size) fyne.Size {
	p := a.Preferences()
	w := p.FloatWithFallback(prefWidth, float64(defaultWindowSize.Width))
	h := p.FloatWithFallback(prefHeight, float64(defaultWindowSize.Height))
	if w < 640 || h < 400 {
		w, h = float64(defaultWindowSize.Width), float64(defaultWindowSize.Height)
	}
	return fitScreen(fyne.NewSize(float32(w), float32(h)), screen)
}

// fitScreen shrinks size to screen where screen is known.
func fitScreen(size, screen fyne.Size) fyne.Size {
	if screen.Width > 0 && size.Width > screen.Width {
		size.Width = screen.Width
	}
	if screen.Height > 0 && size.Height > screen.Height {
		size.Height = screen.Height
	}
	return size
}

func saveWindowSize(a fyne.App, s fyne.Size) {
	if s.Width < 100 || s.Height < 100 {
		return
	}
	a.Preferences().SetFloat(prefWidth, float64(s.Width))
	a.Preferences().SetFloat(prefHeight, float64(s.Height))
}

// rememberRecent makes path the last project and puts it first among the
// recent ones.
func rememberRecent(a fyne.App, path string) {
	p := a.Preferences()
	p.SetString(prefLastProject, path)
	list := []string{path}
	for _, r := range recentProjects(a) {
		if r != path && len(list) < maxRecent {
			list = append(list, r)
		}
	}
	p.SetStringList(prefRecent, list)
}

func recentProjects(a fyne.App) []string {
	return a.Preferences().StringList(prefRecent)
}

// restoreColumns reads the parties the user last chose as columns for this
// project.
func (ws *Workspace) restoreColumns() {
	ws.columns = nil
	for _, f := range strings.Split(ws.app.Preferences().String(prefColumns+ws.store().Path()), ",") {
		if id, err := strconv.ParseInt(f, 10, 64); err == nil && id > 0 {
			ws.columns = append(ws.columns, id)
		}
	}
	ws.columnsChosen = len(ws.columns) > 0
}

func (ws *Workspace) saveColumns() {
	fs := make([]string, len(ws.columns))
	for i, id := range ws.columns {
		fs[i] = strconv.FormatInt(id, 10)
	}
	ws.app.Preferences().SetString(prefColumns+ws.store().Path(), strings.Join(fs, ","))
}

// savePlace remembers the dialogue and topic shown, so that the project
// opens there next time.
func (ws *Workspace) savePlace() {
	if ws.store() == nil || ws.dialogueID == 0 {
		return
	}
	ws.app.Preferences().SetString(prefPlace+ws.store().Path(), strconv.FormatInt(ws.dialogueID, 10)+" "+string(ws.topic))
}

// restorePlace goes back to the dialogue and topic last shown; the first
// load falls back to defaults when they no longer exist.
func (ws *Workspace) restorePlace() {
	f := strings.Fields(ws.app.Preferences().String(prefPlace + ws.store().Path()))
	if len(f) != 2 {
		return
	}
	if id, err := strconv.ParseInt(f[0], 10, 64); err == nil {
		ws.dialogueID = id
		ws.topic = topicKey(f[1])
	}
}

// prefYourName is the name the analyst's edits are recorded under in
// projects on files ("" means the computer's user name).
const prefYourName = "author.name"

// yourName is the name set under Edit → Your Name…, "" when none is.
func yourName(a fyne.App) string { return a.Preferences().String(prefYourName) }
