package pairing

import (
	"flag"
	"path/filepath"
	"testing"
)

// showExtras lists, for the development dialogues, each pair proposed
// that the analyst did not draw, with its reason; never for the held-out
// ones, whose statements stay unread.
var showExtras = flag.Bool("extras", false, "log the development dialogues' proposed pairs that are not labelled")

// Issue 9 asks for precision ≥ 80 % at recall ≥ 60 %. The model's
// threshold is chosen on pairs scored by coefficients fitted without their
// dialogues, to keep precision ≥ 80 % there; on the twenty-four
// development dialogues (230 pairs, drawn by the pairing guide of
// docs/compare.md) the model fitted on them all finds 80.7 % at 50.9 %,
// and each dialogue left out of the fit 83.0 % at 50.9 % (81.3 % at
// 49.1 % before the readouts' order was weighed). The floors below
// are those measured, a little lower, so that a change that makes pairing
// worse fails; the tests log the target beside the figures.
const (
	precisionFloor = 0.80 // the target, and what the threshold keeps
	recallTarget   = 0.60
	recallFloor    = 0.50 // on the development dialogues, model fitted on them all
	looPrecision   = 0.80 // left out
	looRecall      = 0.50
)

type tally struct{ found, right, labelled, typed int }

func (t tally) precision() float64 { return ratio(t.right, t.found) }
func (t tally) recall() float64    { return ratio(t.right, t.labelled) }

func ratio(n, d int) float64 {
	if d == 0 {
		return 0
	}
	return float64(n) / float64(d)
}

// TestPairingAccuracy measures Suggest against the analyst's pairs of
// testdata/*.pairs, with the plain word-overlap baseline at its best
// threshold in the same run, and fails below the floors.
func TestPairingAccuracy(t *testing.T) {
	all := measure(t, loadLabelled(t), model)
	base, min := bestOverlap(loadLabelled(t))
	t.Logf("Suggest:  %d labelled pairs: precision %.1f %%, recall %.1f %%, link type right %.1f %% of the right pairs",
		all.labelled, 100*all.precision(), 100*all.recall(), 100*ratio(all.typed, all.right))
	t.Logf("baseline: word overlap (Jaccard ≥ %.2f, its best F1): precision %.1f %%, recall %.1f %%",
		min, 100*base.precision(), 100*base.recall())
	t.Logf("target: precision ≥ %.0f %% at recall ≥ %.0f %%", 100*precisionFloor, 100*recallTarget)
	for _, f := range devFirstContact {
		t.Logf("first contact: %s", f)
	}
	if all.precision() < precisionFloor || all.recall() < recallFloor {
		t.Errorf("precision %.1f %% / recall %.1f %%, want ≥ %.0f %% / ≥ %.0f %%",
			100*all.precision(), 100*all.recall(), 100*precisionFloor, 100*recallFloor)
	}
}

// firstContact keeps each held-out dialogue's figures from the first run
// of Suggest on it, before anything was changed for it, so that later runs
// can be read against them.
var firstContact = []string{
	"sullivan-wang-2024 (labelled 2026-12-06, earlier): 6 pairs, precision 50.0 %, recall 33.3 %",
	"biden-xi-call-2024, jaishankar-wang-2024, lammy-wang-2024 (labelled 2026-12-06): 20 pairs, found 10, right 7:" +
		" precision 70.0 %, recall 35.0 %, link type right 4 of 7; baseline precision 83.3 %, recall 25.0 %",
	"hayashi-wang-munich-2023, iwaya-wang-kl-2025 (labelled 2026-12-07; the second pairs an English readout with a Chinese one): 12 pairs, found 2, right 2:" +
		" precision 100.0 %, recall 16.7 %, link type right 2 of 2; baseline (Jaccard ≥ 0.12) found 3, right 2: precision 66.7 %, recall 16.7 %",
	"starmer-xi-call-2024, starmer-xi-rio-2024 (labelled 2026-12-07, held-out batch 9; the first pairs an English readout with a Chinese one): 15 pairs, found 3, right 3:" +
		" precision 100.0 %, recall 20.0 %; baseline (Jaccard ≥ 0.12) found 1, right 1: precision 100.0 %, recall 6.7 %",
	"doval-wang-sr23-2024, iwaya-wang-beijing-2024 (labelled 2026-12-07, held-out batch 10, measured at d505909; the second pairs an English readout with a Chinese one): 20 pairs, found 10, right 8:" +
		" precision 80.0 %, recall 40.0 %, link type right 6 of 8; baseline (Jaccard ≥ 0.12) found 8, right 7: precision 87.5 %, recall 35.0 %",
}

// TestPairingHeldOut measures Suggest on the dialogues of testdata/heldout,
// labelled before Suggest ever ran on them and never used to change it,
// with the word-overlap baseline at the threshold it takes on the others.
func TestPairingHeldOut(t *testing.T) {
	measureApart(t, "held-out", filepath.Join("testdata", "heldout"), 3, firstContact)
}

// measureApart logs Suggest's figures on the dialogues of dir, kept out of
// the fit, beside the word-overlap baseline at the threshold it takes on
// the development dialogues, and then their first-contact figures. It
// fails when dir holds fewer than least dialogues or a file does not
// parse.
func measureApart(t *testing.T, part, dir string, least int, firstContacts []string) {
	apart := loadLabelledIn(t, dir, least)
	all := measure(t, apart, model)
	_, min := bestOverlap(loadLabelled(t))
	var base tally
	for _, d := range apart {
		one := overlapOne(d, min)
		t.Logf("%-26s baseline: found %2d  right %2d  precision %5.1f %%  recall %5.1f %%",
			d.name, one.found, one.right, 100*one.precision(), 100*one.recall())
		base.add(one)
	}
	t.Logf("%s, Suggest:  %d labelled pairs: precision %.1f %%, recall %.1f %%, link type right %d of %d (%.1f %%)",
		part, all.labelled, 100*all.precision(), 100*all.recall(), all.typed, all.right, 100*ratio(all.typed, all.right))
	t.Logf("%s, baseline: word overlap (Jaccard ≥ %.3f): precision %.1f %%, recall %.1f %%", part, min, 100*base.precision(), 100*base.recall())
	for _, f := range firstContacts {
		t.Logf("first contact: %s", f)
	}
}

// pendingFirstContact keeps the first run of Suggest on each dialogue of
// testdata/pending, before anything was changed for it.
var pendingFirstContact = []string{
	"wong-wang-beijing-2022 (labelled blind 2026-12-07; Australia's press conference against China Daily), model.json fitted on the twenty-four development dialogues:" +
		" 8 pairs, found 5, right 3: precision 60.0 %, recall 37.5 %, link type right 3 of 3; baseline (Jaccard ≥ 0.125) found 4, right 3: precision 75.0 %, recall 37.5 %",
	"blinken-wang-call-2021-11, blinken-wang-call-2022-01 (labelled blind 2026-12-07; the State Department against the Chinese side), the same model:" +
		" 21 pairs, found 7, right 7: precision 100.0 %, recall 33.3 %, link type right 4 of 7; baseline (Jaccard ≥ 0.125) found 5, right 5: precision 100.0 %, recall 23.8 %",
	"hayashi-qin-beijing-2023 (labelled blind 2026-12-08; Japan's MOFA against the Chinese MFA in English, each as far as its copy goes), the same model, measured at a32d517:" +
		" 4 pairs, found 2, right 2: precision 100.0 %, recall 50.0 %, link type right 2 of 2; baseline (Jaccard ≥ 0.125) found 3, right 2: precision 66.7 %, recall 50.0 %",
}

// TestPairingPending measures Suggest on the dialogues of testdata/pending:
// labelled by the pairing guide like the development ones, but not (yet)
// among those the model is fitted on (docs/compare.md says why), so that
// they tell how the shipped model does on dialogues it has not seen; with
// -misses it lists the drawn pairs missed, as the left-out run does. It
// fails when a file does not parse.
func TestPairingPending(t *testing.T) {
	dir := filepath.Join("testdata", "pending")
	measureApart(t, "pending", dir, 1, pendingFirstContact)
	if *showMisses {
		var missed missTally
		for _, d := range loadLabelledIn(t, dir, 1) {
			ms := missesOf(d, model)
			logMisses(t, d, ms)
			missed.add(ms)
		}
		t.Logf("pending, the drawn pairs the shipped model misses: %s", missed)
	}
}

// measure runs the pairer with model m on each labelled dialogue and logs
// its figures.
func measure(t *testing.T, ds []labelled, m *Model) tally {
	var all tally
	for _, d := range ds {
		one := measureOne(t, d, m)
		t.Logf("%-26s pairs %2d  found %2d  right %2d  precision %5.1f %%  recall %5.1f %%  type right %d of %d",
			d.name, one.labelled, one.found, one.right, 100*one.precision(), 100*one.recall(), one.typed, one.right)
		all.add(one)
	}
	return all
}

func (t *tally) add(o tally) {
	t.found, t.right, t.labelled, t.typed = t.found+o.found, t.right+o.right, t.labelled+o.labelled, t.typed+o.typed
}

// measureOne runs the pairer with model m on one labelled dialogue.
func measureOne(t *testing.T, d labelled, m *Model) tally {
	held := filepath.Base(filepath.Dir(d.path)) == "heldout"
	var one tally
	one.labelled = len(d.pairs)
	for _, s := range suggest(d.a, d.b, nil, m) {
		one.found++
		if typ, ok := d.pairs[Key(s.From, s.To)]; ok {
			one.right++
			if typ == s.Type {
				one.typed++
			}
		} else if *showExtras && !held {
			t.Logf("  %s: extra %s (%.2f) %s", d.name, s.Type, s.Score, s.Reason)
		}
	}
	return one
}

// overlapOne runs the word-overlap baseline at threshold min on one
// labelled dialogue.
func overlapOne(d labelled, min float64) tally {
	one := tally{labelled: len(d.pairs)}
	for _, p := range Overlap(d.a, d.b, min) {
		one.found++
		if _, ok := d.pairs[Key(p[0], p[1])]; ok {
			one.right++
		}
	}
	return one
}

// bestOverlap runs the baseline at thresholds 0.05…0.50 and keeps its best
// F1, so that Suggest is compared with the baseline at its best.
func bestOverlap(ds []labelled) (tally, float64) {
	var best tally
	bestMin, bestF := 0.0, -1.0
	for m := 0.05; m <= 0.5001; m += 0.025 {
		var t tally
		for _, d := range ds {
			t.add(overlapOne(d, m))
		}
		p, r := t.precision(), t.recall()
		if f := 2 * p * r / (p + r + 1e-9); f > bestF {
			best, bestMin, bestF = t, m, f
		}
	}
	return best, bestMin
}

// devFirstContact keeps the figures of the development dialogues added
// with the learnt model, from the first run of a pairer on them, before
// anything was changed for them: the hand-tuned pairer that the model
// replaced on the first five, the first model (fitted on the ten others)
// on the fifth, the model fitted on the eleven before them on the next
// four, the model with clauses fitted on the fifteen before them on the
// next two, the model fitted on the seventeen before them, before the
// terms of two languages (concepts.txt), on the two after, and the model
// fitted on the nineteen before them on the last five.
var devFirstContact = []string{
	"blinken-wang-2024, campbell-ma-2024, malta-2023, munich-2024 (labelled 2026-12-06), hand-tuned pairer: 32 pairs, found 26, right 19:" +
		" precision 73.1 %, recall 59.4 %, link type right 17 of 19; baseline (Jaccard ≥ 0.15) precision 66.7 %, recall 18.8 %",
	"bangkok-2022 (labelled 2026-12-06), hand-tuned pairer: 14 pairs, found 7, right 6: precision 85.7 %, recall 42.9 %;" +
		" first model: found 5, right 3: precision 60.0 %, recall 21.4 %; baseline (Jaccard ≥ 0.15) precision 83.3 %, recall 35.7 %",
	"blinken-wang-2023, kishida-xi-2023, michel-li-2023, michel-xi-2022 (labelled 2026-12-07), model fitted on the eleven others:" +
		" 37 pairs, found 15, right 11: precision 73.3 %, recall 29.7 %, link type right 10 of 11;" +
		" baseline (Jaccard ≥ 0.12) found 28, right 8: precision 28.6 %, recall 21.6 %",
	"cleverly-wang-2023, sullivan-wang-bangkok-2024 (labelled 2026-12-07), model with clauses fitted on the fifteen others:" +
		" 19 pairs, found 9, right 9: precision 100.0 %, recall 47.4 %, link type right 8 of 9;" +
		" baseline (Jaccard ≥ 0.125) found 11, right 6: precision 54.5 %, recall 31.6 %",
	"blinken-wang-ny-2022, blinken-wang-jakarta-2023 (labelled 2026-12-07; the US readout in English, the Chinese one in Chinese)," +
		" model fitted on the seventeen others: 19 pairs, found 14, right 4: precision 28.6 %, recall 21.1 %, link type right 3 of 4;" +
		" baseline (Jaccard ≥ 0.125) found 0",
	"austin-dong-2024, raimondo-wang-beijing-2023, raimondo-wang-sf-2023, yellen-he-beijing-2023, yellen-he-guangzhou-2024" +
		" (labelled 2026-12-07 by the pairing guide of docs/compare.md, its rule 6 included; defence, trade and finance talks, none before)," +
		" model fitted on the nineteen others: 49 pairs, found 22, right 13: precision 59.1 %, recall 26.5 %, link type right 12 of 13;" +
		" baseline (Jaccard ≥ 0.125) found 21, right 14: precision 66.7 %, recall 28.6 %",
}

// TestPairingLeaveOneOut is the honest estimate of how the pairer does on
// a dialogue it has never seen: each development dialogue is paired by a
// model fitted (coefficients and threshold) on the others alone, and the
// word-overlap baseline takes the threshold that is best on the others
// too. It fails below the floors measured (looPrecision, looRecall).
func TestPairingLeaveOneOut(t *testing.T) {
	ds := loadLabelled(t)
	var all, base tally
	var missed missTally
	var pooled []scored
	for k, d := range ds {
		rest := append(append([]labelled{}, ds[:k]...), ds[k+1:]...)
		m := fit(rest)
		one := measureOne(t, d, m)
		_, min := bestOverlap(rest)
		b := overlapOne(d, min)
		t.Logf("%-26s pairs %2d  found %2d  right %2d  precision %5.1f %%  recall %5.1f %%  (threshold %.2f, penalty %g, %d features)  baseline %2d right of %2d",
			d.name, one.labelled, one.found, one.right, 100*one.precision(), 100*one.recall(), m.Threshold, m.L2, m.weighed(), b.right, b.found)
		pooled = append(pooled, scoreAll(d, m)...)
		if *showMisses {
			ms := missesOf(d, m)
			logMisses(t, d, ms)
			missed.add(ms)
		}
		all.add(one)
		base.add(b)
	}
	t.Logf("leave one dialogue out, Suggest:  %d labelled pairs: precision %.1f %%, recall %.1f %%, link type right %.1f %% of the right pairs",
		all.labelled, 100*all.precision(), 100*all.recall(), 100*ratio(all.typed, all.right))
	t.Logf("leave one dialogue out, baseline: word overlap (threshold best on the others): precision %.1f %%, recall %.1f %%",
		100*base.precision(), 100*base.recall())
	t.Logf("target: precision ≥ %.0f %% at recall ≥ %.0f %%", 100*precisionFloor, 100*recallTarget)
	ceiling, at := pooledCurve(pooled, all.labelled, precisionFloor, recallTarget)
	t.Logf("left out, the scores pooled over the dialogues, at any one threshold: recall %.1f %% at most with precision ≥ %.0f %%; precision %.1f %% at recall %.0f %%",
		100*ceiling, 100*precisionFloor, 100*at, 100*recallTarget)
	if *showMisses {
		t.Logf("left out, the %d drawn pairs missed: %s", all.labelled-all.right, missed)
	}
	if all.precision() < looPrecision || all.recall() < looRecall {
		t.Errorf("left out: precision %.1f %% / recall %.1f %%, want ≥ %.0f %% / ≥ %.0f %%",
			100*all.precision(), 100*all.recall(), 100*looPrecision, 100*looRecall)
	}
}
