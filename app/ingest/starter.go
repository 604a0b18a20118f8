package ingest

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"parley/storage"
)

// StarterTopic is a topic of the tree proposed for an empty project.
type StarterTopic struct {
	Path     string
	Keywords string
}

// starterTrees are the topic trees the importer offers an empty project,
// each with the words that say a source is about its subject.
var starterTrees = []struct {
	subject string
	signals []string
	topics  []StarterTopic
}{
	{"human rights", []string{"human rights", "人权", "freedom", "detention", "minorities"}, []StarterTopic{
		{"Human rights concept", "human rights concept,development path,human rights model,modernization,modernisation,people-centred,people-centered,achievements,universality,double standards,politicizing,politicising"},
		{"Civil and political rights", "freedom of expression,freedom of religion,religious,belief,assembly,detention,detained,torture,death penalty,journalists,defenders,lawyers,civil society"},
		{"Economic, social and cultural rights", "economic, social and cultural,poverty,development,education,health,schools,cultural"},
		{"Regional issues/Xinjiang", "xinjiang,uyghur,uighur,新疆"},
		{"Regional issues/Xizang (Tibet)", "xizang,tibet,tibetan,西藏"},
		{"Regional issues/Hong Kong", "hong kong,national security law,香港"},
		{"Individual cases", "individual cases,case of,cases of,release of,imprisoned,sentenced"},
		{"Migration and racism", "refugees,migrants,migration,racism,xenophobia,discrimination,asylum"},
		{"Women, children and disability", "women,children,gender,persons with disabilities,disabilities,violence against women"},
		{"Business and human rights", "business and human rights,forced labour,forced labor,supply chain,due diligence"},
		{"Dialogue and cooperation", "dialogue,cooperation,exchanges,mutual understanding,communication,next round,candid,constructive"},
		{"Multilateral fora", "united nations,human rights council,un,ohchr,multilateral,treaty bodies"},
	}},
	{"trade and economy", []string{"trade", "tariff", "market access", "investment", "贸易"}, []StarterTopic{
		{"Market access", "market access,level playing field,procurement,investment"},
		{"Trade defence", "tariffs,anti-dumping,subsidies,overcapacity,countervailing"},
		{"Supply chains", "supply chain,critical raw materials,export controls,semiconductors"},
		{"Dialogue and cooperation", "dialogue,cooperation,working group,mechanism"},
	}},
	{"security", []string{"security", "military", "nuclear", "war", "ceasefire"}, []StarterTopic{
		{"Regional conflicts", "ukraine,middle east,gaza,ceasefire,war,conflict"},
		{"Arms control and non-proliferation", "nuclear,non-proliferation,arms control,missile"},
		{"Maritime security", "south china sea,maritime,navigation,taiwan strait"},
		{"Dialogue and cooperation", "dialogue,cooperation,communication,channels"},
	}},
	{"climate", []string{"climate", "emissions", "energy transition", "cop"}, []StarterTopic{
		{"Emissions and targets", "emissions,targets,carbon,net zero,ndc"},
		{"Climate finance", "finance,loss and damage,fund"},
		{"Energy transition", "renewable,coal,energy transition,methane"},
		{"Dialogue and cooperation", "dialogue,cooperation,working group"},
	}},
}

// StarterTree proposes a topic tree for the subject the text is about
// (the one whose signal words it names most), or nil.
func StarterTree(text string) []StarterTopic {
	counts := make([]int, len(starterTrees))
	// A piece of lines at a time: no signal spans a line break, and the
	// lower case of a whole 50 MB text was a third copy of it in memory.
	for len(text) > 0 {
		end := len(text)
		if end > 1<<16 {
			end = 1 << 16
			if i := strings.IndexByte(text[end:], '\n'); i >= 0 {
				end += i + 1
			} else {
				end = len(text)
			}
		}
		countSignals(counts, lowerText(text[:end]))
		text = text[end:]
	}
	best, bestN := -1, 0
	for i, n := range counts {
		if n > bestN {
			best, bestN = i, n
		}
	}
	if best < 0 {
		return nil
	}
	return starterTrees[best].topics
}

// lowerText is strings.ToLower(s) (invalid bytes become U+FFFD as there),
// without its slow path for text that is not all ASCII: a piece of a
// readout almost always has a curly quote or a dash.
func lowerText(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	for i := 0; i < len(s); {
		if c := s[i]; c < utf8.RuneSelf {
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			b.WriteByte(c)
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		b.WriteRune(unicode.ToLower(r))
		i += n
	}
	return b.String()
}

// signalsByFirst lists, by its first byte, each non-empty signal of
// starterTrees: its tree, the signal and its number among them all.
var signalsByFirst, signalCount = func() (by [256][]treeSignal, n int) {
	for i, t := range starterTrees {
		for _, s := range t.signals {
			if s != "" {
				by[s[0]] = append(by[s[0]], treeSignal{i, s, n})
				n++
			}
		}
	}
	return by, n
}()

type treeSignal struct {
	tree   int
	signal string
	n      int
}

// countSignals adds to counts, for each tree, how often low holds each of
// its signals, as strings.Count counts them (each occurrence starting at
// or after the end of the one counted before), in one pass over low
// instead of one for each signal.
func countSignals(counts []int, low string) {
	next := make([]int, signalCount) // each signal's first offset free to count it again
	for i := 0; i < len(low); i++ {
		for _, ts := range signalsByFirst[low[i]] {
			if i >= next[ts.n] && (len(ts.signal) < 2 || i+1 < len(low) && low[i+1] == ts.signal[1]) && strings.HasPrefix(low[i:], ts.signal) {
				counts[ts.tree]++
				next[ts.n] = i + len(ts.signal)
			}
		}
	}
}

// StarterTopics turns a starter tree into topics for a TopicModel, with
// ids standing for the parents the paths name.
func StarterTopics(tree []StarterTopic) []storage.Topic {
	var out []storage.Topic
	ids := map[string]int64{}
	for _, st := range tree {
		parts := strings.Split(st.Path, storage.TopicPathSep)
		var parent *int64
		for i := range parts {
			p := strings.Join(parts[:i+1], storage.TopicPathSep)
			id, ok := ids[p]
			if !ok {
				id = int64(len(ids) + 1)
				ids[p] = id
				t := storage.Topic{ID: id, Name: parts[i], ParentID: parent}
				if i == len(parts)-1 {
					t.Keywords = st.Keywords
				}
				out = append(out, t)
			}
			parent = &id
		}
	}
	return out
}
