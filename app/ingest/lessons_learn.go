package ingest

import (
	"sort"
	"strconv"
	"time"

	"parley/storage"
)

// Reading is what a statement says about itself: its parties (entity
// names), speaker and the speaker's party, kind and topic path. The
// importer's proposal and the analyst's correction are two readings of
// one sentence; lessons are learnt from how they differ.
type Reading struct {
	Parties      []string
	Speaker      string
	SpeakerParty string
	Kind         storage.Kind
	Topic        string
	// office: the speaker is the holder of an office the text names,
	// not a name it writes (see Speaker.office).
	office bool
}

// ReadingOf is the reading of proposal pr as it stands.
func ReadingOf(pr Proposal) Reading {
	r := Reading{Parties: pr.Parties, Kind: pr.Kind, Topic: pr.Topic}
	if pr.Speaker != nil {
		r.Speaker, r.SpeakerParty = pr.Speaker.Name, pr.Speaker.Party
		if r.SpeakerParty == "" && len(pr.Parties) == 1 {
			r.SpeakerParty = pr.Parties[0]
		}
	}
	return r
}

// LessonKeys are the phrases of a sentence that lessons are keyed by.
type LessonKeys struct {
	Subject  string // the subject when it is no party's name ("we", "the prime minister"), else ""
	Phrase   string // the reporting phrase that decides the kind ("stressed"), else ""
	Keyword  string // the topic keyword the sentence names, else ""
	authorOf string
	joint    []string // the source's two sides, for RuleSubjectParty's roles
}

// KeysOf finds the phrases of text that lessons are keyed by, from the
// sentence alone: the same keys when a sentence is proposed, corrected in
// the review window or corrected later in the detail editor. author is
// the source's authoring party ("" when unknown).
func (p *Proposer) KeysOf(text, author string) LessonKeys {
	return p.keysOf(text, author, nil)
}

// keysOf is KeysOf, with the starter topics' keywords when the project
// has no topics yet.
func (p *Proposer) keysOf(text, author string, starter *TopicModel) LessonKeys {
	r := []rune(text)
	toks := tokenize(r)
	ents := p.Gaz.find(toks, r)
	cues := findCues(toks, r)
	sort.SliceStable(cues, func(i, j int) bool { return cues[i].at < cues[j].at })
	return p.keysFrom(text, r, toks, ents, cues, author, starter)
}

// keysFrom is keysOf for a sentence already split into tokens, entity
// mentions and cues (sorted by position), which depend on nothing but the
// sentence: proposing reuses its own. Speakers are found afresh, with no
// memory of the sentences before, so that the keys are the same however
// the sentence is met.
func (p *Proposer) keysFrom(text string, r []rune, toks []token, ents []mention, cues []cue, author string, starter *TopicModel) LessonKeys {
	book := newSpeakerBook()
	book.author = author
	sps := book.find(toks, ents)
	as := actors(toks, r, ents, sps, p.Gaz)
	k := LessonKeys{authorOf: author}
	subj := subjectOf(toks, as)
	after := 0
	if len(subj) > 0 {
		after = subj[0].to
		named := false
		for _, a := range subj {
			named = named || a.kind == actorParty || a.kind == actorSpeaker
		}
		if !named && author != "" {
			k.Subject = normKey(joinTokens(toks[subj[0].from:subj[len(subj)-1].to]))
		}
	}
	if c, ok := mainCue(toks, cues, ents, after); ok {
		k.Phrase = normKey(c.word)
	}
	words := make([]string, 0, len(toks))
	for _, t := range toks {
		if t.isWord() {
			words = append(words, t.lower)
		}
	}
	topics := p.Topics
	if topics.Empty() {
		topics = starter
	}
	if _, kw := topics.match(text, words); kw != "" {
		k.Keyword = normKey(kw)
	}
	return k
}

// noKeyword stands for the keyword of a topic that no keyword decided
// (the classifier's guess, or the analyst's own choice): what the analyst
// does with such a topic is learnt by the topic.
const noKeyword = "*"

// topicKey is the phrase RulePhraseTopic keys a sentence by when its
// topic was topic: its keyword, else noKeyword when it had a topic.
func (k LessonKeys) topicKey(topic string) string {
	if k.Keyword == "" && topic != "" {
		return noKeyword
	}
	return k.Keyword
}

// subjectKey is the key of RuleSubjectParty: the author and the subject.
func (k LessonKeys) subjectKey() string {
	if k.Subject == "" || k.authorOf == "" {
		return ""
	}
	return k.authorOf + "|" + k.Subject
}

// Learn returns the lessons of one sentence read as was by the importer
// (or as stored) and as now by the analyst, with keys its phrases. A
// phrase's lesson is keyed by what the importer made of it too ("said",
// proposed as an agreement): the analyst corrects the importer's reading
// of a phrase, not the phrase. With confirm, what the analyst kept is
// learnt as well as what was corrected, so that a reading right nine
// times in ten is not turned by its one correction.
func Learn(keys LessonKeys, was, now Reading, confirm bool) []storage.Lesson {
	var out []storage.Lesson
	add := func(rule, key, value string) {
		if key != "" {
			out = append(out, storage.Lesson{Rule: rule, Key: key, Value: value, Count: 1})
		}
	}
	changed := func(a, b string) bool { return a != b || confirm }
	// No one speaks for both sides: a speaker struck out of a sentence
	// the analyst gives to two parties or more says nothing about the name.
	jointNow := now.Speaker == "" && len(now.Parties) > 1
	// A name the importer took from the list of known officials for an
	// office on the text's date was read from no words: correcting it
	// corrects the date or the office, and teaches nothing of the name.
	if was.Speaker != "" && changed(was.Speaker, now.Speaker) && !jointNow && !was.office {
		add(RuleSpeakerName, normKey(was.Speaker), now.Speaker)
	}
	if now.Speaker != "" && now.SpeakerParty != "" &&
		(now.Speaker != was.Speaker || now.SpeakerParty != was.SpeakerParty) {
		add(RuleSpeakerParty, now.Speaker, now.SpeakerParty)
	}
	if len(now.Parties) > 0 && changed(partiesValue(was.Parties), partiesValue(now.Parties)) {
		add(RuleSubjectParty, withReading(keys.subjectKey(), roleValue(was.Parties, keys.authorOf, keys.joint)),
			roleValue(now.Parties, keys.authorOf, keys.joint))
	}
	// An agreement is both sides' by definition: when the analyst gave a
	// sentence to both sides instead of one (or back) and the kind moved
	// to or from agreement with it, the kind followed the holders, and
	// says nothing about the phrase ("agreed to" is one side's
	// commitment, both sides' agreement).
	holdersMoved := len(now.Parties) > 0 && (len(was.Parties) > 1) != (len(now.Parties) > 1) &&
		(was.Kind == storage.KindAgreement) != (now.Kind == storage.KindAgreement)
	if now.Kind != "" && changed(string(was.Kind), string(now.Kind)) && !holdersMoved {
		add(RulePhraseKind, withReading(keys.Phrase, string(was.Kind)), string(now.Kind))
	}
	if (now.Topic != "" || was.Topic != "") && changed(was.Topic, now.Topic) {
		add(RulePhraseTopic, withReading(keys.topicKey(was.Topic), was.Topic), now.Topic)
	}
	return out
}

// withReading keys a phrase's lesson by the importer's reading of it
// ("said|agreement"); "" when there is no phrase.
func withReading(phrase, reading string) string {
	if phrase == "" {
		return ""
	}
	return phrase + "|" + reading
}

// Lessons returns what storing the chosen proposals of d teaches: for
// each, how the analyst's reading differs from the importer's (and, for
// phrases, what the analyst kept). Only accepted proposals teach: one
// stored without a look (Store with all) was not read by anyone.
func (d *Draft) Lessons(p *Proposer) []storage.Lesson {
	var out []storage.Lesson
	var starter *TopicModel
	if len(d.StarterTopics) > 0 {
		starter = NewTopicModel(StarterTopics(d.StarterTopics))
	}
	for _, pr := range d.Proposals {
		if pr.Status != Accepted || pr.Orig == nil {
			continue
		}
		k := p.keysOf(pr.Text, d.Author, starter)
		k.joint = d.joint
		out = append(out, Learn(k, *pr.Orig, ReadingOf(pr), true)...)
	}
	return out
}

// Corrected returns the lessons of the analyst's correction of a stored
// statement whose text is text, reported by author: its reading was was
// and is now now. parties and topics are the project's.
func Corrected(parties []storage.Party, topics []storage.Topic, text, author string, was, now Reading) []storage.Lesson {
	p := NewProposer()
	p.Gaz.AddParties(parties)
	p.Topics = NewTopicModel(topics)
	if e := p.Gaz.Lookup(author); e != nil {
		author = e.Name
	}
	return Learn(p.KeysOf(text, author), was, now, false)
}

// lessonReason is what a proposal's reasons say of a lesson that
// decided: what the analyst did and when.
func lessonReason(what string, l storage.Lesson) string {
	times := ""
	if l.Count > 1 {
		times = " (" + strconv.FormatInt(l.Count, 10) + " times)"
	}
	return what + times + when(l.UpdatedAt.In(time.Local))
}
