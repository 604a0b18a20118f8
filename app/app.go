// Package app is Parley's window: views, menus, shortcuts, dialogs and
// undo. It never imports fyne.io/fyne/v2/app, so its tests run on Fyne's
// test driver.
package app

import (
	"context"
	"os"
	"time"

	"fyne.io/fyne/v2"

	"parley/app/sample"
	"parley/assets"
	"parley/storage"
)

// ID is the application ID (also in FyneApp.toml).
const ID = "io.parley.app"

// Run opens the window on the project at path (else the last project, else
// the default project, created with the sample on first run) and returns
// the exit status when the window closes. screen, when not nil, tells the
// size of the screen in pixels once the window exists (false: unknown), so
// that the window never opens larger than the screen.
func Run(a fyne.App, path string, screen func() (width, height int, ok bool)) int {
	tr := newStartupTrace(os.Getenv("PARLEY_TRACE_STARTUP") != "")
	applyThemePreference(a)
	fonts := warmFonts(tr)
	setIcon(a)
	w := a.NewWindow("Parley")
	tr.mark("window made")
	scr := screenUnits(w, screen)
	w.Resize(savedWindowSize(a, scr))
	w.SetMaster()
	ws := newWorkspace(a, w, newQueueRunner())
	ws.screen = scr
	ws.trace = tr
	ws.fonts = fonts
	a.Lifecycle().SetOnStarted(func() { tr.mark("window open") })
	w.SetOnClosed(func() { ws.close() })
	if dump := os.Getenv(LayoutDumpEnv); dump != "" {
		startLayoutDump(a, dump)
	}
	ws.openInitial(path)
	tr.mark("project open")
	w.ShowAndRun()
	return 0
}

// screenUnits is the screen's size in Fyne's units for window w, zero
// when unknown.
func screenUnits(w fyne.Window, screen func() (int, int, bool)) fyne.Size {
	if screen == nil {
		return fyne.Size{}
	}
	pw, ph, ok := screen()
	if !ok || pw <= 0 || ph <= 0 {
		return fyne.Size{}
	}
	scale := w.Canvas().Scale()
	if scale <= 0 {
		scale = 1
	}
	return fyne.NewSize(float32(pw)/scale, float32(ph)/scale)
}

// openInitial opens what Run was asked for. A failure shows the welcome
// screen behind a dialog that says what went wrong and offers to open
// another project or create one.
func (ws *Workspace) openInitial(path string) {
	explicit := path != ""
	if !explicit {
		path = ws.app.Preferences().String(prefLastProject)
		if _, err := os.Stat(path); path != "" && err != nil && !storage.IsServerAddress(path) {
			path = ""
		}
	}
	if path == "" {
		p, _, err := sample.EnsureDefaultProject(context.Background())
		if err != nil {
			ws.awaitFonts()
			ws.showWelcome()
			ws.showError("Could not create the default project", err)
			return
		}
		path = p
	}
	st, err := storage.Open(path)
	ws.awaitFonts()
	if err != nil {
		ws.showWelcome()
		ws.showOpenError(path, err)
		return
	}
	ws.trace.mark("storage open")
	ws.setProject(st)
}

// awaitFonts waits for the fonts Run has parsed on the side (warmFonts)
// before the first view measures any text.
func (ws *Workspace) awaitFonts() {
	if ws.fonts != nil {
		<-ws.fonts
		ws.fonts = nil
	}
}

// settle saves text still being typed and waits for the queued edits, so
// that all of them reach the open project before it closes.
func (ws *Workspace) settle() {
	if ws.store() == nil || ws.detail == nil {
		return
	}
	r := ws.run
	if q, ok := r.(*queueRunner); ok {
		q.drain(5 * time.Second)
	}
	ws.run = inlineRunner{}
	ws.detail.flushText()
	ws.assess.flush()
	ws.run = r
}

// close saves the window size and whatever is still being typed, lets the
// queued edits finish and closes the project.
func (ws *Workspace) close() {
	saveWindowSize(ws.app, ws.win.Canvas().Size())
	ws.settle()
	if ws.release != nil {
		ws.release.Stop()
	}
	// From here on edits run at once: the window is going away.
	ws.run = inlineRunner{}
	ws.unwatch()
	if ws.store() != nil {
		ws.savePlace()
		if err := ws.store().Close(); err != nil {
			fyne.LogError("close project", err)
		}
		ws.current.Store(nil)
	}
}

// setIcon gives a binary built with plain `go build` our icon; `fyne
// package` builds carry it in their metadata already.
func setIcon(a fyne.App) {
	if a.Metadata().Icon != nil {
		return
	}
	icon, err := appIcon()
	if err != nil {
		fyne.LogError("read the embedded icon", err)
		return
	}
	a.SetIcon(icon)
}

// appIcon is Parley's icon, embedded in assets.
func appIcon() (fyne.Resource, error) {
	data, err := assets.FS.ReadFile("icon.png")
	if err != nil {
		return nil, err
	}
	return fyne.NewStaticResource("icon.png", data), nil
}
