package app

import (
	"slices"
	"sort"
)

// defaultColumns are the columns shown until the analyst chooses them: the
// two parties holding the most statements of the dialogue shown, in the
// project's order of parties, filled up with the project's first parties.
// They are picked again at every load, so a readout of a new party (the
// second side's, imported after the first) gets its column at once: the
// columns picked when the project held one party stayed one, and the new
// side's statements showed nowhere.
func defaultColumns(d viewData) []int64 {
	var cols []int64
	held := make([]int, 0, len(d.parties))
	for i, p := range d.parties {
		if d.total[p.ID] > 0 {
			held = append(held, i)
		}
	}
	sort.SliceStable(held, func(a, b int) bool {
		return d.total[d.parties[held[a]].ID] > d.total[d.parties[held[b]].ID]
	})
	if len(held) > 2 {
		held = held[:2]
	}
	for i := 0; i < len(d.parties) && len(held) < 2; i++ {
		if !slices.Contains(held, i) {
			held = append(held, i)
		}
	}
	// In the project's order, so that switching dialogues does not swap
	// the sides left and right.
	sort.Ints(held)
	for _, i := range held {
		cols = append(cols, d.parties[i].ID)
	}
	return cols
}
