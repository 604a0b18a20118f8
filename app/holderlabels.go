package app

import (
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"

	"parley/widgets"
)

// holderNameWidth is the widest a party's name is shown beside its box
// under Held by. A check box's text neither wraps nor ends in "…": a
// party named as its office ("Delegation of the European Union and the
// European External Action Service to …") widened the statement pane past
// a window of 1024 pixels, squeezed the topic tree to a sliver and cut
// the pane's fields at the window's edge.
const holderNameWidth = 200

// holderChoices labels the project's parties for Held by: each name as
// partyChoices shows it, cut with "…" to holderNameWidth (two names cut
// alike are told apart by a number, as any two labels are).
func (d *viewData) holderChoices() choiceLabels {
	ids, names := make([]int64, len(d.parties)), make([]string, len(d.parties))
	for i, p := range d.parties {
		ids[i], names[i] = p.ID, cutToWidth(widgets.Visible(p.Name), holderNameWidth)
	}
	return newChoiceLabels(ids, names)
}

// cutToWidth shortens s with "…" to fit w at the theme's text size.
func cutToWidth(s string, w float32) string {
	size := theme.Size(theme.SizeNameText)
	fits := func(t string) bool { return fyne.MeasureText(t, size, fyne.TextStyle{}).Width <= w }
	if fits(s) {
		return s
	}
	runes := []rune(s)
	lo, hi := 0, len(runes)
	for lo < hi { // the longest prefix that fits with "…"
		mid := (lo + hi + 1) / 2
		if fits(string(runes[:mid]) + "…") {
			lo = mid
		} else {
			hi = mid - 1
		}
	}
	return strings.TrimSpace(string(runes[:lo])) + "…"
}
