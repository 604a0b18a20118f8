package app

import (
	"context"
	"fmt"
	"sort"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"

	"parley/app/ingest"
	"parley/storage"
)

// lessonsView is Project → What Parley Learnt…: the lessons the importer
// learnt from the analyst's corrections, each in words with how often and
// when, and the buttons that forget one or all of them (undoable).
type lessonsView struct {
	pickList[storage.Lesson]
	forget *widget.Button
	all    *widget.Button
}

const lessonsIntro = "When you correct a proposal in the review window, or a statement's party, speaker, kind or topic " +
	"in the detail editor, Parley remembers it and proposes accordingly in later imports into this project. " +
	"A speaker's party holds from one correction on; a phrase's kind, topic or party once you gave it twice, " +
	"more often than anything else."

// showLessons opens Project → What Parley Learnt….
func (ws *Workspace) showLessons() {
	if ws.store() == nil {
		return
	}
	v := &lessonsView{}
	v.pickList = pickList[storage.Lesson]{ws: ws, text: lessonsIntro,
		empty:   "Parley has learnt nothing from your corrections in this project yet.",
		reading: "Reading what Parley learnt…",
		failed:  "Could not read what Parley learnt",
		read:    readLessons, enable: v.enable, sized: v.sizeRows}
	v.forget = widget.NewButton("Forget", v.onForget)
	v.all = widget.NewButton("Forget all…", v.onForgetAll)
	v.show("What Parley Learnt", newLessonRow, updateLessonRow, container.NewGridWithColumns(2, v.forget, v.all))
}

func (v *lessonsView) enable() {
	_, chosen := v.chosen()
	setEnabled(v.forget, v.writable() && chosen)
	setEnabled(v.all, v.writable() && len(v.rows) > 0)
}

// readLessons reads the lessons, the corrections first: they are what
// changes the proposals; what the analyst kept only weighs against them.
func readLessons(st *storage.Store) ([]storage.Lesson, error) {
	ls, err := st.Lessons(context.Background())
	sort.SliceStable(ls, func(i, j int) bool { return !ingest.Kept(ls[i]) && ingest.Kept(ls[j]) })
	return ls, err
}

// newLessonRow is a row of a lesson in words, wrapped: sizeRows gives a
// long one ("A sentence that names no keyword of its topic proposed under
// Dialogue arrangements is under Multilateral cooperation") the lines it
// needs, where a window of 1024 px cut it before what it became. How
// often and when are at its right.
func newLessonRow() fyne.CanvasObject {
	l := widget.NewLabel("")
	l.Wrapping = fyne.TextWrapWord
	count := widget.NewLabel("")
	count.Importance = widget.LowImportance
	return container.NewBorder(nil, nil, nil, count, l)
}

// sizeRows gives each lesson the lines its words take at width, measured
// on a row like the list's own: an estimate gave a lesson that fitted on
// one line a blank second one.
func (v *lessonsView) sizeRows(width float32) {
	probe := newLessonRow().(*fyne.Container)
	for i, l := range v.rows {
		updateLessonRow(l, probe)
		v.list.SetItemHeight(i, wrappedRowHeight(probe, width))
	}
}

func updateLessonRow(l storage.Lesson, c *fyne.Container) {
	setText(c.Objects[0].(*widget.Label), ingest.Describe(l))
	setText(c.Objects[1].(*widget.Label), lessonCount(l))
}

// lessonCount is how often and when: "twice · 7 Dec 2026".
func lessonCount(l storage.Lesson) string {
	// A lesson of a project edited outside Parley may have no time.
	line := timesText(l.Count)
	if !l.UpdatedAt.IsZero() {
		line += " · " + l.UpdatedAt.Local().Format("2 Jan 2006")
	}
	return line
}

// timesText is "once", "twice", "3 times".
func timesText(n int64) string {
	switch n {
	case 1:
		return "once"
	case 2:
		return "twice"
	}
	return fmt.Sprintf("%d times", n)
}

func (v *lessonsView) onForget() {
	l, ok := v.chosen()
	if !ok {
		return
	}
	v.forgetLessons("forget a lesson", []int64{l.ID})
}

func (v *lessonsView) onForgetAll() {
	n := len(v.rows)
	msg := fmt.Sprintf("Parley forgets all %d lessons and proposes from its rules alone until you correct it again.\n"+
		"You can undo this with Edit › Undo.", n)
	v.ws.confirm("Forget everything Parley learnt?", msg, func(ok bool) {
		if ok {
			v.forgetLessons("forget all lessons", nil)
		}
	})
}

// forgetLessons forgets the lessons ids (nil: all) as one undoable edit
// and shows what is left.
func (v *lessonsView) forgetLessons(label string, ids []int64) {
	var gone []storage.Lesson
	v.ws.exec(&command{label: label,
		do: func(ctx context.Context) error {
			var err error
			gone, err = v.ws.store().ForgetLessons(ctx, ids)
			return err
		},
		undo:  func(ctx context.Context) error { return v.ws.store().RestoreLessons(ctx, gone) },
		after: func(*command) { v.fetch() },
	})
}
