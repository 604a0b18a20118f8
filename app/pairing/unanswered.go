package pairing

import "parley/storage"

// asksAnswer reports whether a kind is one a side expects the other to
// answer: its concerns, demands, objections and proposals.
func asksAnswer(k storage.Kind) bool {
	return asks(k) || k == storage.KindProposal
}

// Unanswered lists the concerns, demands, objections and proposals that a
// side's readout gives as its own (held by the reporting party alone) and
// that no statement of the other side's readout is linked to, either way.
// A dialogue without two reporting sides has none.
func (d *Dialogue) Unanswered() []storage.StatementView {
	if d.A == 0 || d.B == 0 {
		return nil
	}
	side := map[int64]int64{}
	for _, v := range d.Views {
		if v.ReportedByID != nil {
			side[v.ID] = *v.ReportedByID
		}
	}
	answered := map[int64]bool{}
	for _, l := range d.Links {
		if a, b := side[l.FromID], side[l.ToID]; a != 0 && b != 0 && a != b {
			answered[l.FromID], answered[l.ToID] = true, true
		}
	}
	var out []storage.StatementView
	for _, v := range d.Views {
		r := side[v.ID]
		if (r == d.A || r == d.B) && asksAnswer(v.Kind) && len(v.PartyIDs) == 1 && v.PartyIDs[0] == r && !answered[v.ID] {
			out = append(out, v)
		}
	}
	return out
}
