package pairing

import (
	_ "embed"
	"encoding/json"
	"fmt"
	"math"
)

// Model is how pairing weighs what two statements have in common: a
// logistic regression over the features of a pair (featureNames), its
// coefficients learnt from the analyst's pairs of the development
// dialogues (testdata/*.pairs) and kept as data in model.json, which
// TestModelFromLabels re-derives. Each coefficient can be read: how much
// the odds that an analyst pairs two statements grow with that feature.
type Model struct {
	Features  []string  `json:"features"`
	Weights   []float64 `json:"weights"`
	Bias      float64   `json:"bias"`
	Threshold float64   `json:"threshold"` // the least probability proposed, chosen on pairs scored out of fold
	L2        float64   `json:"l2"`        // the ridge penalty it was fitted with, on the features scaled to unit variance
	Dialogues []string  `json:"dialogues"` // the labelled dialogues it was fitted on
}

// The features of a pair, in the order of Model.Weights. Tried by hand
// and left out because they made the leave-one-dialogue-out figures
// worse: the rarest name both write, how many words they share, what
// share of the closest partner's they reach (of side A's and of side
// B's), and two-letter names ("Xi", "Li") as words. Both accounts, both
// joint, one asking and the other not, and how far apart they stand in
// their readouts, tried so too, are offered to the fit again (fAccounts
// on), which weighs them only when its own folds say they help. The
// second-closest partner (fSecond) lets a statement pair with more than
// its closest one when the rest of the evidence is strong. The crossing
// (fCross) weighs the readouts' order: a pair that crosses the pairs
// closest for both their statements lies off the agenda both follow.
// Tried beside it and left out (worse left out): how far a pair lies
// from the anchors' line, on the heaviest chain of pairs in the same
// order, an asking statement against the other party's objection or
// commitment, the meaning of the two statements' words by word
// vectors, how few statements of each readout name a shared subject, a
// closest pair's margin over the second-closest, each pair's rank among
// its statement's partners, more subjects of policy terms in
// concepts.txt, an IBM Model 1 table of the words the analyst's pairs
// join, character 4-grams of the words or of the names, the parts of
// hyphenated words and words without their prefix, the same topic, and
// the one-to-one assignment's pairs from a lower threshold
// (docs/compare.md).
const (
	fWords     = iota // cosine of the rarity-weighted content words, one language
	fSubjects         // cosine of the subjects named, two languages
	fSubject          // the rarest subject (concepts.go) both name
	fBestForA         // the pair is the closest partner of side A's statement
	fBestForB         // … of side B's statement
	fCue              // one rejects or answers what the other asks
	fSameParty        // both are one party's, the same party's
	fOtherAct         // … and they do different things (a demand and a position)
	fContain          // the share of the shorter statement's word weight that the two share
	fRare             // the rarest content word both write (not a subject), as a share of the rarest weight
	fClause           // cosine of one clause of either statement with the other statement, the best clause
	fSecond           // the closest partner of neither statement, but the second-closest of one
	fOpener           // both open their readouts
	fLone             // they share a subject that one readout names in one statement alone
	fCross            // the share of the anchors (order.go) the pair crosses, its readouts' order
	// The features below tell of the two statements' kinds, places and
	// readouts, not of their words. The fit weighs them only when the
	// folds of its own dialogues say they help (fit_test.go); otherwise
	// their weights are 0.
	fAccounts // both are accounts of the meeting
	fSize     // the natural log of the shorter readout's number of statements
	fPlace    // 1 less how far apart they stand in their readouts (0 first, 1 last)
	fJoint    // both are joint statements (held by two parties or more)
	fAsks     // one asks (a concern, demand or objection) and the other does not
	nFeatures
)

// nBase is the number of features before fAccounts: the model without
// the features of kinds, places and readouts weighs those alone.
const nBase = fAccounts

// featureNames name the features in model.json and in the tests' tables.
var featureNames = [nFeatures]string{"words", "subjects across languages", "shared subject",
	"best for A", "best for B", "response cue", "same party", "same party, other act", "contained", "rarest word", "best clause", "second for A or B", "both open", "lone subject", "crosses anchors",
	"both accounts", "log shorter readout", "same place", "both joint", "one asks"}

//go:embed model.json
var modelJSON []byte

// model is the model Suggest uses.
var model = mustModel(modelJSON)

func mustModel(b []byte) *Model {
	m, err := parseModel(b)
	if err != nil {
		panic(err) // model.json is part of the source, checked by the tests
	}
	return m
}

func parseModel(b []byte) (*Model, error) {
	var m Model
	if err := json.Unmarshal(b, &m); err != nil {
		return nil, fmt.Errorf("pairing model: %w", err)
	}
	if len(m.Weights) != nFeatures || len(m.Features) != nFeatures {
		return nil, fmt.Errorf("pairing model: %d weights for %d features, want %d", len(m.Weights), len(m.Features), nFeatures)
	}
	for i, n := range m.Features {
		if n != featureNames[i] {
			return nil, fmt.Errorf("pairing model: feature %d is %q, want %q", i, n, featureNames[i])
		}
	}
	return &m, nil
}

// prob is the probability that an analyst pairs two statements with
// features x.
func (m *Model) prob(x *[nFeatures]float64) float64 {
	z := m.Bias
	for i, w := range m.Weights {
		z += w * x[i]
	}
	return 1 / (1 + math.Exp(-z))
}
