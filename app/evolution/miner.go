package evolution

import (
	"math/bits"
	"slices"
	"strings"
	"unicode"
)

// maxGram is the longest n-gram the miner counts.
const maxGram = 4

// gramKey is one party's n-gram, its words as interned IDs (0 pads).
type gramKey struct {
	w     [maxGram]uint32
	party uint32
}

// gramEntry counts one gram: the statements using it, the rounds it
// appears in (a bitset in the miner's arena) and the last statement seen,
// so that a statement counts once.
type gramEntry struct {
	count int32
	last  int32 // statement number + 1
	at    int32 // offset of its round bitset in the arena
}

// miner counts n-grams statement by statement. Its memory grows with the
// number of distinct n-grams: about 60 bytes each.
type miner struct {
	o       PhraseOptions
	rounds  int
	words   int // uint64s per round bitset
	vocab   map[string]uint32
	names   []string // ID → word
	stop    []bool   // ID → is a stopword
	parties map[int64]uint32
	partyID []int64
	grams   map[gramKey]int32
	entries []gramEntry
	keys    []gramKey
	arena   []uint64
	firsts  []first // the first statement of each (gram, round)
	// examples holds, for the grams kept, the first statement per round.
	examples map[int32][]int64
	n        int32 // statements added
	seg      []uint32
	toks     []token         // the statement being read, reused
	boring   map[string]bool // words a phrase needs more than (see boringWords)
	dull     []bool          // ID → is boring
}

type first struct {
	entry int32
	round int32
	id    int64
}

func newMiner(rounds int, o PhraseOptions) *miner {
	return &miner{o: o, rounds: rounds, words: (rounds + 63) / 64, vocab: map[string]uint32{},
		names: []string{""}, stop: []bool{true}, dull: []bool{true}, parties: map[int64]uint32{}, grams: map[gramKey]int32{}}
}

func (m *miner) word(w string) uint32 {
	if id, ok := m.vocab[w]; ok {
		return id
	}
	w = strings.Clone(w)
	id := uint32(len(m.names))
	m.vocab[w] = id
	m.names = append(m.names, w)
	m.stop = append(m.stop, stopwords[w] || edgeStop[w] || isNumber(w))
	m.dull = append(m.dull, stopwords[w] || m.boring[w])
	return id
}

// edgeStop are words a stock phrase does not start or end with beyond the
// stopwords: who is speaking says nothing of the formula.
var edgeStop = setOf(`delegation delegations representative representatives`)

func isNumber(w string) bool {
	for _, r := range w {
		if !unicode.IsDigit(r) {
			return false
		}
	}
	return true
}

// add counts the n-grams of one statement for each of its parties.
func (m *miner) add(id int64, parties []int64, round int, text string) {
	m.n++
	ps := make([]uint32, 0, len(parties))
	for _, p := range parties {
		ix, ok := m.parties[p]
		if !ok {
			ix = uint32(len(m.partyID))
			m.parties[p] = ix
			m.partyID = append(m.partyID, p)
		}
		ps = append(ps, ix)
	}
	m.seg = m.seg[:0]
	m.toks = tokenizeInto(m.toks[:0], text)
	for _, t := range m.toks {
		switch {
		case t.word:
			m.seg = append(m.seg, m.word(fold(t.text)))
		case breaks(t.text):
			m.segment(id, ps, round)
			m.seg = m.seg[:0]
		}
	}
	m.segment(id, ps, round)
}

// breaks reports whether a gap between words ends a phrase: any
// punctuation but spaces does.
func breaks(gap string) bool {
	for _, r := range gap {
		if !unicode.IsSpace(r) {
			return true
		}
	}
	return false
}

// segment counts the n-grams of a run of words between punctuation.
func (m *miner) segment(id int64, ps []uint32, round int) {
	seg := m.seg
	for i := range seg {
		if m.stop[seg[i]] {
			continue
		}
		for n := m.o.MinWords; n <= m.o.MaxWords && i+n <= len(seg); n++ {
			if m.stop[seg[i+n-1]] || m.allDull(seg[i:i+n]) {
				continue
			}
			var k gramKey
			copy(k.w[:], seg[i:i+n])
			for _, p := range ps {
				k.party = p
				m.count(k, id, round)
			}
		}
	}
}

func (m *miner) count(k gramKey, id int64, round int) {
	ix, ok := m.grams[k]
	if !ok {
		ix = int32(len(m.entries))
		m.grams[k] = ix
		m.entries = append(m.entries, gramEntry{at: int32(len(m.arena))})
		m.keys = append(m.keys, k)
		m.arena = append(m.arena, make([]uint64, m.words)...)
	}
	e := &m.entries[ix]
	if e.last == m.n {
		return
	}
	e.last = m.n
	e.count++
	w := &m.arena[int(e.at)+round/64]
	if *w&(1<<(round%64)) == 0 {
		*w |= 1 << (round % 64)
		m.firsts = append(m.firsts, first{entry: ix, round: int32(round), id: id})
	}
}

// inRounds counts the rounds of entry ix.
func (m *miner) inRounds(ix int32) int {
	n := 0
	at := int(m.entries[ix].at)
	for _, w := range m.arena[at : at+m.words] {
		n += bits.OnesCount64(w)
	}
	return n
}

func (m *miner) sameRounds(a, b int32) bool {
	x, y := int(m.entries[a].at), int(m.entries[b].at)
	for i := 0; i < m.words; i++ {
		if m.arena[x+i] != m.arena[y+i] {
			return false
		}
	}
	return true
}

// phrases turns the grams seen in MinRounds rounds into phrases, leaving
// out a gram inside a longer one of the same party and rounds, and joining
// the overlapping longest grams of one recurring passage into one phrase.
func (m *miner) phrases() []Phrase {
	var keep []int32
	for ix := range m.entries {
		if m.inRounds(int32(ix)) >= m.o.MinRounds {
			keep = append(keep, int32(ix))
		}
	}
	covered := map[int32]bool{}
	for _, ix := range keep {
		m.cover(ix, covered)
	}
	var free []int32
	for _, ix := range keep {
		if !covered[ix] {
			free = append(free, ix)
		}
	}
	m.examples = make(map[int32][]int64, len(free))
	for _, ix := range free {
		m.examples[ix] = make([]int64, m.rounds)
	}
	for _, f := range m.firsts {
		if ex, ok := m.examples[f.entry]; ok {
			ex[f.round] = f.id
		}
	}
	var out []Phrase
	for _, chain := range m.chains(free) {
		out = append(out, m.phrase(chain))
	}
	return out
}

// chains groups grams into passages. Gram a continues into gram b when b
// starts inside a (its first words are a's last ones), reaches beyond it,
// and has the same party, rounds and count: the two are then one recurring
// passage, which becomes one phrase instead of one per overlapping window.
// Of several such b, the one with the largest overlap (then the longest)
// is taken; a tie, or a b that two grams continue into, ends the chain.
func (m *miner) chains(free []int32) [][]int32 {
	starts := map[gramKey][]int32{} // a gram's first 1..n-1 words → grams
	for _, ix := range free {
		for l := 1; l < gramLen(m.keys[ix]); l++ {
			starts[m.span(ix, 0, l)] = append(starts[m.span(ix, 0, l)], ix)
		}
	}
	next, prev := map[int32]int32{}, map[int32]int{}
	for _, ix := range free {
		if j, ok := m.follower(ix, starts); ok {
			next[ix] = j
			prev[j]++
		}
	}
	var out [][]int32
	done := map[int32]bool{}
	for _, ix := range free {
		if done[ix] || prev[ix] == 1 {
			continue
		}
		chain := []int32{ix}
		done[ix] = true
		for j, ok := next[ix]; ok && prev[j] == 1 && !done[j]; j, ok = next[j] {
			chain = append(chain, j)
			done[j] = true
		}
		out = append(out, chain)
	}
	for _, ix := range free { // a closed loop of windows ("a b a b a")
		if !done[ix] {
			done[ix] = true
			out = append(out, []int32{ix})
		}
	}
	return out
}

// follower finds the gram that gram ix continues into (see chains).
func (m *miner) follower(ix int32, starts map[gramKey][]int32) (int32, bool) {
	n := gramLen(m.keys[ix])
	for k := 1; k < n; k++ {
		best, bestLen, tie := int32(-1), 0, false
		for _, j := range starts[m.span(ix, k, n-k)] {
			l := gramLen(m.keys[j])
			if j == ix || l <= n-k || !m.together(ix, j) {
				continue
			}
			switch {
			case l > bestLen:
				best, bestLen, tie = j, l, false
			case l == bestLen:
				tie = true
			}
		}
		if best >= 0 {
			return best, !tie
		}
	}
	return 0, false
}

// together reports whether two grams have the same rounds, count and
// first statement in each round: most likely parts of one passage.
func (m *miner) together(a, b int32) bool {
	if !m.sameRounds(a, b) || m.entries[a].count != m.entries[b].count {
		return false
	}
	ea, eb := m.examples[a], m.examples[b]
	for r := range ea {
		if ea[r] != eb[r] {
			return false
		}
	}
	return true
}

// span is the key of l words of gram ix from word from.
func (m *miner) span(ix int32, from, l int) gramKey {
	k := m.keys[ix]
	var h gramKey
	copy(h.w[:], k.w[from:from+l])
	h.party = k.party
	return h
}

// words lists the words of a chain of grams.
func (m *miner) chainWords(chain []int32) []string {
	var ids []uint32
	for i, ix := range chain {
		k := m.keys[ix]
		n := gramLen(k)
		if i == 0 {
			ids = append(ids, k.w[:n]...)
			continue
		}
		// the overlap is the longest tail of ids that k starts with
		prevLen := gramLen(m.keys[chain[i-1]])
		for o := min(prevLen, n-1); o >= 1; o-- {
			if slices.Equal(ids[len(ids)-o:], k.w[:o]) {
				ids = append(ids, k.w[o:n]...)
				break
			}
		}
	}
	ws := make([]string, len(ids))
	for i, id := range ids {
		ws[i] = m.names[id]
	}
	return ws
}

// phrase makes the phrase of a chain of grams (see chains).
func (m *miner) phrase(chain []int32) Phrase {
	ix := chain[0]
	k := m.keys[ix]
	p := Phrase{Text: joinGram(m.chainWords(chain)), PartyID: m.partyID[k.party], Count: int(m.entries[ix].count),
		Rounds: make([]bool, m.rounds), Examples: m.examples[ix]}
	at := int(m.entries[ix].at)
	for r := range p.Rounds {
		p.Rounds[r] = m.arena[at+r/64]&(1<<(r%64)) != 0
		if r == 0 {
			continue
		}
		switch {
		case p.Rounds[r] && !p.Rounds[r-1]:
			p.Appears = append(p.Appears, r)
		case !p.Rounds[r] && p.Rounds[r-1]:
			p.Vanishes = append(p.Vanishes, r)
		}
	}
	return p
}

// cover marks the shorter grams inside gram ix that have its rounds.
func (m *miner) cover(ix int32, covered map[int32]bool) {
	k := m.keys[ix]
	n := gramLen(k)
	for l := m.o.MinWords; l < n; l++ {
		for i := 0; i+l <= n; i++ {
			var sub gramKey
			copy(sub.w[:], k.w[i:i+l])
			sub.party = k.party
			if j, ok := m.grams[sub]; ok && m.sameRounds(ix, j) {
				covered[j] = true
			}
		}
	}
}

func gramLen(k gramKey) int {
	n := 0
	for n < maxGram && k.w[n] != 0 {
		n++
	}
	return n
}

// allDull reports whether every word of a gram is a function word, a
// party's name or a reporting verb.
func (m *miner) allDull(ws []uint32) bool {
	for _, w := range ws {
		if !m.dull[w] {
			return false
		}
	}
	return true
}
