package ingest

import (
	"fmt"
	"slices"

	"parley/storage"
)

// applyLessons lets what the analyst taught the project overrule the
// rules for proposal pr, and says so in its reasons: speakers first (a
// speaker the analyst gave a party keeps it), then the subject's
// parties, the kind and the topic by their phrases.
func (st *state) applyLessons(pr *Proposal, r []rune, toks []token, ents []mention, cues []cue) {
	l := st.p.Lessons
	if l.Len() == 0 || pr.Skip {
		return
	}
	st.speakerLessons(pr)
	phrases := l.has(RulePhraseKind) || l.has(RulePhraseTopic) || l.has(RuleSubjectParty)
	if !phrases {
		return
	}
	k := st.p.keysFrom(pr.Text, r, toks, ents, cues, st.author, st.starter)
	was := roleValue(pr.Parties, st.author, st.joint)
	if x, ok := l.majority(RuleSubjectParty, withReading(k.subjectKey(), was)); ok && x.Value != was && st.namesAll(x.Value) {
		pr.Parties = nil
		for _, v := range roleParties(x.Value, st.author, st.joint) {
			pr.Parties = append(pr.Parties, st.p.entityName(v))
		}
		if len(pr.Parties) > 1 {
			pr.Speaker = nil // both sides speak, no one person
		}
		st.lastParties = pr.Parties
		pr.Reasons = append(pr.Reasons, lessonReason(fmt.Sprintf("party: you gave '%s' to %s", k.Subject,
			partyWords(x.Value)), x))
	}
	if x, ok := l.majority(RulePhraseKind, withReading(k.Phrase, string(pr.Kind))); ok && x.Value != string(pr.Kind) {
		was := pr.Kind
		pr.Kind = storage.Kind(x.Value)
		pr.Reasons = append(pr.Reasons, lessonReason(fmt.Sprintf("kind: you made sentences led by '%s' %s where they were %s",
			k.Phrase, aKind(string(pr.Kind)), aKind(string(was))), x))
	}
	if x, ok := l.majority(RulePhraseTopic, withReading(k.topicKey(pr.Topic), pr.Topic)); ok && x.Value != pr.Topic {
		pr.Topic = x.Value
		to := "under " + x.Value
		if x.Value == "" {
			to = "under no topic"
		}
		what := fmt.Sprintf("sentences naming '%s'", k.Keyword)
		if k.Keyword == "" {
			what = "sentences proposed under " + x.Key[len(noKeyword)+1:] + " by no keyword"
		}
		pr.Reasons = append(pr.Reasons, lessonReason(fmt.Sprintf("topic: you put %s %s", what, to), x))
	}
}

// speakerLessons applies the lessons about pr's speaker: a name the
// analyst replaced (or struck out) and the party the analyst gave them.
// The speaker is the one the sentences share, so the sentences after
// follow too.
func (st *state) speakerLessons(pr *Proposal) {
	l := st.p.Lessons
	if pr.Speaker == nil {
		return
	}
	if x, ok := l.majority(RuleSpeakerName, normKey(pr.Speaker.Name)); ok && x.Value != pr.Speaker.Name && !st.officeNamed(pr.Speaker) {
		// (a name the text does not write, but the office's holder
		// that day, is no name a lesson corrected)
		if x.Value == "" {
			pr.Reasons = append(pr.Reasons, lessonReason(fmt.Sprintf("speaker: none, you struck out '%s'", pr.Speaker.Name), x))
			pr.Speaker = nil
			return
		}
		sp := st.book.byName[x.Value]
		if sp == nil {
			sp = st.book.add(&Speaker{Name: x.Value, Role: pr.Speaker.Role, Party: pr.Speaker.Party})
		}
		pr.Reasons = append(pr.Reasons, lessonReason(fmt.Sprintf("speaker: %s, as you corrected '%s'", sp.Name, pr.Speaker.Name), x))
		pr.Speaker = sp
	}
	x, ok := l.latest(RuleSpeakerParty, pr.Speaker.Name)
	if !ok {
		return
	}
	party := st.p.entityName(x.Value)
	decided := pr.Speaker.Party != party || st.taught[pr.Speaker]
	if decided {
		// The speaker is shared by the sentences that name them: they
		// all follow, and all say why.
		pr.Speaker.Party = party
		st.taught[pr.Speaker] = true
	}
	if len(pr.Parties) <= 1 && (len(pr.Parties) == 0 || pr.Parties[0] != party) {
		pr.Parties = []string{party}
		st.lastParties = pr.Parties
		decided = true
	}
	if decided && len(pr.Parties) == 1 {
		pr.Reasons = append(pr.Reasons, lessonReason(fmt.Sprintf("party: you set %s's party to %s", pr.Speaker.Name, x.Value), x))
	}
}

// entityName is the gazetteer's name of the party a lesson names (a
// party renamed since keeps its place), or the name as it is.
func (p *Proposer) entityName(name string) string {
	if e := p.Gaz.Lookup(name); e != nil {
		return e.Name
	}
	return name
}

// namesAll reports whether the source names every party a subject lesson
// would give a sentence to: "the leaders" taught as five leaders of a
// group call does not make two leaders of another readout five.
func (st *state) namesAll(value string) bool {
	if value == roleAuthor || value == roleJoint {
		return true
	}
	for _, v := range roleParties(value, st.author, st.joint) {
		if !slices.Contains(st.named, st.p.entityName(v)) {
			return false
		}
	}
	return true
}
