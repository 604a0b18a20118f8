package app

import (
	"parley/storage"
	"parley/widgets"
)

// The widgets draw kinds and verdicts from storage's table, the only one:
// the app hands it over once, before any widget is made.
func init() {
	widgets.SetTerms(widgetTerms(storage.KindTerms()), widgetTerms(storage.VerdictTerms()))
}

func widgetTerms(ts []storage.Term) []widgets.Term {
	out := make([]widgets.Term, len(ts))
	for i, t := range ts {
		out[i] = widgets.Term{Value: t.Value, Label: t.Label, Color: t.Color}
	}
	return out
}
