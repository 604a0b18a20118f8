package app

import (
	"path/filepath"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/widget"
)

// heldRunner holds the jobs given to it until the test lets them run, so
// that a test can see what a screen does before its database work is done.
type heldRunner struct{ jobs []job }

func (h *heldRunner) run(work, done func()) { h.jobs = append(h.jobs, job{work, done}) }

// release runs the jobs held so far (and those they give), in order.
func (h *heldRunner) release() {
	for len(h.jobs) > 0 {
		j := h.jobs[0]
		h.jobs = h.jobs[1:]
		j.work()
		if j.done != nil {
			j.done()
		}
	}
}

// The screens read and write the project on the runner: when the user
// opens one (or stores a review), nothing of the project is on it until
// the runner has done its jobs, and then everything is.
func TestScreensReadOnTheRunner(t *testing.T) {
	var review fyne.Window
	cases := []struct {
		name  string
		setup func(wd *world) // before the runner holds its jobs
		open  func(wd *world)
		shown func(wd *world) bool
	}{
		{"Sources", nil, func(wd *world) {
			wd.addSource()
			tapOn(t, wd.ws.win.Canvas(), "Sources")
		}, func(wd *world) bool {
			return wd.find(func(o fyne.CanvasObject) bool {
				l, ok := o.(*widget.Label)
				return ok && l.Text == "EU readout"
			}) != nil
		}},
		{"Import", nil, func(wd *world) { wd.menu("File", "Import…") }, func(wd *world) bool {
			return findButton(wd.ws.win.Canvas(), "Paste from the clipboard") != nil
		}},
		{"Export", nil, func(wd *world) { wd.menu("File", "Export…") }, func(wd *world) bool {
			return findButton(wd.ws.win.Canvas(), "Choose a file…") != nil
		}},
		{"ReviewStore", func(wd *world) { review = wd.reviewOf(reviewReadout, "EU") }, func(wd *world) {
			findAndTap(t, review.Canvas(), "Accept all")
			findAndTap(t, review.Canvas(), "Store 3 accepted")
		}, func(wd *world) bool {
			return wd.findLabel("Import stored") != nil
		}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			wd := newWorld(t)
			if c.setup != nil {
				c.setup(wd)
			}
			held := &heldRunner{}
			wd.ws.run = held
			c.open(wd)
			if len(held.jobs) == 0 || c.shown(wd) {
				t.Fatalf("%s read the project on the UI goroutine (%d jobs on the runner)", c.name, len(held.jobs))
			}
			held.release()
			if !c.shown(wd) {
				t.Fatalf("%s shows nothing after the runner's jobs", c.name)
			}
			wd.ws.run = inlineRunner{}
		})
	}
}

// The progress dialogs of an import and an export are up while the runner
// works; their Cancel stops the work, and nothing comes of it: no review,
// no file, no error.
func TestProgressCancel(t *testing.T) {
	t.Run("Import", func(t *testing.T) {
		wd := newWorld(t)
		fyne.CurrentApp().Clipboard().SetContent(reviewReadout)
		wd.menu("File", "Import…")
		held := &heldRunner{}
		wd.ws.run = held
		defer func() { wd.ws.run = inlineRunner{} }()
		wd.tap("Paste from the clipboard")
		if wd.findLabel("Reading…") == nil {
			t.Fatal("no progress while the import works")
		}
		wd.tap("Cancel")
		held.release()
		for _, w := range fyne.CurrentApp().Driver().AllWindows() {
			if strings.HasPrefix(w.Title(), "Review import") {
				t.Fatalf("a cancelled import opened %q", w.Title())
			}
		}
		if top := wd.ws.win.Canvas().Overlays().Top(); top != nil {
			t.Fatalf("a cancelled import left %q on screen", buttonLabels(top))
		}
	})
	t.Run("Export", func(t *testing.T) {
		wd := newWorld(t)
		wd.menu("File", "Export…")
		wd.tap("Choose a file…")
		held := &heldRunner{}
		wd.ws.run = held
		defer func() { wd.ws.run = inlineRunner{} }()
		wd.tap("Export")
		if wd.findLabel("Exporting") == nil {
			t.Fatal("no progress while the export works")
		}
		wd.tap("Cancel")
		held.release()
		if top := wd.ws.win.Canvas().Overlays().Top(); top != nil {
			t.Fatalf("a cancelled export left %q on screen", buttonLabels(top))
		}
		if html, _ := filepath.Glob(filepath.Join(filepath.Dir(wd.path), "*.html")); len(html) != 0 {
			t.Fatalf("a cancelled export wrote %q", html)
		}
	})
}
