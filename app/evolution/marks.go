package evolution

import (
	"context"

	"parley/storage"
)

// Marks are the analyst's corrections that the analyses apply over what
// they find: pinned and hidden phrases, the case register (names, other
// spellings, mentions added or removed by hand) and the statuses of
// commitments. The storage methods that change them are Store.MarkPhrase,
// Store.SaveCase, Store.MergeCases, Store.SetCaseMention and
// Store.SetCommitmentCheck and Store.Dismiss (a pairing that is no
// repeat), each with its undo.
type Marks struct {
	Phrases      []storage.PhraseMark
	Cases        []storage.Case
	CaseNames    []storage.CaseSpelling
	CaseMentions []storage.CaseMention
	Checks       []storage.CommitmentCheck
	// NotRepeats are the pairs the analyst said are no repeat (keyed by
	// storage.DismissalKey): pairing never pairs them again.
	NotRepeats map[[2]int64]bool
}

func readMarks(ctx context.Context, st *storage.Store) (Marks, error) {
	var m Marks
	var err error
	if m.Phrases, err = st.PhraseMarks(ctx); err != nil {
		return m, err
	}
	if m.Cases, m.CaseNames, err = st.Register(ctx); err != nil {
		return m, err
	}
	if m.CaseMentions, err = st.CaseMentions(ctx); err != nil {
		return m, err
	}
	if m.Checks, err = st.CommitmentChecks(ctx); err != nil {
		return m, err
	}
	m.NotRepeats, err = st.DismissedPairs(ctx, storage.DismissedRepeat, 0)
	return m, err
}

// phraseMark is the analyst's mark of a phrase ("pinned", "hidden", "").
func (m Marks) phraseMark(phrase string) string {
	for _, p := range m.Phrases {
		if p.Phrase == phrase {
			return p.State
		}
	}
	return ""
}

// check is the analyst's check of a commitment, if any.
func (m Marks) check(statementID int64) (storage.CommitmentCheck, bool) {
	for _, c := range m.Checks {
		if c.StatementID == statementID {
			return c, true
		}
	}
	return storage.CommitmentCheck{}, false
}
