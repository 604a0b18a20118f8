package evolution

import (
	"slices"
	"sort"
	"strings"
)

// registeredNames is the register's names and spellings made into keys
// (NameKey), to find the case of a name met in a statement: by its key,
// or as the registered name that holds it as whole words or that it
// holds. A file may give the register a million spellings while a series
// names a few hundred people, so the keys are made once and kept in one
// text, one key a line between spaces, which a search for whole words
// runs over at memory speed; the lines are also kept sorted by key (one
// int32 each, where a map of a million keys took 40 MB), and what a name
// met again was found to belong to is remembered.
type registeredNames struct {
	text   string  // "\n k1 \n k2 \n…", in the register's order
	starts []int   // where each case's lines start in text
	cases  []*Case // the case of each run of lines
	sorted []int32 // the lines' starts, by key; of equal keys, the one that counts last
	at     map[*Case]int
	memo   map[string]*Case
}

// build keys every registered name and spelling of cases, in their order.
func (n *registeredNames) build(cases []*Case) {
	size, count := 1, 0
	for _, c := range cases {
		size += len(c.Name) + 3
		for _, s := range c.Spellings {
			size += len(s) + 3
		}
		count += 1 + len(c.Spellings)
	}
	n.at = make(map[*Case]int, len(cases))
	n.memo = map[string]*Case{}
	n.sorted = make([]int32, 0, count)
	var text strings.Builder // its String does not copy
	text.Grow(size)
	text.WriteByte('\n')
	var key []byte
	for i, c := range cases {
		n.starts = append(n.starts, text.Len())
		n.cases = append(n.cases, c)
		n.at[c] = i
		for _, s := range append([]string{c.Name}, c.Spellings...) {
			n.sorted = append(n.sorted, int32(text.Len()))
			key = appendNameKey(append(key[:0], ' '), s)
			text.Write(append(key, ' ', '\n'))
		}
	}
	n.text = text.String()
	// Of lines with the same key, a spelling counts over another case's
	// name, and a later line over an earlier one.
	isName := func(at int32) bool {
		i := sort.SearchInts(n.starts, int(at))
		return i < len(n.starts) && n.starts[i] == int(at)
	}
	slices.SortStableFunc(n.sorted, func(a, b int32) int {
		if c := strings.Compare(n.key(a), n.key(b)); c != 0 {
			return c
		}
		if an, bn := isName(a), isName(b); an != bn {
			if an {
				return -1
			}
			return 1
		}
		return int(a - b)
	})
}

// key is the key on the line of text that starts at at (" key \n").
func (n *registeredNames) key(at int32) string {
	from := int(at) + 1
	return n.text[from : from+strings.IndexByte(n.text[from:], '\n')-1]
}

// caseAt is the case whose run of lines holds the text's byte at.
func (n *registeredNames) caseAt(at int) *Case {
	return n.cases[sort.SearchInts(n.starts, at+1)-1]
}

// lookup is the registered case with a name or spelling of key k.
func (n *registeredNames) lookup(k string) (*Case, bool) {
	i := sort.Search(len(n.sorted), func(i int) bool { return n.key(n.sorted[i]) > k })
	if i == 0 || n.key(n.sorted[i-1]) != k {
		return nil, false
	}
	return n.caseAt(int(n.sorted[i-1])), true
}

// around is the first registered case (in the register's order) with a
// name or spelling of several words that holds key as whole words or is
// held by it; key must have several words too (one word, "Lama", is too
// little to go by).
func (n *registeredNames) around(key string) (*Case, bool) {
	if !strings.Contains(key, " ") {
		return nil, false
	}
	if c, ok := n.memo[key]; ok {
		return c, c != nil
	}
	best := -1
	// A registered name that holds key: the first line with " key ".
	if at := strings.Index(n.text, " "+key+" "); at >= 0 {
		best = n.at[n.caseAt(at)]
	}
	// A registered name that key holds: one of key's runs of two words
	// or more.
	words := strings.Split(key, " ")
	for i := range words {
		for j := i + 2; j <= len(words); j++ {
			if c, ok := n.lookup(strings.Join(words[i:j], " ")); ok && (best < 0 || n.at[c] < best) {
				best = n.at[c]
			}
		}
	}
	var c *Case
	if best >= 0 {
		c = n.cases[best]
	}
	n.memo[key] = c
	return c, c != nil
}
