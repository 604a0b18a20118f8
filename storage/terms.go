package storage

import (
	"slices"
	"strings"
)

// Term is how one kind of statement or one verdict reads and looks on every
// screen, report and export: its value as stored, its words, and the name
// of its colour. This table is the only one; the widgets receive it as data
// through the app, which checks that every name is one the theme knows.
type Term struct {
	Value string // as stored: "partly_convergent"
	Label string // words, as in a sentence: "partly convergent"
	// Color names a colour of the theme's palette. A kind's is a hue
	// ("blue"), so that a kind looks the same in both themes; a verdict's is
	// a role ("success", "warning", "error"), or "" for a quiet grey.
	Color string
}

var kindTerms = []Term{
	{string(KindPosition), "position", "blue"},
	{string(KindConcern), "concern", "orange"},
	{string(KindObjection), "objection", "red"},
	{string(KindDemand), "demand", "purple"},
	{string(KindProposal), "proposal", "yellow"},
	{string(KindCommitment), "commitment", "brown"},
	{string(KindAgreement), "agreement", "green"},
	{string(KindAccount), "account", "gray"},
}

var verdictTerms = []Term{
	{string(VerdictConvergent), "convergent", "success"},
	{string(VerdictPartlyConvergent), "partly convergent", "warning"},
	{string(VerdictDivergent), "divergent", "error"},
	{string(VerdictNotAddressed), "not addressed by one side", ""},
}

// KindTerms returns the kinds of statement in menu order, with their words
// and colours.
func KindTerms() []Term { return slices.Clone(kindTerms) }

// VerdictTerms returns the verdicts in menu order, with their words and
// colours.
func VerdictTerms() []Term { return slices.Clone(verdictTerms) }

// Label is the kind in words ("position").
func (k Kind) Label() string { return labelOf(kindTerms, string(k)) }

func valuesOf[T ~string](terms []Term) []T {
	out := make([]T, len(terms))
	for i, t := range terms {
		out[i] = T(t.Value)
	}
	return out
}

// labelOf returns the words of value in terms; a value the table lacks
// reads as itself, with spaces for underscores.
func labelOf(terms []Term, value string) string {
	for _, t := range terms {
		if t.Value == value {
			return t.Label
		}
	}
	return strings.ReplaceAll(value, "_", " ")
}
