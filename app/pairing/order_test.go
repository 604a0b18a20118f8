package pairing

import (
	"testing"

	"parley/storage"
)

// A pair that comes before an anchor (a pair closest for both its
// statements) in one readout and after it in the other crosses it; the
// anchors in the readouts' order cross none, and nor does a pair between
// two anchors.
func TestOrderCrossesAnchors(t *testing.T) {
	st := func(id, party int64, text string) Statement {
		return Statement{ID: id, Holders: []int64{party}, Kind: storage.KindPosition, Text: text}
	}
	a := []Statement{
		st(1, 1, "Trade tariffs on steel exports and overcapacity hurt steel makers, and Ukraine was raised."),
		st(2, 1, "She raised climate finance pledges for developing countries."),
		st(3, 1, "She raised peace and stability across the Taiwan Strait."),
		st(4, 1, "She urged Russia to end its war against Ukraine."),
	}
	b := []Statement{
		st(11, 2, "Trade tariffs on steel exports and claims of overcapacity harm steel makers."),
		st(12, 2, "Climate finance for developing countries must grow."),
		st(13, 2, "The Taiwan question is China's internal affair."),
		st(14, 2, "China urges Russia and Ukraine to end the war by talks."),
	}
	x := pairFeatures(a, b)
	for _, k := range [][2]int64{{1, 11}, {2, 12}, {3, 13}, {4, 14}} {
		if f, ok := x[Key(k[0], k[1])]; !ok || f[fCross] != 0 {
			t.Errorf("anchor %v: crosses %v of the anchors (scored %v), want 0", k, f[fCross], ok)
		}
	}
	// Statement 1's Ukraine against statement 14 comes before anchors
	// 2–12 and 3–13 in readout A and after them in readout B: two of the
	// four anchors.
	if f, ok := x[Key(1, 14)]; !ok || f[fCross] != 0.5 {
		t.Errorf("pair 1–14: crosses %v of the anchors (scored %v), want 0.5", f[fCross], ok)
	}
}
