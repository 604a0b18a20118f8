package evolution

import "slices"

// Remark applies the analyst's marks as s holds them to phrases mined
// before (with WithHidden, so that a phrase shown again is there), in the
// order and with the filter Phrases gives: pinning or hiding a phrase then
// needs no new mining. The Evolution tab calls it after such an edit.
func (s *Series) Remark(ps []Phrase, o PhraseOptions) []Phrase {
	return s.applyMarks(slices.Clone(ps), o.withDefaults())
}

// SameStatements reports whether o holds the same rounds and statements
// as s (texts and holders alike): what mining phrases reads. A series read
// again after an edit of marks only passes, so that its phrases can be
// remarked rather than mined again.
func (s *Series) SameStatements(o *Series) bool {
	if o == nil || len(s.Rounds) != len(o.Rounds) || len(s.Statements) != len(o.Statements) {
		return false
	}
	for i := range s.Rounds {
		if s.Rounds[i].Dialogue.ID != o.Rounds[i].Dialogue.ID {
			return false
		}
	}
	for i := range s.Statements {
		a, b := &s.Statements[i], &o.Statements[i]
		if a.ID != b.ID || a.DialogueID != b.DialogueID || a.Text != b.Text ||
			!slices.Equal(Holders(*a), Holders(*b)) {
			return false
		}
	}
	return true
}
