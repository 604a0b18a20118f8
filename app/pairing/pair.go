package pairing

import (
	"math"
	"sort"
	"strings"

	"parley/storage"
)

// Statement is what pairing reads of a statement.
type Statement struct {
	ID      int64
	Holders []int64 // the parties that hold it
	Kind    storage.Kind
	TopicID int64 // 0 without a topic
	Text    string
}

// Suggestion proposes a link between a statement of one side and one of
// the other side, with the reason in words.
type Suggestion struct {
	From, To int64
	Type     storage.LinkType
	Score    float64
	Reason   string
}

// Tuning, measured by TestPairingAccuracy on testdata/*.pairs (MinScore is
// the threshold with the best F1 there, which TestMinScoreFromLabels
// checks): a pair is proposed from MinScore when it is, or comes within SecondShare of, the
// best pair of at least one of its two statements. The bonuses add to the
// words' cosine what words miss: one subject named in other words, the
// same topic, a rejection or an answer to what the other side asks, and
// one party's position told in both readouts.
const (
	MinScore     = 0.30
	SecondShare  = 0.90
	conceptBonus = 0.35
	topicBonus   = 0.25
	cueBonus     = 0.10
	holderBonus  = 0.10
	crossShare   = 0.5 // of the subjects' cosine, for two languages
)

// prepared is a statement read once: its weighted words and cues.
type prepared struct {
	st       Statement
	words    []word
	concepts []string
	norm     float64
	// chinese is a statement written in Chinese; cnorm is its norm over
	// its concepts alone, which is all a statement in another language
	// can share with it.
	chinese bool
	cnorm   float64
	reject  string
	answer  string
}

// candidate is one scored pair, a indexing side A and b side B.
type candidate struct {
	a, b  int
	score float64
}

// Suggest proposes links between side a's statements and side b's: each
// pair about the same point (shared names and content words weighted by
// rarity, the same topic, a response cue), at most two partners per
// statement, best first. Pairs in skip (keyed by Key) are left out.
func Suggest(a, b []Statement, skip map[[2]int64]bool) []Suggestion {
	return suggest(a, b, skip, MinScore)
}

func suggest(a, b []Statement, skip map[[2]int64]bool, min float64) []Suggestion {
	pa, pb := prepare(a), prepare(b)
	idf := weights(pa, pb)
	weigh(pa, idf)
	weigh(pb, idf)
	cands := score(pa, pb, idf, min)
	bestA, bestB := map[int]float64{}, map[int]float64{}
	for _, c := range cands {
		bestA[c.a], bestB[c.b] = max(bestA[c.a], c.score), max(bestB[c.b], c.score)
	}
	sort.SliceStable(cands, func(i, j int) bool { return cands[i].score > cands[j].score })
	var out []Suggestion
	for _, c := range cands {
		// the best pair of one of its ends, or near it
		if skip[Key(pa[c.a].st.ID, pb[c.b].st.ID)] || (c.score < SecondShare*bestA[c.a] && c.score < SecondShare*bestB[c.b]) {
			continue
		}
		if sameSingleHolder(pa[c.a].st, pb[c.b].st) && !sameAct(pa[c.a].st.Kind, pb[c.b].st.Kind) {
			// One party's demand in one readout and its position in
			// the other are two points, however many words they share.
			continue
		}
		out = append(out, suggestion(pa[c.a], pb[c.b], c))
	}
	return out
}

// Key identifies a pair of statements whichever way round it is given.
func Key(x, y int64) [2]int64 {
	if x > y {
		x, y = y, x
	}
	return [2]int64{x, y}
}

// topIDF keys the largest weight a word can have in weights' map.
const topIDF = ""

// weights gives each stem its inverse document frequency over both sides.
func weights(a, b []prepared) map[string]float64 {
	df := map[string]int{}
	for _, side := range [][]prepared{a, b} {
		for _, p := range side {
			for _, w := range p.words {
				df[w.stem]++
			}
		}
	}
	n := float64(len(a) + len(b))
	idf := make(map[string]float64, len(df)+1)
	for s, d := range df {
		idf[s] = math.Log(1 + n/float64(d))
	}
	idf[topIDF] = math.Log(1 + n) // a word of one statement; no stem is empty
	return idf
}

// prepare reads each statement's words, concepts and cues once.
func prepare(sts []Statement) []prepared {
	out := make([]prepared, len(sts))
	for i, s := range sts {
		p := prepared{st: s, words: contentWords(s.Text), chinese: mostlyHan(s.Text)}
		p.concepts = conceptsOf(p.words)
		lower := strings.ToLower(s.Text)
		p.reject, p.answer = cueIn(lower, rejectCues), cueIn(lower, answerCues)
		out[i] = p
	}
	return out
}

// weigh sets each statement's norm from the words' weights.
func weigh(ps []prepared, idf map[string]float64) {
	for i := range ps {
		n := 0.0
		for _, w := range ps[i].words {
			n += idf[w.stem] * idf[w.stem]
		}
		ps[i].norm = math.Sqrt(n)
		c := 0.0
		for _, w := range ps[i].concepts {
			c += idf[w] * idf[w]
		}
		ps[i].cnorm = math.Sqrt(c)
	}
}
