// Package agree measures the agreement between two coders who coded the
// same sources independently (two projects, or two authors in one): it
// pairs their statements by source and overlapping offsets and reports
// Cohen's kappa for party, kind and topic, with the sentences on which
// they differ. No Fyne here; the window and parley agree share it.
package agree

import (
	"slices"
	"sort"
	"strings"

	"parley/storage"
)

// The codes compared, in the order reports list them.
const (
	CodeParty = "party"
	CodeKind  = "kind"
	CodeTopic = "topic"
)

// Codes lists the codes compared.
var Codes = []string{CodeParty, CodeKind, CodeTopic}

// None stands for a code left empty (no party, no topic).
const None = "(none)"

// Report is the agreement between coders A and B.
type Report struct {
	A, B string // who coded: project file names or authors
	// Both counts the sentences both coded; OnlyA and OnlyB those that
	// only one coded (in a source both coded), which kappa leaves out.
	Both, OnlyA, OnlyB int
	// SharedSources counts the sources (by text hash) both coded.
	SharedSources int
	Kappa         map[string]Kappa // by code
	Disagreements []Disagreement
}

// Disagreement is one code of one sentence that A and B coded differently.
type Disagreement struct {
	Code       string // CodeParty, CodeKind or CodeTopic
	Source     string // the source's title (A's)
	SourceSHA  string
	Start, End int    // A's offsets, in runes
	Sentence   string // A's statement text
	A, B       string // the two codes, in words
	AID, BID   int64  // the two statements
}

// Pair is a statement of A and the statement of B that covers the same
// sentence.
type Pair struct{ A, B storage.CodedSpan }

// Compare pairs a's and b's statements and measures their agreement.
func Compare(nameA, nameB string, a, b []storage.CodedSpan) Report {
	pairs, onlyA, onlyB, shared := Match(a, b)
	r := Report{A: nameA, B: nameB, Both: len(pairs), OnlyA: onlyA, OnlyB: onlyB,
		SharedSources: shared, Kappa: map[string]Kappa{}}
	for _, code := range Codes {
		ka, kb := make([]string, len(pairs)), make([]string, len(pairs))
		for i, p := range pairs {
			la, lb := Label(code, p.A), Label(code, p.B)
			ka[i], kb[i] = key(la), key(lb)
			if ka[i] != kb[i] {
				r.Disagreements = append(r.Disagreements, Disagreement{Code: code,
					Source: p.A.SourceTitle, SourceSHA: p.A.SourceSHA, Start: p.A.Start, End: p.A.End,
					Sentence: p.A.Text, A: la, B: lb, AID: p.A.StatementID, BID: p.B.StatementID})
			}
		}
		r.Kappa[code] = CohensKappa(ka, kb)
	}
	sort.SliceStable(r.Disagreements, func(i, j int) bool {
		x, y := r.Disagreements[i], r.Disagreements[j]
		if x.Source != y.Source {
			return x.Source < y.Source
		}
		if x.Start != y.Start {
			return x.Start < y.Start
		}
		return codeOrder(x.Code) < codeOrder(y.Code)
	})
	return r
}

func codeOrder(c string) int {
	if i := slices.Index(Codes, c); i >= 0 {
		return i
	}
	return len(Codes)
}

// Label is a statement's code in words: the party names joined with " + "
// (a joint statement), the kind, or the topic path; None when empty.
func Label(code string, c storage.CodedSpan) string {
	var s string
	switch code {
	case CodeParty:
		s = strings.Join(c.Parties, " + ")
	case CodeKind:
		s = string(c.Kind)
	case CodeTopic:
		s = c.Topic
	}
	if strings.TrimSpace(s) == "" {
		return None
	}
	return s
}

// key compares codes as an analyst would: two projects may spell a party
// "EU" and "eu" or leave a space at the end.
func key(label string) string { return strings.ToLower(strings.Join(strings.Fields(label), " ")) }
