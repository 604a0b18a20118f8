package app

import (
	"context"
	"fmt"
	"path/filepath"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/widget"

	"parley/app/qdpx"
	"parley/widgets"
)

// The mapping step's choices for where a foreign project keeps its
// parties.
const (
	partyNone    = "Nowhere: leave the statements without a party"
	partyParley  = "Parley's own codes (a Parley export)"
	partyCases   = "Cases: each case's name is a party"
	partyVarPre  = "Variable: "
	partyCodePre = "Sub-codes of: "
)

// askImportQDPX imports a REFI-QDA project (.qdpx) into a new project:
// pick the file, say where its parties are (the mapping step), name the
// new project, import on the runner, open it.
func (ws *Workspace) askImportQDPX() {
	pickFile(&ws.services, []string{".qdpx"}, true, func(path string) {
		var c qdpx.Choices
		var err error
		ws.run.run(func() { c, err = qdpx.Inspect(path) }, func() {
			if err != nil {
				ws.showError("Could not read "+filepath.Base(path), err)
				return
			}
			ws.showQDPXMapping(path, c)
		})
	})
}

// qdpxMapping is the mapping step's form, apart from its dialog so that
// tests can fill it in.
type qdpxMapping struct {
	parties  *widget.RadioGroup
	dialogue *widget.Entry
	// named maps an option that names a variable or a code of the file,
	// as shown (through widgets.Visible), to that name as the file spells it.
	named map[string]string
}

func newQDPXMapping(c qdpx.Choices) *qdpxMapping {
	m := &qdpxMapping{dialogue: widget.NewEntry(), named: map[string]string{}}
	var opts []string
	if c.Parley {
		opts = append(opts, partyParley)
	}
	// The names come from a mailed file: shown as Visible draws them, told
	// apart by a number where two look alike.
	offer := func(prefix string, names []string) {
		labels := newChoiceLabels(make([]int64, len(names)), names).labels
		for i, l := range labels {
			opts = append(opts, prefix+l)
			m.named[prefix+l] = names[i]
		}
	}
	offer(partyVarPre, c.Variables)
	offer(partyCodePre, c.Codes)
	if c.Cases > 0 {
		opts = append(opts, partyCases)
	}
	opts = append(opts, partyNone)
	m.parties = widget.NewRadioGroup(opts, nil)
	m.parties.Required = true
	m.parties.SetSelected(opts[0])
	m.dialogue.SetText(c.Name)
	return m
}

// options reads the form.
func (m *qdpxMapping) options() qdpx.Options {
	o := qdpx.Options{Dialogue: strings.TrimSpace(m.dialogue.Text)}
	s := m.parties.Selected
	switch {
	case s == partyCases:
		o.PartyCases = true
	case strings.HasPrefix(s, partyVarPre):
		o.PartyVariable = m.named[s]
	case strings.HasPrefix(s, partyCodePre):
		o.PartyCode = m.named[s]
	}
	return o
}

func (ws *Workspace) showQDPXMapping(path string, c qdpx.Choices) {
	m := newQDPXMapping(c)
	intro := widget.NewLabel(widgets.Visible(fmt.Sprintf("%s was written by %s. Its coded selections become statements, its codes topics. "+
		"Where does it say which party holds a statement?", filepath.Base(path), orUnknown(c.Origin))))
	intro.Wrapping = fyne.TextWrapWord
	form := widget.NewForm(widget.NewFormItem("Parties from", m.parties), widget.NewFormItem("Dialogue", m.dialogue))
	d := dialog.NewCustomConfirm("Import a REFI-QDA project", "Choose the new project…", "Cancel",
		container.NewVBox(intro, form), func(ok bool) {
			if ok {
				ws.importQDPXTo(path, m.options(), c.Name)
			}
		}, ws.win)
	d.Resize(fyne.NewSize(560, 0))
	showModal(ws.win, d)
}

func orUnknown(s string) string {
	if s == "" {
		return "an unnamed tool"
	}
	return s
}

// importQDPXTo asks for the new project's name, imports into it on the
// runner and opens it, saying what was left out.
func (ws *Workspace) importQDPXTo(path string, o qdpx.Options, name string) {
	if name == "" {
		name = strings.TrimSuffix(filepath.Base(path), filepath.Ext(path))
	}
	// The name the file gives itself is a suggestion for a file name, not
	// a path to follow.
	name = strings.NewReplacer("/", "-", `\`, "-").Replace(name)
	ws.askProjectPathIn(filepath.Dir(path), "New project from "+filepath.Base(path), "Import", name, func(out string) {
		var sum qdpx.Summary
		ws.background("Importing "+filepath.Base(path), func(ctx context.Context) error {
			var err error
			sum, err = qdpx.ImportFile(ctx, path, out, o)
			return err
		}, func() {
			msg := fmt.Sprintf("%d statements in %d sources were imported into %s.", sum.Statements, sum.Sources, filepath.Base(out))
			if len(sum.Skipped) > 0 {
				msg += "\n\nLeft out:\n" + strings.Join(sum.Skipped, "\n")
			}
			ws.openProjectThen(out, func() { ws.inform("Import done", msg) })
		})
	})
}
