package ingest

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"

	"parley/storage"
)

// TopicModel matches sentences to the project's topics by the topics'
// names and keywords.
type TopicModel struct {
	topics []topicKeys
}

type topicKeys struct {
	path string
	keys []string // lower-case
}

// NewTopicModel indexes the names and keywords of topics.
func NewTopicModel(topics []storage.Topic) *TopicModel {
	paths := storage.TopicPathMap(topics)
	m := &TopicModel{}
	for _, t := range topics {
		tk := topicKeys{path: paths[t.ID]}
		for _, k := range append([]string{t.Name}, strings.Split(t.Keywords, ",")...) {
			if k = strings.ToLower(strings.TrimSpace(k)); k != "" {
				tk.keys = append(tk.keys, k)
			}
		}
		m.topics = append(m.topics, tk)
	}
	return m
}

// Empty reports whether the project has no topics.
func (m *TopicModel) Empty() bool { return m == nil || len(m.topics) == 0 }

// Match returns the topic whose keywords the sentence names most (deeper
// topics win ties), with the keyword that decided.
func (m *TopicModel) Match(sentence string) (path, keyword string) {
	if m == nil {
		return "", ""
	}
	low := strings.ToLower(sentence)
	best, bestN := -1, 0
	for i, t := range m.topics {
		n, first := 0, ""
		for _, k := range t.keys {
			if containsWord(low, k) {
				n += len([]rune(k))
				if first == "" {
					first = k
				}
			}
		}
		if n > bestN || n == bestN && n > 0 && strings.Count(t.path, storage.TopicPathSep) > strings.Count(m.topics[best].path, storage.TopicPathSep) {
			best, bestN, keyword = i, n, first
		}
	}
	if best < 0 {
		return "", ""
	}
	return m.topics[best].path, keyword
}

// containsWord finds k in s at word boundaries (any place for Chinese).
func containsWord(s, k string) bool {
	for off := 0; ; {
		i := strings.Index(s[off:], k)
		if i < 0 {
			return false
		}
		i += off
		if hasCJK(k) || boundary(s, i-1, true) && boundary(s, i+len(k), false) {
			return true
		}
		off = i + 1
	}
}

func boundary(s string, i int, before bool) bool {
	if i < 0 || i >= len(s) {
		return true
	}
	var r rune
	if before {
		r, _ = utf8.DecodeLastRuneInString(s[:i+1])
	} else {
		r, _ = utf8.DecodeRuneInString(s[i:])
	}
	return !unicode.IsLetter(r) && !unicode.IsDigit(r)
}

// topicFor proposes a topic: the project's keywords first, then the
// classifier trained on coded statements, then the starter tree.
func (p *Proposer) topicFor(text string, starter *TopicModel) (string, string) {
	if path, kw := p.Topics.Match(text); path != "" {
		return path, fmt.Sprintf("topic: keyword '%s' of %s", kw, path)
	}
	if p.Classifier != nil {
		if path, conf := p.Classifier.Classify(text); path != "" {
			return path, fmt.Sprintf("topic: like coded statements on %s (%.0f%%)", path, conf*100)
		}
	}
	if !starter.Empty() {
		if path, kw := starter.Match(text); path != "" {
			return path, fmt.Sprintf("topic: keyword '%s' of the starter topic %s", kw, path)
		}
	}
	return "", ""
}
