package app

import (
	"context"
	"fmt"
	"sort"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/widget"

	"parley/app/ingest"
	"parley/storage"
)

// lessonsView is Project → What Parley Learnt…: the lessons the importer
// learnt from the analyst's corrections, each in words with how often and
// when, and the buttons that forget one or all of them (undoable).
type lessonsView struct {
	ws       *Workspace
	lessons  []storage.Lesson
	selected int
	intro    *widget.Label
	list     *widget.List
	forget   *widget.Button
	all      *widget.Button
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
	v := &lessonsView{ws: ws, selected: -1}
	v.intro = widget.NewLabel(lessonsIntro)
	v.intro.Wrapping = fyne.TextWrapWord
	v.list = widget.NewList(func() int { return len(v.lessons) }, newManagerRow, v.updateRow)
	v.list.OnSelected = func(i widget.ListItemID) {
		v.selected = i
		v.enable()
	}
	v.forget = widget.NewButton("Forget", v.onForget)
	v.all = widget.NewButton("Forget all…", v.onForgetAll)
	v.enable()
	buttons := container.NewGridWithColumns(2, v.forget, v.all)
	body := container.NewBorder(v.intro, buttons, nil, nil, v.list)
	d := dialog.NewCustom("What Parley Learnt", "Close", body, ws.win)
	d.Resize(managerSize(ws.win))
	showModal(ws.win, d)
	v.fetch()
}

func (v *lessonsView) enable() {
	ro := v.ws.store() == nil || v.ws.store().ReadOnly()
	setEnabled(v.forget, !ro && v.selected >= 0 && v.selected < len(v.lessons))
	setEnabled(v.all, !ro && len(v.lessons) > 0)
}

func setEnabled(b *widget.Button, on bool) {
	if on {
		b.Enable()
	} else {
		b.Disable()
	}
}

// fetch reads the lessons off the UI goroutine and shows them.
func (v *lessonsView) fetch() {
	st := v.ws.store()
	var ls []storage.Lesson
	var err error
	v.ws.run.run(func() { ls, err = st.Lessons(context.Background()) }, func() {
		if err != nil {
			v.ws.showError("Could not read what Parley learnt", err)
			return
		}
		// The corrections first: they are what changes the proposals;
		// what the analyst kept only weighs against them.
		sort.SliceStable(ls, func(i, j int) bool { return !ingest.Kept(ls[i]) && ingest.Kept(ls[j]) })
		v.lessons = ls
		v.selected = -1
		v.list.UnselectAll()
		v.list.Refresh()
		if len(ls) == 0 {
			v.intro.SetText("Parley has learnt nothing from your corrections in this project yet.\n\n" + lessonsIntro)
		} else {
			v.intro.SetText(lessonsIntro)
		}
		v.enable()
	})
}

func (v *lessonsView) updateRow(i widget.ListItemID, o fyne.CanvasObject) {
	if i >= len(v.lessons) {
		return
	}
	l := v.lessons[i]
	c := o.(*fyne.Container)
	setText(c.Objects[0].(*widget.Label), ingest.Describe(l))
	c.Objects[1].(*fyne.Container).Hide()
	count := c.Objects[2].(*widget.Label)
	setText(count, fmt.Sprintf("%s · %s", timesText(l.Count), l.UpdatedAt.Local().Format("2 Jan 2006")))
	count.Show()
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
	if v.selected < 0 || v.selected >= len(v.lessons) {
		return
	}
	l := v.lessons[v.selected]
	v.forgetLessons("forget a lesson", []int64{l.ID})
}

func (v *lessonsView) onForgetAll() {
	n := len(v.lessons)
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
