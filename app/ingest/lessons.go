package ingest

import (
	"fmt"
	"sort"
	"strings"
	"time"

	"parley/storage"
)

// The rules of what the importer learns from the analyst's corrections
// (storage.Lesson.Rule, whose names storage keeps so that it can refuse
// others). Each maps a normalised key to a value.
const (
	// RuleSpeakerParty: a speaker's name → the party the analyst gave
	// the speaker. One correction is enough; the latest one holds.
	RuleSpeakerParty = storage.RuleSpeakerParty
	// RuleSpeakerName: a name the importer took for a speaker → the
	// speaker the analyst put in its place ("" when there is none).
	RuleSpeakerName = storage.RuleSpeakerName
	// RulePhraseKind: the reporting phrase that decides a sentence's
	// kind ("stressed", "expressed the hope") → the kind the analyst kept
	// or set. It decides once the analyst gave that kind at least
	// minPhraseCount times, more often than any other.
	RulePhraseKind = storage.RulePhraseKind
	// RulePhraseTopic: the topic keyword a sentence names → the topic
	// path the analyst kept or set; decided like RulePhraseKind.
	RulePhraseTopic = storage.RulePhraseTopic
	// RuleSubjectParty: the author and a subject that is no party's name
	// ("European Union|we", "United Kingdom|the prime minister") → the
	// parties, joined by "+", the analyst kept or set; decided like
	// RulePhraseKind.
	RuleSubjectParty = storage.RuleSubjectParty
)

// minPhraseCount is how often the analyst must have given a phrase's
// value before the importer follows it: a phrase re-kinded once may be
// an exception, twice is a habit.
const minPhraseCount = 2

// Lessons are a project's lessons indexed for proposing.
type Lessons struct {
	by    map[lessonKey][]storage.Lesson
	rules map[string]bool // the rules that have lessons
}

type lessonKey struct{ rule, key string }

// NewLessons indexes the lessons ls (storage.Store.Lessons).
func NewLessons(ls []storage.Lesson) *Lessons {
	l := &Lessons{by: map[lessonKey][]storage.Lesson{}, rules: map[string]bool{}}
	for _, x := range ls {
		k := lessonKey{x.Rule, x.Key}
		l.by[k] = append(l.by[k], x)
		l.rules[x.Rule] = true
	}
	return l
}

// Len reports how many lessons l holds.
func (l *Lessons) Len() int {
	if l == nil {
		return 0
	}
	n := 0
	for _, xs := range l.by {
		n += len(xs)
	}
	return n
}

// latest returns the value given last for key under rule.
func (l *Lessons) latest(rule, key string) (storage.Lesson, bool) {
	if l == nil || key == "" {
		return storage.Lesson{}, false
	}
	xs := l.by[lessonKey{rule, key}]
	if len(xs) == 0 {
		return storage.Lesson{}, false
	}
	best := xs[0]
	for _, x := range xs[1:] {
		if x.UpdatedAt.After(best.UpdatedAt) || x.UpdatedAt.Equal(best.UpdatedAt) && x.ID > best.ID {
			best = x
		}
	}
	return best, true
}

// majority returns the value the analyst gave most often for key under
// rule, when that is at least minPhraseCount times and more often than
// any other value.
func (l *Lessons) majority(rule, key string) (storage.Lesson, bool) {
	if l == nil || key == "" {
		return storage.Lesson{}, false
	}
	xs := l.by[lessonKey{rule, key}]
	var best storage.Lesson
	var second int64
	for _, x := range xs {
		switch {
		case x.Count > best.Count:
			second, best = best.Count, x
		case x.Count > second:
			second = x.Count
		}
	}
	if best.Count < minPhraseCount || best.Count == second {
		return storage.Lesson{}, false
	}
	return best, true
}

// has reports whether l holds any lesson under rule.
func (l *Lessons) has(rule string) bool {
	return l != nil && l.rules[rule]
}

// normKey is a lesson's key as stored: lower case, spaces collapsed.
func normKey(s string) string {
	return strings.ToLower(strings.Join(strings.Fields(s), " "))
}

// partiesValue is a set of parties as a lesson's value: sorted, joined
// by "+".
func partiesValue(parties []string) string {
	ps := append([]string(nil), parties...)
	sort.Strings(ps)
	return strings.Join(ps, "+")
}

// The parties of a subject lesson are kept by their role in the source
// where that is what they are: "we" meaning both sides in one readout of
// the EU's means both sides in the next, whoever the other side is.
const (
	roleAuthor = "@author" // the source's author alone
	roleJoint  = "@joint"  // the author and the party the source names most
)

// roleValue is parties as a subject lesson's value: a role when they are
// the author alone or the author with the source's other side, else
// their names.
func roleValue(parties []string, author string, joint []string) string {
	v := partiesValue(parties)
	switch {
	case author != "" && v == author:
		return roleAuthor
	case len(joint) == 2 && v == partiesValue(joint):
		return roleJoint
	}
	return v
}

// roleParties turns a subject lesson's value back into parties for a
// source by author whose two sides are joint.
func roleParties(v, author string, joint []string) []string {
	switch v {
	case roleAuthor:
		return []string{author}
	case roleJoint:
		return append([]string(nil), joint...)
	}
	return strings.Split(v, "+")
}

// when says when a lesson was last given, for the reasons ("on 6 Dec").
func when(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	if t.Year() != time.Now().Year() {
		return " on " + t.Format("2 Jan 2006")
	}
	return " on " + t.Format("2 Jan")
}

// aKind is a kind's label with its article: "a position", "an account"
// (the lessons window read "is a account", "is a agreement").
func aKind(k string) string {
	label := storage.Kind(k).Label()
	if label != "" && strings.ContainsRune("aeiouAEIOU", rune(label[0])) {
		return "an " + label
	}
	return "a " + label
}

// Describe says a lesson in words, for the window that lists them and the
// command line ("Wang Yi's party is China").
func Describe(l storage.Lesson) string {
	switch l.Rule {
	case RuleSpeakerParty:
		return l.Key + "'s party is " + l.Value
	case RuleSpeakerName:
		switch {
		case l.Value == "":
			return "'" + l.Key + "' is no speaker"
		case normKey(l.Value) == l.Key:
			return "'" + l.Value + "' is a speaker (kept)"
		}
		return "'" + l.Key + "' is the speaker " + l.Value
	case RulePhraseKind:
		phrase, was, _ := strings.Cut(l.Key, "|")
		if was == l.Value {
			return fmt.Sprintf("A sentence led by '%s' is %s (kept)", phrase, aKind(was))
		}
		return fmt.Sprintf("A sentence led by '%s' proposed as %s is %s", phrase, aKind(was), aKind(l.Value))
	case RulePhraseTopic:
		kw, was, _ := strings.Cut(l.Key, "|")
		what := fmt.Sprintf("A sentence naming '%s'", kw)
		if kw == noKeyword {
			what = "A sentence that names no keyword of its topic"
		}
		if was == l.Value {
			return fmt.Sprintf("%s is %s (kept)", what, topicWords(was))
		}
		return fmt.Sprintf("%s proposed %s is %s", what, topicWords(was), topicWords(l.Value))
	case RuleSubjectParty:
		f := strings.SplitN(l.Key, "|", 3)
		if len(f) == 3 && f[2] == l.Value {
			return fmt.Sprintf("'%s' in a source by %s is %s (kept)", f[1], f[0], partyWords(l.Value))
		}
		if len(f) == 3 {
			return fmt.Sprintf("'%s' in a source by %s, proposed as %s, is %s", f[1], f[0], partyWords(f[2]), partyWords(l.Value))
		}
	}
	return l.Rule + ": " + l.Key + " → " + l.Value
}

func topicWords(path string) string {
	if path == "" {
		return "under no topic"
	}
	return "under " + path
}

func partyWords(v string) string {
	switch v {
	case "":
		return "no party"
	case roleAuthor:
		return "the author"
	case roleJoint:
		return "both sides"
	}
	return strings.ReplaceAll(v, "+", " + ")
}

// Kept reports a lesson that confirms the importer's own reading (the
// analyst kept what was proposed) rather than one that corrects it.
func Kept(l storage.Lesson) bool {
	switch l.Rule {
	case RuleSpeakerName:
		return normKey(l.Value) == l.Key
	case RulePhraseKind, RulePhraseTopic, RuleSubjectParty:
		i := strings.LastIndex(l.Key, "|")
		return i >= 0 && l.Key[i+1:] == l.Value
	}
	return false
}
