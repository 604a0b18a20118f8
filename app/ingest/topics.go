package ingest

import (
	"fmt"
	"strings"

	"parley/storage"
)

// TopicModel matches sentences to the project's topics by the topics'
// names and keywords.
type TopicModel struct {
	topics []topicKeys
	// byWords maps a keyword's lower-case words ("hong kong") to the
	// topics that list it; cjk holds the Chinese keywords, found by
	// substring.
	byWords map[string][]int
	firsts  map[string]int // first word of a keyword → its most words
	cjk     []topicKeyword
}

type topicKeys struct {
	path  string
	depth int
}

type topicKeyword struct {
	key   string
	topic int
}

// NewTopicModel indexes the names and keywords of topics.
func NewTopicModel(topics []storage.Topic) *TopicModel {
	paths := storage.TopicPathMap(topics)
	m := &TopicModel{byWords: map[string][]int{}, firsts: map[string]int{}}
	for i, t := range topics {
		path := paths[t.ID]
		m.topics = append(m.topics, topicKeys{path: path, depth: strings.Count(path, storage.TopicPathSep)})
		for _, k := range append([]string{t.Name}, strings.Split(t.Keywords, ",")...) {
			k = strings.ToLower(strings.TrimSpace(k))
			if k == "" {
				continue
			}
			if hasCJK(k) {
				m.cjk = append(m.cjk, topicKeyword{k, i})
				continue
			}
			words := keywordWords(k)
			if len(words) == 0 {
				continue
			}
			j := strings.Join(words, " ")
			m.byWords[j] = append(m.byWords[j], i)
			m.firsts[words[0]] = max(m.firsts[words[0]], len(words))
		}
	}
	return m
}

// keywordWords splits lower-case text into words as the tokenizer does.
func keywordWords(s string) []string {
	var out []string
	for _, t := range tokenize([]rune(s)) {
		if t.isWord() {
			out = append(out, t.lower)
		}
	}
	return out
}

// Empty reports whether the project has no topics.
func (m *TopicModel) Empty() bool { return m == nil || len(m.topics) == 0 }

// Match returns the topic whose keywords the sentence names most (by
// length of the keywords; deeper topics win ties), with the keyword that
// decided.
func (m *TopicModel) Match(sentence string) (path, keyword string) {
	if m.Empty() {
		return "", ""
	}
	return m.match(sentence, keywordWords(strings.ToLower(sentence)))
}

// match is Match with the sentence's lower-case words already split.
func (m *TopicModel) match(sentence string, words []string) (path, keyword string) {
	if m.Empty() {
		return "", ""
	}
	score := make(map[int]int)
	first := make(map[int]string)
	hit := func(k string, ts []int) {
		for _, t := range ts {
			score[t] += len([]rune(k))
			if first[t] == "" {
				first[t] = k
			}
		}
	}
	for i, w := range words {
		most, ok := m.firsts[w]
		if !ok {
			continue
		}
		for n := 1; n <= most && i+n <= len(words); n++ {
			k := w
			if n > 1 {
				k = strings.Join(words[i:i+n], " ")
			}
			if ts, ok := m.byWords[k]; ok {
				hit(k, ts)
			}
		}
	}
	if len(m.cjk) > 0 && hasCJK(sentence) {
		for _, k := range m.cjk {
			if strings.Contains(sentence, k.key) {
				hit(k.key, []int{k.topic})
			}
		}
	}
	best, bestN := -1, 0
	for t, n := range score {
		if n > bestN || n == bestN && (m.topics[t].depth > m.topics[best].depth || m.topics[t].depth == m.topics[best].depth && t < best) {
			best, bestN = t, n
		}
	}
	if best < 0 {
		return "", ""
	}
	return m.topics[best].path, first[best]
}

// topicFor proposes a topic: the project's keywords first, then the
// classifier trained on coded statements, then the starter tree.
func (p *Proposer) topicFor(text string, toks []token, starter *TopicModel) (string, string) {
	words := make([]string, 0, len(toks))
	for _, t := range toks {
		if t.isWord() {
			words = append(words, t.lower)
		}
	}
	if path, kw := p.Topics.match(text, words); path != "" {
		return path, fmt.Sprintf("topic: keyword '%s' of %s", kw, path)
	}
	if p.Classifier != nil {
		if path, conf := p.Classifier.Classify(text); path != "" {
			return path, fmt.Sprintf("topic: like coded statements on %s (%.0f%%)", path, conf*100)
		}
	}
	if !starter.Empty() {
		if path, kw := starter.match(text, words); path != "" {
			return path, fmt.Sprintf("topic: keyword '%s' of the starter topic %s", kw, path)
		}
	}
	return "", ""
}
