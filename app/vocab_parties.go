package app

import (
	"context"
	"fmt"
	"image/color"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/widget"

	"parley/storage"
	"parley/widgets"
)

// showParties is Project › Parties…: name, short name, colour and column
// order of the parties.
func (ws *Workspace) showParties() {
	if ws.store() == nil {
		return
	}
	rows := func() []string {
		out := make([]string, len(ws.data.parties))
		for i, p := range ws.data.parties {
			out[i] = fmt.Sprintf("%d. %s", i+1, p.Name)
			if short := partyShort(p); short != p.Name { // not "China (China)"
				out[i] += " (" + short + ")"
			}
		}
		return out
	}
	var m *manager
	move := func(i, step int) {
		j := i + step
		if j < 0 || j >= len(ws.data.parties) {
			return
		}
		ws.swapParties(ws.data.parties[i], ws.data.parties[j])
		ws.onLoad = append(ws.onLoad, func() { m.selectRow(j) })
	}
	swatches := func() []color.Color {
		out := make([]color.Color, len(ws.data.parties))
		for i, p := range ws.data.parties {
			out[i] = hexColor(p.Color)
		}
		return out
	}
	m = ws.showColouredManager("Parties", rows, swatches,
		action{label: "New…", run: func(int) { ws.editParty(storage.Party{}) }},
		action{label: "Edit…", needsRow: true, run: func(i int) { ws.editParty(ws.data.parties[i]) }},
		action{label: "Move up", needsRow: true, run: func(i int) { move(i, -1) }},
		action{label: "Move down", needsRow: true, run: func(i int) { move(i, 1) }},
		action{label: "Delete…", needsRow: true, run: func(i int) { ws.confirmDeleteParty(ws.data.parties[i]) }},
	)
}

func (ws *Workspace) editParty(p storage.Party) {
	name, short := newTextLine(), newTextLine()
	name.SetText(p.Name)
	short.SetText(p.ShortName)
	short.SetPlaceHolder("e.g. EU")
	if p.Color == "" {
		p.Color = tagPalette[len(ws.data.parties)%len(tagPalette)]
	}
	chosen := p.Color
	swatch := widgets.NewTagChip(chosen, hexColor(chosen), nil)
	pick := widget.NewButton("Choose…", func() {
		d := dialog.NewColorPicker("Party colour", "", func(c color.Color) {
			chosen = colorHex(c)
			swatch.SetTag(chosen, c)
		}, ws.win)
		d.Advanced = true
		showModal(ws.win, d)
	})
	items := []*widget.FormItem{widget.NewFormItem("Name", name), widget.NewFormItem("Short name", short),
		widget.NewFormItem("Colour", container.NewHBox(swatch, pick))}
	title := "New party"
	if p.ID != 0 {
		title = "Edit party"
	}
	d := dialog.NewForm(title, "Save", "Cancel", items, func(ok bool) {
		if ok {
			p.Name, p.ShortName, p.Color = strings.TrimSpace(name.Text), strings.TrimSpace(short.Text), chosen
			ws.saveParty(p)
		}
	}, ws.win)
	d.Resize(fyne.NewSize(440, 260))
	showForm(ws.win, d, title, items)
}

func (ws *Workspace) confirmDeleteParty(p storage.Party) {
	var n int64
	var err error
	ws.run.run(func() {
		n, err = ws.store().CountStatements(context.Background(), storage.StatementFilter{PartyIDs: []int64{p.ID}})
	}, func() {
		if err != nil {
			ws.showError("Could not count the statements", err)
			return
		}
		msg := fmt.Sprintf("%s holds %s. They stay, but no longer name %s as a holder; a statement only %s held then shows in no column.\nYou can undo this with Edit › Undo.", p.Name, statementsText(int(n)), p.Name, p.Name)
		ws.confirm("Delete this party?", msg, func(ok bool) {
			if !ok {
				return
			}
			for i, c := range ws.columns {
				if c == p.ID {
					ws.columns = append(ws.columns[:i:i], ws.columns[i+1:]...)
					break
				}
			}
			ws.deleteVocab("delete party", func(ctx context.Context) (storage.VocabSnapshot, error) {
				return ws.store().DeleteParty(ctx, p.ID)
			})
		})
	})
}

// showSpeakers is Project → Speakers…: the named people of each party.
func (ws *Workspace) showSpeakers() {
	if ws.store() == nil {
		return
	}
	ws.showManager("Speakers", ws.data.speakerLabels,
		action{label: "New…", run: func(int) { ws.editSpeaker(storage.Speaker{}, 0) }},
		action{label: "Edit…", needsRow: true, run: func(i int) { ws.editSpeaker(ws.data.speakers[i], 0) }},
		action{label: "Delete…", needsRow: true, run: func(i int) {
			sp := ws.data.speakers[i]
			msg := fmt.Sprintf("%s will be deleted. Their statements stay, without a speaker.\nYou can undo this with Edit › Undo.", sp.Name)
			ws.confirm("Delete this speaker?", msg, func(ok bool) {
				if ok {
					ws.deleteVocab("delete speaker", func(ctx context.Context) (storage.VocabSnapshot, error) {
						return ws.store().DeleteSpeaker(ctx, sp.ID)
					})
				}
			})
		}},
	)
}

// askNewSpeaker creates a speaker for the selected statement.
func (ws *Workspace) askNewSpeaker() {
	sp := storage.Speaker{}
	if d := ws.data.detail; d != nil && len(d.view.PartyIDs) > 0 {
		sp.PartyID = &d.view.PartyIDs[0]
	}
	ws.editSpeaker(sp, ws.selected)
}

// editSpeaker asks for a speaker's name, role and party; a new speaker is
// given to statement forStatement when that is not 0.
func (ws *Workspace) editSpeaker(sp storage.Speaker, forStatement int64) {
	name, role := newTextLine(), newTextLine()
	name.SetText(sp.Name)
	role.SetText(sp.Role)
	role.SetPlaceHolder("e.g. Assistant Foreign Minister")
	names := []string{notGiven}
	for _, p := range ws.data.parties {
		names = append(names, p.Name)
	}
	party := widget.NewSelect(names, nil)
	party.SetSelected(notGiven)
	if sp.PartyID != nil {
		party.SetSelected(ws.data.partyByID[*sp.PartyID].Name)
	}
	items := []*widget.FormItem{widget.NewFormItem("Name", name), widget.NewFormItem("Role", role), widget.NewFormItem("Party", party)}
	title := "New speaker"
	if sp.ID != 0 {
		title = "Edit speaker"
	}
	d := dialog.NewForm(title, "Save", "Cancel", items, func(ok bool) {
		if !ok {
			return
		}
		sp.Name, sp.Role, sp.PartyID = strings.TrimSpace(name.Text), strings.TrimSpace(role.Text), nil
		if p, found := ws.partyNamed(party.Selected); found {
			sp.PartyID = &p.ID
		}
		ws.saveSpeaker(sp, forStatement)
	}, ws.win)
	d.Resize(fyne.NewSize(460, 260))
	showForm(ws.win, d, title, items)
}
