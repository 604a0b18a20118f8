package pairing

import (
	"encoding/json"
	"flag"
	"math"
	"os"
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
	t.Logf("threshold %.2f, fitted on %d dialogues", got.Threshold, len(got.Dialogues))
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
