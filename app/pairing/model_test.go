package pairing

import (
	"encoding/json"
	"flag"
	"math"
	"os"
	"slices"
	"testing"
)

var updateModel = flag.Bool("update-model", false, "refit model.json on testdata/*.pairs")

// TestModelFromLabels re-derives the model from the development
// dialogues: model.json must be what fitting them gives (-update-model
// writes it), so that no coefficient is set by hand. It logs the
// coefficients, each the change in the log-odds that an analyst pairs two
// statements when the feature goes from 0 to 1.
func TestModelFromLabels(t *testing.T) {
	got := fit(loadLabelled(t))
	for i, n := range got.Features {
		t.Logf("%-26s %+6.2f", n, got.Weights[i])
	}
	t.Logf("%-26s %+6.2f", "(bias)", got.Bias)
	t.Logf("threshold %.2f, ridge penalty %g on %d features, fitted on %d dialogues", got.Threshold, got.L2, got.weighed(), len(got.Dialogues))
	if *updateModel {
		b, err := json.MarshalIndent(got, "", "  ")
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile("model.json", append(b, '\n'), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	near := func(a, b float64) bool { return math.Abs(a-b) < 1e-6 }
	ok := near(got.Bias, model.Bias) && near(got.Threshold, model.Threshold) && len(got.Dialogues) == len(model.Dialogues)
	for i := range got.Weights {
		ok = ok && near(got.Weights[i], model.Weights[i])
	}
	if !ok {
		t.Errorf("model.json is not what the labelled dialogues give; refit it with go test ./app/pairing -run TestModelFromLabels -update-model")
	}
}

// The model the package ships parses, and a model that does not name the
// features in their order is refused.
func TestParseModel(t *testing.T) {
	if _, err := parseModel(modelJSON); err != nil {
		t.Fatal(err)
	}
	bad := *model
	bad.Features = append([]string{}, model.Features...)
	bad.Features[0], bad.Features[1] = bad.Features[1], bad.Features[0]
	b, _ := json.Marshal(bad)
	if _, err := parseModel(b); err == nil {
		t.Error("a model with two features swapped parses")
	}
}

// The ridge penalty weighs every feature alike whatever its range: a
// feature written ten times larger gets a weight ten times smaller and the
// model pairs exactly as before. (Penalised on their own scales, as
// before the features were scaled, a feature of large values was
// penalised less than one of small values, so that the penalty chosen by
// the folds said more about the features' units than about the labels.)
func TestFitIsScaleFree(t *testing.T) {
	ss := samples(loadLabelled(t))
	big := make([]sample, len(ss))
	for i, s := range ss {
		big[i] = s
		big[i].x[fWords] *= 10
	}
	for _, l2 := range []float64{1, 100} {
		m, mb := fitSamples(ss, l2, nBase), fitSamples(big, l2, nBase)
		if math.Abs(m.Weights[fWords]-10*mb.Weights[fWords]) > 1e-6*math.Abs(m.Weights[fWords]) {
			t.Errorf("penalty %g: the words' weight is %.4f, and %.4f with the feature ten times larger, want a tenth of it",
				l2, m.Weights[fWords], mb.Weights[fWords])
		}
		for k := 0; k < len(ss); k += 97 {
			if p, pb := m.prob(&ss[k].x), mb.prob(&big[k].x); math.Abs(p-pb) > 1e-9 {
				t.Fatalf("penalty %g: pair %d scores %.6f, and %.6f with the feature ten times larger", l2, k, p, pb)
			}
		}
	}
}

// The penalty and the features are chosen among those offered, and the
// model fitted on all the development dialogues is the one model.json
// holds, with the features it does not weigh at 0.
func TestFitChoosesAmongOffered(t *testing.T) {
	if !slices.Contains(l2Grid, model.L2) {
		t.Errorf("model.json's penalty %g is not one of %v", model.L2, l2Grid)
	}
	if n := model.weighed(); n != nBase && n != nFeatures {
		t.Errorf("model.json weighs %d features, want %d or %d", n, nBase, nFeatures)
	}
}
