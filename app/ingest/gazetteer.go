package ingest

import (
	"sort"
	"strings"
	"unicode/utf8"

	"parley/storage"
)

// Entity is a party the importer can recognise: a state, an international
// organisation, or one of the project's own parties.
type Entity struct {
	Name    string // canonical name, e.g. "European Union"
	Short   string // e.g. "EU"
	Color   string // "#rrggbb"
	PartyID int64  // the project's party, 0 while it has none
	aliases []string
}

// Gazetteer finds entities in sentences by their names, short names,
// demonyms, capitals and ministries, in English and Chinese.
type Gazetteer struct {
	entities []*Entity
	byFirst  map[string][]aliasSeq // first token key → alias token sequences, longest first
	seqs     map[string]*Entity    // joined sequence → entity
	cjk      []cjkAlias            // Chinese aliases, longest first
	cjkFirst firstRuneIndex        // the aliases of cjk by their first rune
	// firstLens has bit min(n, 63) of firstLens[b] set when a key of
	// byFirst starts with byte b and is n bytes long: most words are no
	// alias's first word, and this tells so without hashing them.
	firstLens [256]uint64
	byName    map[string]*Entity // lower-cased alias → entity
	byParty   map[int64]*Entity
}

// aliasSeq is an alias's token keys and the entity it names.
type aliasSeq struct {
	seq []string
	ent *Entity
}

type cjkAlias struct {
	text string
	ent  *Entity
}

// NewGazetteer returns the built-in gazetteer.
func NewGazetteer() *Gazetteer {
	g := &Gazetteer{byFirst: map[string][]aliasSeq{}, seqs: map[string]*Entity{},
		byName: map[string]*Entity{}, byParty: map[int64]*Entity{}}
	for _, line := range strings.Split(strings.TrimSpace(gazetteerData), "\n") {
		f := strings.Split(line, "|")
		if len(f) != 4 {
			continue
		}
		e := &Entity{Name: f[0], Short: f[1], Color: f[2]}
		g.addAliases(e, strings.Split(f[3], ";")...)
	}
	g.reindex()
	return g
}

// add teaches g the entity e by its names and aliases.
func (g *Gazetteer) add(e *Entity, aliases ...string) {
	g.addAliases(e, aliases...)
	g.reindex()
}

// addAliases is add without the reindex that must follow.
func (g *Gazetteer) addAliases(e *Entity, aliases ...string) {
	known := false
	for _, x := range g.entities {
		known = known || x == e
	}
	if !known {
		g.entities = append(g.entities, e)
	}
	for _, a := range append([]string{e.Name, e.Short}, aliases...) {
		a = strings.TrimSpace(a)
		if a == "" {
			continue
		}
		e.aliases = append(e.aliases, a)
		if _, ok := g.byName[strings.ToLower(a)]; !ok {
			g.byName[strings.ToLower(a)] = e
		}
		if hasCJK(a) {
			g.cjk = append(g.cjk, cjkAlias{a, e})
			continue
		}
		toks := tokenize([]rune(a))
		seq := make([]string, 0, len(toks))
		for n, t := range toks {
			seq = append(seq, seqKey(t, n == len(toks)-1))
		}
		if len(seq) == 0 {
			continue
		}
		j := strings.Join(seq, " ")
		if _, ok := g.seqs[j]; ok {
			continue
		}
		g.seqs[j] = e
		first := key(toks[0].text)
		g.byFirst[first] = append(g.byFirst[first], aliasSeq{seq, e})
	}
}

// reindex orders the aliases longest first (the same lengths in the order
// they were added) and indexes the Chinese ones by their first rune.
func (g *Gazetteer) reindex() {
	sort.SliceStable(g.cjk, func(i, j int) bool { return len(g.cjk[i].text) > len(g.cjk[j].text) })
	g.cjkFirst = newFirstRuneIndex(len(g.cjk), func(i int) string { return g.cjk[i].text })
	g.firstLens = [256]uint64{}
	for k := range g.byFirst {
		if k != "" {
			g.firstLens[k[0]] |= 1 << min(len(k), 63)
		}
	}
	for k := range g.byFirst {
		s := g.byFirst[k]
		sort.SliceStable(s, func(i, j int) bool { return len(s[i].seq) > len(s[j].seq) })
	}
}

// Lookup finds an entity by any of its names, ignoring case: "EU",
// "European Union" and "欧盟" give the same one.
func (g *Gazetteer) Lookup(name string) *Entity {
	n := strings.TrimSpace(name)
	if e, ok := g.lookupASCII(n); ok {
		return e
	}
	n = strings.ToLower(n)
	if e := g.byName[n]; e != nil {
		return e
	}
	return g.byName[strings.ReplaceAll(n, ".", "")]
}

// lookupASCII is Lookup of a short ASCII name, lower-cased in a buffer
// on the stack rather than in a new string (a party's name is looked up
// for most sentences); ok is false for a name it cannot look up so.
func (g *Gazetteer) lookupASCII(n string) (e *Entity, ok bool) {
	var buf [64]byte
	if len(n) > len(buf) {
		return nil, false
	}
	low, nodots := buf[:len(n)], 0
	for i := 0; i < len(n); i++ {
		c := n[i]
		if c >= utf8.RuneSelf {
			return nil, false
		}
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		low[i] = c
		if c != '.' {
			nodots++
		}
	}
	if e := g.byName[string(low)]; e != nil {
		return e, true
	}
	// Then with the dots dropped ("U.S." as "us").
	j := 0
	for _, c := range low {
		if c != '.' {
			low[j] = c
			j++
		}
	}
	return g.byName[string(low[:nodots])], true
}

// AddParties teaches the gazetteer the project's parties: a party named
// like a known entity ("EU") is linked to it, others become entities of
// their own.
func (g *Gazetteer) AddParties(parties []storage.Party) {
	for _, p := range parties {
		e := g.Lookup(p.Name)
		if e == nil && p.ShortName != "" {
			e = g.Lookup(p.ShortName)
		}
		if e == nil {
			e = &Entity{Name: p.Name, Short: p.ShortName}
		}
		e.PartyID, e.Color = p.ID, p.Color
		e.Name = p.Name
		if p.ShortName != "" {
			e.Short = p.ShortName
		}
		g.add(e, p.Name, p.ShortName)
		g.byParty[p.ID] = e
	}
}

// ByParty returns the entity of a project party.
func (g *Gazetteer) ByParty(id int64) *Entity { return g.byParty[id] }

// mention is an entity named in a sentence: tokens [from, to).
type mention struct {
	ent      *Entity
	from, to int
	text     string
}

// find lists the entities named in a tokenised sentence, longest match
// first, and Chinese aliases found by substring.
func (g *Gazetteer) find(toks []token, sentence []rune) []mention {
	var out []mention
	for i := 0; i < len(toks); i++ {
		if !toks[i].isWord() {
			continue
		}
		if i > 0 && (toks[i-1].text == "Northern" || toks[i-1].text == "Inner") {
			continue // "Northern Ireland", "Inner Mongolia": a region, not the state
		}
		k := key(toks[i].text)
		if k != "" && g.firstLens[k[0]]&(1<<min(len(k), 63)) == 0 {
			continue
		}
		for _, a := range g.byFirst[k] {
			if m, ok := matchSeq(toks, i, a.seq); ok {
				out = append(out, mention{ent: a.ent, from: i, to: m,
					text: string(sentence[toks[i].start:toks[m-1].end])})
				i = m - 1
				break
			}
		}
	}
	if len(g.cjk) > 0 && hasCJKRunes(sentence) {
		out = append(out, g.findCJK(toks, sentence)...)
		sort.Slice(out, func(i, j int) bool { return out[i].from < out[j].from })
	}
	return out
}

// seqKey is a token's key inside an alias: a possessive inside a name
// ("People's Republic") is part of it, one at the end is not ("China’s").
func seqKey(t token, last bool) string {
	if t.possessive && !last {
		return key(t.text) + "’s"
	}
	return key(t.text)
}

func matchSeq(toks []token, i int, seq []string) (int, bool) {
	j := i
	for n, s := range seq {
		for j < len(toks) && !toks[j].isWord() && toks[j].punct != '\'' {
			if n == 0 {
				return 0, false
			}
			if toks[j].punct == ',' || toks[j].punct == '.' || toks[j].punct == ';' {
				return 0, false
			}
			j++
		}
		if j >= len(toks) || seqKey(toks[j], n == len(seq)-1) != s {
			return 0, false
		}
		j++
	}
	return j, true
}

func (g *Gazetteer) findCJK(toks []token, sentence []rune) []mention {
	// Only the aliases whose first rune the sentence has can be in it;
	// they are tried in the order of g.cjk, longest first, as all were.
	cand := g.cjkFirst.candidates(sentence)
	if len(cand) == 0 {
		return nil
	}
	s := string(sentence)
	taken := make([]bool, len(sentence))
	var out []mention
	for _, ai := range cand {
		a := g.cjk[ai]
		n := utf8.RuneCountInString(a.text)
		// runes is the rune count of s[:off], carried along rather than
		// counted from the start at every match.
		for off, runes := 0, 0; ; {
			k := strings.Index(s[off:], a.text)
			if k < 0 {
				break
			}
			startRune := runes + utf8.RuneCountInString(s[off:off+k])
			off += k + len(a.text)
			runes = startRune + n
			if taken[startRune] {
				continue
			}
			for x := startRune; x < startRune+n; x++ {
				taken[x] = true
			}
			from, to := tokenSpan(toks, startRune, startRune+n)
			out = append(out, mention{ent: a.ent, from: from, to: to, text: a.text})
		}
	}
	return out
}

// tokenSpan maps rune offsets to the tokens that cover them. Tokens come
// in the order of the text and do not overlap, so the first is found by
// bisection: a scan of every token for every name found made a long
// sentence without a stop (Chinese with its punctuation lost) take time
// in its length squared.
func tokenSpan(toks []token, start, end int) (int, int) {
	from := sort.Search(len(toks), func(i int) bool { return toks[i].end > start })
	to := from
	for to < len(toks) && toks[to].start < end {
		to++
	}
	if to == from {
		return 0, 0
	}
	return from, to
}
