package pairing

import (
	"testing"

	"parley/storage"
)

// pairFeatures gives the features of every pair of a and b that shares
// something, keyed by the statements' IDs.
func pairFeatures(a, b []Statement) map[[2]int64][nFeatures]float64 {
	pa, pb := prepare(a), prepare(b)
	ns, closeA, closeB := pairs(pa, pb)
	out := map[[2]int64][nFeatures]float64{}
	for _, n := range ns {
		out[Key(pa[n.a].st.ID, pb[n.b].st.ID)] = n.features(pa, pb, closeA, closeB)
	}
	return out
}

// A subject that one readout names in a single statement makes that
// statement the partner of each statement of the other readout on it (the
// lone subject), and a subject both readouts name twice does not; the two
// statements that open their readouts are the openers.
func TestLoneSubjectAndOpeners(t *testing.T) {
	st := func(id int64, party int64, text string) Statement {
		return Statement{ID: id, Holders: []int64{party}, Kind: storage.KindPosition, Text: text}
	}
	a := []Statement{
		st(1, 1, "The High Representative met the Foreign Minister in Brussels."),
		st(2, 1, "She urged Iran to restart negotiations on its nuclear programme."),
		st(3, 1, "She welcomed the de-escalation between Israel and Iran."),
		st(4, 1, "She raised trade and market access."),
		st(5, 1, "She raised the level playing field in trade."),
	}
	b := []Statement{
		st(11, 2, "Wang Yi held talks with the High Representative in Brussels."),
		st(12, 2, "The two sides also exchanged views on the Palestine-Israel conflict and the Iranian nuclear issue."),
		st(13, 2, "Trade between the two sides grew."),
		st(14, 2, "Wang asked for fair trade and investment."),
	}
	x := pairFeatures(a, b)
	for _, k := range [][2]int64{{2, 12}, {3, 12}} {
		if f, ok := x[Key(k[0], k[1])]; !ok || f[fLone] != 1 {
			t.Errorf("pair %v: lone subject %v (scored %v), want 1: the Middle East is named once in readout B", k, f[fLone], ok)
		}
	}
	for _, k := range [][2]int64{{4, 13}, {5, 14}} {
		if f := x[Key(k[0], k[1])]; f[fLone] != 0 {
			t.Errorf("pair %v: lone subject %v, want 0: trade is named twice in each readout", k, f[fLone])
		}
	}
	if f := x[Key(1, 11)]; f[fOpener] != 1 {
		t.Errorf("the two openers: %v, want 1", f[fOpener])
	}
	if f := x[Key(2, 12)]; f[fOpener] != 0 {
		t.Errorf("two statements after the openers: %v, want 0", f[fOpener])
	}
}
