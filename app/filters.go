package app

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"parley/storage"
)

// columnFilter narrows every column to statements with a tag, of a kind,
// or by a speaker; zero fields filter nothing.
type columnFilter struct {
	tagID      int64
	kind       storage.Kind
	speakerID  int64
	unanswered bool // only what the other side's readout does not answer
}

func (f columnFilter) active() bool {
	return f.tagID != 0 || f.kind != "" || f.speakerID != 0 || f.unanswered
}

func (f columnFilter) statementFilter() storage.StatementFilter {
	var sf storage.StatementFilter
	if f.tagID != 0 {
		sf.TagIDs = []int64{f.tagID}
	}
	if f.kind != "" {
		sf.Kinds = []storage.Kind{f.kind}
	}
	if f.speakerID != 0 {
		sf.SpeakerIDs = []int64{f.speakerID}
	}
	return sf
}

const (
	anyTag     = "Any tag"
	anyKind    = "Any kind"
	anySpeaker = "Any speaker"
	// unansweredKind is the kind filter's choice of the concerns, demands,
	// objections and proposals the other side's readout does not answer.
	unansweredKind = "Unanswered"
)

// filterBar is the row of column filters above the columns.
type filterBar struct {
	ws      *Workspace
	tag     *widget.Select
	kind    *widget.Select
	speaker *widget.Select
	clear   *widget.Button
	box     *fyne.Container
	filling bool
	// The labels the choices show, and the IDs they stand for.
	tags, speakers choiceLabels
}

func newFilterBar(ws *Workspace) *filterBar {
	f := &filterBar{ws: ws}
	f.tag = widget.NewSelect(nil, func(string) { f.changed() })
	f.kind = widget.NewSelect(append([]string{anyKind, unansweredKind}, kindLabels()...), func(string) { f.changed() })
	f.speaker = widget.NewSelect(nil, func(string) { f.changed() })
	// Each select is as narrow as its "any" choice allows, and the clear
	// button is an icon, so that the bar fits a window of 1024 pixels
	// beside a topic pane that shows whole names.
	f.tag.PlaceHolder, f.kind.PlaceHolder, f.speaker.PlaceHolder = anyTag, anyKind, anySpeaker
	f.clear = widget.NewButtonWithIcon("", theme.ContentClearIcon(), f.reset)
	f.clear.Importance = widget.LowImportance
	f.box = container.NewBorder(nil, nil, nil, f.clear, container.New(shareRow{}, f.tag, f.kind, f.speaker))
	return f
}

func (f *filterBar) object() fyne.CanvasObject { return f.box }

// apply refreshes the choices from the loaded tags and speakers.
func (f *filterBar) apply() {
	f.filling = true
	defer func() { f.filling = false }()
	ws := f.ws
	f.tags, f.speakers = ws.data.tagChoices(), ws.data.speakerChoices()
	f.tag.SetOptions(append([]string{anyTag}, f.tags.labels...))
	f.tag.SetSelected(anyTag)
	if l, ok := f.tags.byID[ws.filter.tagID]; ok {
		f.tag.SetSelected(l)
	}
	f.speaker.SetOptions(append([]string{anySpeaker}, f.speakers.labels...))
	f.speaker.SetSelected(anySpeaker)
	if l, ok := f.speakers.byID[ws.filter.speakerID]; ok {
		f.speaker.SetSelected(l)
	}
	f.kind.SetSelected(anyKind)
	switch {
	case ws.filter.unanswered:
		f.kind.SetSelected(unansweredKind)
	case ws.filter.kind != "":
		f.kind.SetSelected(kindLabel(ws.filter.kind))
	}
	f.showClear()
	if ws.menu != nil {
		ws.menu.refreshUnanswered()
	}
}

func (f *filterBar) showClear() {
	if f.ws.filter.active() == f.clear.Visible() {
		return
	}
	if f.ws.filter.active() {
		f.clear.Show()
	} else {
		f.clear.Hide()
	}
	f.box.Refresh() // Show and Hide do not lay the bar out again
}

func (f *filterBar) changed() {
	if f.filling {
		return
	}
	ws := f.ws
	var nf columnFilter
	nf.tagID, _ = f.tags.id(f.tag.Selected)
	switch f.kind.Selected {
	case anyKind, "":
	case unansweredKind:
		nf.unanswered = true
	default:
		nf.kind = kindOf(f.kind.Selected)
	}
	nf.speakerID, _ = f.speakers.id(f.speaker.Selected)
	if nf == ws.filter {
		return
	}
	ws.filter = nf
	f.showClear()
	if ws.menu != nil {
		ws.menu.refreshUnanswered()
	}
	ws.load(loadColumns)
}

func (f *filterBar) reset() {
	f.ws.filter = columnFilter{}
	f.apply()
	f.ws.load(loadColumns)
}
