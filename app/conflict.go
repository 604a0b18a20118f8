package app

import (
	"fmt"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/widget"

	"parley/storage"
	"parley/widgets"
)

// conflictField is one field of a row two analysts saved differently.
type conflictField struct {
	label        string
	mine, theirs string // in words
	text         bool   // merged by editing the text; otherwise by choosing one side
}

// Merged answers of the merge form for a field chosen rather than typed.
const (
	takeMine   = "mine"
	takeTheirs = "theirs"
)

// showConflict says that the user's save of what was refused because
// someone else saved the row since the user read it (c), shows the
// fields that differ side by side, and lets the user keep theirs (nothing
// to do: the view already shows it), keep mine (keepMine saves the user's
// version over theirs) or merge by hand (merge gets, per field, the text
// typed or takeMine/takeTheirs). Nothing is ever saved without a choice.
func showConflict(svc *services, what string, c *storage.EditConflict, fields []conflictField, keepMine func(), merge func([]string)) {
	who := widgets.Visible(c.By) // a colleague names himself
	if who == "" {
		who = "Someone else"
	}
	intro := fmt.Sprintf("%s saved %s %s, after you had read it, so your change was not saved. Choose what to keep.", who, what, when(c.At))
	// One grid per field: a grid's rows are all as tall as its tallest.
	grid := container.NewVBox(container.NewGridWithColumns(2, bold("Yours (not saved)"),
		bold(fmt.Sprintf("Theirs (version %d, %s)", c.Theirs, who))), widget.NewSeparator())
	for _, f := range fields {
		label := widget.NewLabel(f.label)
		label.Importance = widget.LowImportance
		grid.Add(label)
		grid.Add(container.NewGridWithColumns(2, wrappedLabel(f.mine), wrappedLabel(f.theirs)))
	}
	var d dialog.Dialog
	theirs := widget.NewButton("Keep theirs", func() { d.Hide() })
	mine := widget.NewButton("Keep mine", func() { d.Hide(); keepMine() })
	mine.Importance = widget.HighImportance
	byHand := widget.NewButton("Merge by hand…", func() { d.Hide(); showMerge(svc, what, fields, merge) })
	body := container.NewBorder(wrapped(intro, 640), container.NewCenter(container.NewHBox(theirs, byHand, mine)), nil, nil,
		container.NewVScroll(grid))
	d = dialog.NewCustomWithoutButtons("Someone else changed "+what, body, svc.win)
	d.Resize(fyne.NewSize(720, 420))
	showModal(svc.win, d)
}

// showMerge lets the user put together what to save: each text field
// starts as the user's own, with theirs shown above it; each other field
// is chosen from the two.
func showMerge(svc *services, what string, fields []conflictField, merge func([]string)) {
	form := container.NewVBox()
	get := make([]func() string, len(fields))
	for i, f := range fields {
		form.Add(bold(f.label))
		if f.text {
			form.Add(wrappedLabel("Theirs: " + f.theirs))
			e := newTextArea()
			e.SetText(f.mine)
			e.SetMinRowsVisible(3)
			form.Add(e)
			get[i] = func() string { return e.Text }
			continue
		}
		r := widget.NewRadioGroup([]string{"Yours: " + f.mine, "Theirs: " + f.theirs}, nil)
		r.SetSelected(r.Options[0])
		r.Required = true
		form.Add(r)
		get[i] = func() string {
			if r.Selected == r.Options[1] {
				return takeTheirs
			}
			return takeMine
		}
	}
	var d dialog.Dialog
	cancel := widget.NewButton("Cancel", func() { d.Hide() })
	save := widget.NewButton("Save merged", func() {
		out := make([]string, len(get))
		for i, g := range get {
			out[i] = g()
		}
		d.Hide()
		merge(out)
	})
	save.Importance = widget.HighImportance
	d = dialog.NewCustomWithoutButtons("Merge "+what+" by hand",
		container.NewBorder(nil, container.NewCenter(container.NewHBox(cancel, save)), nil, nil, container.NewVScroll(form)), svc.win)
	d.Resize(fyne.NewSize(640, 480))
	showModal(svc.win, d)
}

// when says when a row was saved: "at 14:02" today, else "on 6 Dec at
// 14:02", in local time; "" when unknown.
func when(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	t = t.Local()
	if y, m, d := time.Now().Date(); t.Year() == y && t.Month() == m && t.Day() == d {
		return "at " + t.Format("15:04")
	}
	return "on " + t.Format("2 Jan 2006 at 15:04")
}

func bold(s string) *widget.Label {
	return widget.NewLabelWithStyle(s, fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
}

// codedBy says who coded a statement and when, and who changed it last:
// "Coded by Ana on 6 Dec 2026, changed by Ben at 14:02".
func codedBy(st storage.Statement) string {
	if st.ID == 0 {
		return ""
	}
	s := "Coded"
	if st.CreatedBy != "" {
		s += " by " + st.CreatedBy
	}
	if !st.CreatedAt.IsZero() {
		s += " on " + st.CreatedAt.Local().Format("2 Jan 2006")
	}
	if st.Version > 1 {
		s += ", changed"
		if st.UpdatedBy != "" {
			s += " by " + st.UpdatedBy
		}
		s += " " + when(st.UpdatedAt)
	}
	return s
}
