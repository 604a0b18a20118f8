package app

import (
	"context"
	"errors"
	"fmt"

	"parley/storage"
)

// command is one undoable edit. do and undo call storage; both run on the
// runner's goroutine. at says where the edit happened, so that undoing it
// shows the place even after the user has moved to another topic or
// dialogue.
type command struct {
	label string
	do    func(ctx context.Context) error
	undo  func(ctx context.Context) error
	at    place
	after func(c *command) // runs on the UI goroutine once do first succeeds
	// key, when set, names what the edit changes within one sitting (an
	// assessment while its topic stays shown): an edit right after
	// another of the same key joins it, so that one undo step takes back
	// the verdict and the text typed after it.
	key string
	// conflict, when set, takes a do refused because someone else saved
	// the row since the user read it (it shows both versions and lets the
	// user choose); without it the refusal is shown as an error.
	conflict func(c *storage.EditConflict)
}

// place is a spot in the compare view, or a source in the Sources view.
type place struct {
	dialogueID  int64
	topic       topicKey
	statementID int64
	sourceID    int64 // not 0: the edit was made on this source
	evolution   bool  // the edit was made in the Evolution tab
}

// undoStack holds the session's edits: done ones to undo, undone ones to
// redo. A new edit clears the redo side.
type undoStack struct {
	done, undone []*command
	onChange     func()
}

func (u *undoStack) push(c *command) {
	u.done = append(u.done, c)
	u.undone = nil
	u.changed()
}

// record puts a new edit on the stack, or joins it to the last one when
// both have the same key and nothing was undone in between: redo then
// goes straight to the new state, undo still back to before the first.
func (u *undoStack) record(c *command) {
	if n := len(u.done); c.key != "" && n > 0 && u.done[n-1].key == c.key && len(u.undone) == 0 {
		u.done[n-1].do = c.do
		u.changed()
		return
	}
	u.push(c)
}

func (u *undoStack) changed() {
	if u.onChange != nil {
		u.onChange()
	}
}

// popUndo takes the last done edit off the stack; nil when there is none.
func (u *undoStack) popUndo() *command {
	if len(u.done) == 0 {
		return nil
	}
	c := u.done[len(u.done)-1]
	u.done = u.done[:len(u.done)-1]
	return c
}

// popRedo takes the last undone edit off the stack; nil when there is none.
func (u *undoStack) popRedo() *command {
	if len(u.undone) == 0 {
		return nil
	}
	c := u.undone[len(u.undone)-1]
	u.undone = u.undone[:len(u.undone)-1]
	return c
}

func (u *undoStack) clear() {
	u.done, u.undone = nil, nil
	u.changed()
}

// undoLabel and redoLabel name the next edit to undo and redo for the Edit
// menu ("Undo Tag statement").
func (u *undoStack) undoLabel() string {
	if len(u.done) == 0 {
		return "Undo"
	}
	return fmt.Sprintf("Undo %s", u.done[len(u.done)-1].label)
}

func (u *undoStack) redoLabel() string {
	if len(u.undone) == 0 {
		return "Redo"
	}
	return fmt.Sprintf("Redo %s", u.undone[len(u.undone)-1].label)
}

// exec runs a new edit and, when it succeeds, puts it on the stack and
// refreshes the view.
func (ws *Workspace) exec(c *command) {
	if ws.store() == nil {
		return
	}
	if c.at.dialogueID == 0 {
		c.at = ws.here()
	}
	var err error
	stop := ws.slow(c.label)
	ws.run.run(func() { err = c.do(context.Background()) }, func() {
		stop()
		var conflict *storage.EditConflict
		if errors.As(err, &conflict) && c.conflict != nil {
			ws.refresh()
			c.conflict(conflict)
			return
		}
		if err != nil {
			ws.showError("Could not "+c.label, err)
			ws.refresh()
			return
		}
		ws.undo.record(c)
		if c.after != nil {
			c.after(c)
		}
		ws.refresh()
	})
}

// Undo undoes the last edit and shows where it happened.
func (ws *Workspace) Undo() { ws.step(true) }

// Redo redoes the last undone edit and shows where it happened.
func (ws *Workspace) Redo() { ws.step(false) }

func (ws *Workspace) step(back bool) {
	var c *command
	if back {
		c = ws.undo.popUndo()
	} else {
		c = ws.undo.popRedo()
	}
	if c == nil || ws.store() == nil {
		return
	}
	fn := c.do
	if back {
		fn = c.undo
	}
	var err error
	stop := ws.slow(c.label)
	// Undo and redo put back only what this window itself saved last: a
	// row someone else has saved since is refused, never overwritten.
	ws.run.run(func() { err = fn(storage.Undoing(context.Background())) }, func() {
		stop()
		if err != nil {
			verb := "redo"
			if back {
				verb = "undo"
			}
			ws.showError(fmt.Sprintf("Could not %s %s", verb, c.label), undoRefusal(err))
			ws.undo.changed()
			ws.refresh()
			return
		}
		if back {
			ws.undo.undone = append(ws.undo.undone, c)
		} else {
			ws.undo.done = append(ws.undo.done, c)
		}
		ws.undo.changed()
		ws.goTo(c.at)
	})
}

// undoRefusal words an undo refused because someone else changed the row
// since: undo takes back only the user's own edits.
func undoRefusal(err error) error {
	var c *storage.EditConflict
	if !errors.As(err, &c) {
		return err
	}
	who := "someone else"
	if c.By != "" {
		who = c.By
	}
	return storage.NamedErrorf("%s has changed it since (%s). Undo takes back only your own edits, so their work stays as it is", who, c.What)
}
