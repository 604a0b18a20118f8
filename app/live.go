package app

import (
	"time"

	"fyne.io/fyne/v2"

	"parley/storage"
)

// Live refresh: on a team project, other analysts' edits show in the open
// window within moments (storage.Store.Watch listens for them). The view
// is read again as after one's own edit: the selection, the columns'
// scroll positions and whatever the user is typing stay as they are (the
// detail editor and the assessment keep a focused field's text; a save
// of it is then checked against the version it was typed on).

// liveDelay gathers the edits of one burst (an import, a merge, a colleague
// typing fast) into one reading of the view.
const liveDelay = 50 * time.Millisecond

// liveState is the workspace's part in the live refresh.
type liveState struct {
	stop    func() // stops listening; nil when not listening
	pending bool   // a reading of the view is scheduled
	// onRemote, for tests, is called with each change heard, on the UI
	// goroutine, once the view shows it.
	onRemote func(storage.Change)
}

// watch listens for other analysts' edits of st, when it is a team
// project; a project file has no other writers.
func (ws *Workspace) watch(st *storage.Store) {
	ws.unwatch()
	if st == nil || !st.Live() {
		return
	}
	ws.live.stop = st.Watch(func(c storage.Change) {
		fyne.Do(func() { ws.remoteChange(st, c) })
	})
}

// unwatch stops listening.
func (ws *Workspace) unwatch() {
	if ws.live.stop != nil {
		ws.live.stop()
		ws.live.stop = nil
	}
}

// remoteChange reads the view again after another analyst's edit, once
// for a burst of them.
func (ws *Workspace) remoteChange(st *storage.Store, c storage.Change) {
	if st != ws.store() {
		return
	}
	if ws.live.pending {
		return
	}
	ws.live.pending = true
	time.AfterFunc(liveDelay, func() {
		fyne.Do(func() {
			ws.live.pending = false
			if st != ws.store() {
				return
			}
			if ws.live.onRemote != nil {
				ws.onLoad = append(ws.onLoad, func() { ws.live.onRemote(c) })
			}
			ws.refresh()
		})
	})
}
