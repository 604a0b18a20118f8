package evolution

import (
	"context"
	"sort"
	"strings"

	"parley/storage"
)

// Phrase is a stock phrase: a word n-gram that one party uses in more than
// one round of the series.
type Phrase struct {
	Text    string // normalised: lower case, words joined by single spaces (Han characters joined directly)
	PartyID int64
	Rounds  []bool // per round of the series: whether the party used it
	Count   int    // statements of the party that use it, all rounds
	// Examples holds, per round, the ID of the first statement that uses
	// it there (0 when none): the citation of each mark of the chart.
	Examples []int64
	Mark     string // the analyst's: storage.PhrasePinned, storage.PhraseHidden or ""
	// Appears and Vanishes list the round indexes r at which the phrase
	// is used in round r and not in r-1 (Appears), or used in r-1 and not
	// in r (Vanishes).
	Appears, Vanishes []int
}

// InRounds counts the rounds the phrase appears in.
func (p Phrase) InRounds() int {
	n := 0
	for _, in := range p.Rounds {
		if in {
			n++
		}
	}
	return n
}

// Changes reports whether the phrase appears or vanishes anywhere.
func (p Phrase) Changes() bool { return len(p.Appears)+len(p.Vanishes) > 0 }

// PhraseOptions bound the mining; the zero value takes the defaults.
type PhraseOptions struct {
	MinWords, MaxWords int // n-gram sizes (default 2 and 4)
	MinRounds          int // rounds a phrase must appear in (default 2)
	Limit              int // phrases returned per party (default 200; <0: all)
	WithHidden         bool
	// Progress, when set, is called now and then with the statements read
	// so far and the total, from the goroutine that runs Phrases.
	Progress func(done, total int)
}

func (o PhraseOptions) withDefaults() PhraseOptions {
	if o.MinWords < 1 {
		o.MinWords = 2
	}
	if o.MaxWords < o.MinWords {
		o.MaxWords = max(4, o.MinWords)
	}
	o.MaxWords = min(o.MaxWords, maxGram)
	o.MinWords = min(o.MinWords, o.MaxWords)
	if o.MinRounds < 1 {
		o.MinRounds = 2
	}
	if o.Limit == 0 {
		o.Limit = 200
	}
	return o
}

// Phrases mines the stock phrases of every party: word n-grams (not
// starting or ending with a function word, not crossing punctuation) that
// a party's statements use in at least MinRounds rounds. Among n-grams that
// appear in exactly the same rounds, the longest is kept ("candid and
// in-depth", not also "candid and"). Order: pinned first; then phrases
// that appear or vanish, the latest change first; then by rounds and count.
// Hidden phrases are left out unless WithHidden. It stops with ctx's error
// when ctx is done.
func (s *Series) Phrases(ctx context.Context, o PhraseOptions) ([]Phrase, error) {
	o = o.withDefaults()
	m := newMiner(len(s.Rounds), o)
	m.boring = s.boringWords()
	for i := range s.Statements {
		if i%4096 == 0 {
			if err := ctx.Err(); err != nil {
				return nil, err
			}
			if o.Progress != nil {
				o.Progress(i, len(s.Statements))
			}
		}
		v := &s.Statements[i]
		m.add(v.ID, Holders(*v), s.round[v.DialogueID], v.Text)
	}
	if o.Progress != nil {
		o.Progress(len(s.Statements), len(s.Statements))
	}
	out := m.phrases()
	out = s.applyMarks(out, o)
	return out, nil
}

func (s *Series) applyMarks(ps []Phrase, o PhraseOptions) []Phrase {
	var out []Phrase
	for _, p := range ps {
		p.Mark = s.Marks.phraseMark(p.Text)
		if p.Mark == storage.PhraseHidden && !o.WithHidden {
			continue
		}
		out = append(out, p)
	}
	sort.SliceStable(out, func(i, j int) bool { return phraseBefore(out[i], out[j]) })
	if o.Limit < 0 {
		return out
	}
	perParty := map[int64]int{}
	kept := out[:0]
	for _, p := range out {
		if perParty[p.PartyID] < o.Limit || p.Mark == storage.PhrasePinned {
			perParty[p.PartyID]++
			kept = append(kept, p)
		}
	}
	return kept
}

func phraseBefore(a, b Phrase) bool {
	if pa, pb := a.Mark == storage.PhrasePinned, b.Mark == storage.PhrasePinned; pa != pb {
		return pa
	}
	if a.Changes() != b.Changes() {
		return a.Changes()
	}
	if la, lb := lastChange(a), lastChange(b); la != lb {
		return la > lb
	}
	if a.InRounds() != b.InRounds() {
		return a.InRounds() > b.InRounds()
	}
	if a.Count != b.Count {
		return a.Count > b.Count
	}
	if a.Text != b.Text {
		return a.Text < b.Text
	}
	return a.PartyID < b.PartyID
}

func lastChange(p Phrase) int {
	last := -1
	for _, r := range p.Appears {
		last = max(last, r)
	}
	for _, r := range p.Vanishes {
		last = max(last, r)
	}
	return last
}

// PhraseChanges lists the phrases of ps that appear (in round to and not
// in round from) or vanish (the other way) between two rounds.
func PhraseChanges(ps []Phrase, from, to int) (appear, vanish []Phrase) {
	for _, p := range ps {
		if from < 0 || to >= len(p.Rounds) || from >= len(p.Rounds) || to < 0 {
			continue
		}
		switch {
		case p.Rounds[to] && !p.Rounds[from]:
			appear = append(appear, p)
		case p.Rounds[from] && !p.Rounds[to]:
			vanish = append(vanish, p)
		}
	}
	return appear, vanish
}

// joinGram writes an n-gram's words as a phrase: spaces between words,
// none between Han characters.
func joinGram(ws []string) string {
	var b strings.Builder
	for i, w := range ws {
		if i > 0 && !(startsHan(w) && endsHan(ws[i-1])) {
			b.WriteByte(' ')
		}
		b.WriteString(w)
	}
	return b.String()
}

func startsHan(w string) bool {
	for _, r := range w {
		return isHan(r)
	}
	return false
}

func endsHan(w string) bool {
	r := []rune(w)
	return len(r) > 0 && isHan(r[len(r)-1])
}

// reportingVerbs are the verbs readouts report with; with the parties'
// names they make "the EU raised", "China and the EU", which recur in every
// round and are no formula.
var reportingVerbs = setOf(`raised expressed asked stressed said noted reiterated restated underlined emphasized
	emphasised highlighted welcomed urged called added told introduced explained presented mentioned referred
	side sides delegation delegations representatives parties both`)

// boringWords are the words a stock phrase needs more than: the parties'
// names and the reporting verbs.
func (s *Series) boringWords() map[string]bool {
	out := map[string]bool{}
	for w := range reportingVerbs {
		out[w] = true
	}
	for _, p := range s.Parties {
		for _, name := range []string{p.Name, p.ShortName} {
			for _, w := range words(name) {
				out[w] = true
				out[w+"'s"] = true
			}
		}
	}
	for _, w := range []string{"chinese", "european", "eu's"} {
		out[w] = true
	}
	return out
}
