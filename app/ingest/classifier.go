package ingest

import (
	"math"
	"strings"
	"unicode"

	"parley/storage"
)

// Classifier is a multinomial naive Bayes model over words and Chinese
// character bigrams, trained on the project's coded statements. It runs
// locally; nothing leaves the machine.
type Classifier struct {
	classes []nbClass
	vocab   map[string]bool
	total   int
}

type nbClass struct {
	path   string
	docs   int
	words  map[string]int
	nWords int
}

// MinTraining is how many coded statements the classifier needs before it
// proposes anything; fewer give guesses no better than chance.
const MinTraining = 8

// minConfidence is the posterior a topic needs to be proposed.
const minConfidence = 0.6

var stopWords = set("the", "a", "an", "and", "or", "of", "to", "in", "on", "for", "with", "that", "this", "is",
	"are", "was", "were", "be", "by", "as", "at", "it", "its", "from", "their", "his", "her", "he", "she", "they",
	"both", "also", "has", "have", "had", "not", "no", "which", "such", "these", "those", "side", "sides")

// features returns the words (lower-cased, stop words dropped) and the
// Chinese character bigrams of text.
func features(text string) []string {
	var out []string
	var word []rune
	var prevCJK rune
	flush := func() {
		if len(word) > 1 {
			w := string(word)
			if !stopWords[w] {
				out = append(out, w)
			}
		}
		word = word[:0]
	}
	for _, r := range strings.ToLower(text) {
		switch {
		case isCJKRune(r):
			flush()
			if prevCJK != 0 {
				out = append(out, string([]rune{prevCJK, r}))
			}
			prevCJK = r
			continue
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			word = append(word, r)
		default:
			flush()
		}
		prevCJK = 0
	}
	flush()
	return out
}

// TrainClassifier learns topics from coded statements; paths maps topic
// ids to paths. It returns nil when there is too little to learn from.
func TrainClassifier(views []storage.StatementView, paths map[int64]string) *Classifier {
	t := newTrainer()
	for _, v := range views {
		if v.TopicID != nil {
			t.add(paths[*v.TopicID], v.Text)
		}
	}
	return t.done()
}

// trainer builds a Classifier one coded statement at a time, so that a
// project's statements can be read as a stream (storage's EachCodedText)
// rather than held all at once.
type trainer struct {
	c   *Classifier
	idx map[string]int // a topic path's class
}

func newTrainer() *trainer {
	return &trainer{c: &Classifier{vocab: map[string]bool{}}, idx: map[string]int{}}
}

// add learns that text is about the topic at path ("" is no topic: left
// out). Classes are numbered in the order their topics first come.
func (t *trainer) add(path, text string) {
	if path == "" {
		return
	}
	c := t.c
	i, ok := t.idx[path]
	if !ok {
		i = len(c.classes)
		t.idx[path] = i
		c.classes = append(c.classes, nbClass{path: path, words: map[string]int{}})
	}
	cl := &c.classes[i]
	cl.docs++
	c.total++
	for _, f := range features(text) {
		cl.words[f]++
		cl.nWords++
		c.vocab[f] = true
	}
}

// done returns the classifier, or nil when there was too little to learn
// from.
func (t *trainer) done() *Classifier {
	if t.c.total < MinTraining || len(t.c.classes) < 2 {
		return nil
	}
	return t.c
}

// Classify returns the most probable topic and its posterior, or "" when
// no topic reaches minConfidence.
func (c *Classifier) Classify(text string) (string, float64) {
	fs := features(text)
	if c == nil || len(fs) == 0 {
		return "", 0
	}
	v := float64(len(c.vocab) + 1)
	scores := make([]float64, len(c.classes))
	for i, cl := range c.classes {
		s := math.Log(float64(cl.docs) / float64(c.total))
		for _, f := range fs {
			s += math.Log((float64(cl.words[f]) + 1) / (float64(cl.nWords) + v))
		}
		scores[i] = s
	}
	best, max := 0, scores[0]
	for i, s := range scores {
		if s > max {
			best, max = i, s
		}
	}
	sum := 0.0
	for _, s := range scores {
		sum += math.Exp(s - max)
	}
	p := 1 / sum
	if p < minConfidence {
		return "", p
	}
	return c.classes[best].path, p
}
