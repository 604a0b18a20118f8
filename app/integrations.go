package app

import (
	"context"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/widget"

	"parley/storage"
)

// exchangeItems are the File menu's Import… and Export… items, which call
// the import and report views.
func (ws *Workspace) exchangeItems() []*fyne.MenuItem {
	return nil
}

// addTabs adds the views beside Compare.
func (ws *Workspace) addTabs() {
	ws.overview = newOverview(ws)
	ws.tabs.Append(container.NewTabItem("Overview", ws.overview.object()))
}

// showSourceHit shows a source the search found: its title, where it
// comes from, and its text with the search's words in bold.
func (ws *Workspace) showSourceHit(h storage.Hit) {
	var src storage.Source
	var err error
	ws.run.run(func() { src, err = ws.st.Source(context.Background(), h.ID) }, func() {
		if err != nil {
			ws.showError("Could not show the source", err)
			return
		}
		meta := []string{}
		for _, s := range []string{src.Publisher, src.PublishedOn, src.URL} {
			if s != "" {
				meta = append(meta, s)
			}
		}
		head := widget.NewLabel(strings.Join(meta, " · "))
		head.Wrapping = fyne.TextWrapWord
		head.Importance = widget.LowImportance
		snip := widget.NewRichText(snippetSegments(h.Snippet)...)
		snip.Wrapping = fyne.TextWrapWord
		text := widget.NewLabel(src.Text)
		text.Wrapping = fyne.TextWrapWord
		body := container.NewBorder(container.NewVBox(head, snip, widget.NewSeparator()), nil, nil, nil, container.NewVScroll(text))
		d := dialog.NewCustom(src.Title, "Close", body, ws.win)
		d.Resize(fyne.NewSize(760, 560))
		d.Show()
	})
}
