package ingest

import (
	_ "embed"
	"fmt"
	"slices"
	"strings"
	"sync"
	"unicode"
)

// officialsData is the list of known officials (see the file's header).
//
//go:embed officials.tsv
var officialsData string

// official is one known office-holder: the party they speak for and the
// name they were found by.
type official struct {
	party string
	role  string
	years string
}

// officialIndex finds known officials by name. A name listed for two
// parties decides neither (ambiguous); so does an English family name
// many people share ("Kim", "Li", "Wang"), which the list may not hold
// alone.
type officialIndex struct {
	byKey   map[string]*official // normalised English name or Chinese name
	byFirst map[string][]int     // first word of an English name → its lengths in words, longest first
	cjk     map[rune][][]rune    // first character of a Chinese name → the names, longest first
	rows    int
}

// sharedFamilyNames are English family names too common to stand alone.
var sharedFamilyNames = set("kim", "lee", "li", "wang", "park", "cho", "kang", "chung", "yang", "zhang", "liu",
	"chen", "zhao", "wu", "zhou", "xu", "sun", "ma", "hu", "han", "yu", "wong", "nguyen", "pham", "singh", "khan",
	"ahmed", "ali", "mohammed", "mohamed", "muhammad", "abdullah", "salman", "smith", "jones", "brown", "johnson",
	"may", "rice", "hunt", "cohen", "katz", "sharif", "harris")

// knownOfficials is the index of officials.tsv, read once.
var knownOfficials = sync.OnceValue(func() *officialIndex {
	ix, err := parseOfficials(officialsData)
	if err != nil {
		panic(err) // the embedded file is checked by TestOfficialsData
	}
	return ix
})

// parseOfficials reads the tab-separated list: party, role, years,
// English names, Chinese names (names ";"-separated).
func parseOfficials(data string) (*officialIndex, error) {
	ix := &officialIndex{byKey: map[string]*official{}, byFirst: map[string][]int{}, cjk: map[rune][][]rune{}}
	ambiguous := map[string]bool{}
	put := func(k string, o *official) {
		if old := ix.byKey[k]; old != nil && old.party != o.party {
			ambiguous[k] = true
		}
		if ix.byKey[k] == nil {
			ix.byKey[k] = o
		}
	}
	for n, line := range strings.Split(data, "\n") {
		if strings.TrimSpace(line) == "" || strings.HasPrefix(line, "#") {
			continue
		}
		f := strings.Split(line, "\t")
		if len(f) < 4 || f[0] == "" {
			return nil, fmt.Errorf("officials line %d: want party, role, years, names, chinese names separated by tabs", n+1)
		}
		o := &official{party: f[0], role: f[1], years: f[2]}
		ix.rows++
		for _, name := range strings.Split(f[3], ";") {
			words := nameWords(name)
			if len(words) == 0 {
				continue
			}
			if len(words) == 1 && sharedFamilyNames[strings.ToLower(words[0])] {
				return nil, fmt.Errorf("officials line %d: %q alone is a family name many share; give the full name", n+1, name)
			}
			k := strings.Join(words, " ")
			put(k, o)
			if !slices.Contains(ix.byFirst[words[0]], len(words)) {
				ix.byFirst[words[0]] = append(ix.byFirst[words[0]], len(words))
			}
		}
		if len(f) > 4 {
			for _, name := range strings.Split(f[4], ";") {
				for _, name := range hantNames(strings.TrimSpace(name)) {
					if r := []rune(name); len(r) >= 2 {
						if !ambiguous[name] && ix.byKey[name] == nil {
							ix.cjk[r[0]] = append(ix.cjk[r[0]], r)
						}
						put(name, o)
					}
				}
			}
		}
	}
	for k := range ambiguous {
		ix.byKey[k] = nil
	}
	for _, ls := range ix.byFirst {
		slices.SortFunc(ls, func(a, b int) int { return b - a })
	}
	for _, ns := range ix.cjk {
		slices.SortFunc(ns, func(a, b []rune) int { return len(b) - len(a) })
	}
	return ix, nil
}

// nameWords is a name as the words the tokenizer makes of it, without
// full stops and hyphens, so that "S. Jaishankar" and "S Jaishankar",
// "Jean-Noël" and "Jean Noël" meet.
func nameWords(name string) []string {
	var out []string
	for _, t := range tokenize([]rune(name)) {
		if t.isWord() {
			out = append(out, t.text)
		}
	}
	return out
}

// lookup returns the known official a speaker's name names, or nil when
// the name is unknown or ambiguous.
func (ix *officialIndex) lookup(name string) *official {
	if o := ix.byKey[strings.TrimSpace(name)]; o != nil {
		return o
	}
	if o := ix.byKey[strings.Join(nameWords(name), " ")]; o != nil {
		return o
	}
	return ix.dottedOfficial(name) // speakers_cjk_dotted.go

}

// at matches a known official's English name at toks[i] (not inside a
// party's mention): it returns where the name ends, or i when none does.
func (ix *officialIndex) at(toks []token, entAt []*mention, i int) int {
	lens := ix.byFirst[toks[i].text]
	if len(lens) == 0 || !isCapitalized(toks[i].text) {
		return i
	}
	for _, n := range lens {
		var words []string
		j := i
		for j < len(toks) && len(words) < n {
			t := toks[j]
			switch {
			case t.isWord():
				words = append(words, t.text)
			case t.punct == '.' && len(words) > 0 && len([]rune(words[len(words)-1])) <= 2:
				// "S. Jaishankar", "Jr."
			default:
				j = len(toks) + 1
				continue
			}
			j++
		}
		if len(words) != n || j > len(toks) || ix.byKey[strings.Join(words, " ")] == nil {
			continue
		}
		if n == 1 && entAt[i] != nil {
			continue // "Israel" is a country before it is a name
		}
		if j < len(toks) && toks[j].isWord() && isCapitalized(toks[j].text) && entAt[j] == nil {
			continue // the name goes on: someone else's
		}
		return j
	}
	return i
}

// cjkKnownOfficials finds the Chinese names of known officials standing
// alone ("王毅会见布林肯"): between punctuation, a verb of meeting or a
// preposition before, and what may follow a name after.
func (b *speakerBook) cjkKnownOfficials(seq []rune, han func(int) bool, c *cjkFinds) {
	ix := knownOfficials()
	for i := range seq {
		if c.taken[i] || !han(i) || !cjkNameStart(seq, i) {
			continue
		}
		for _, name := range ix.cjk[seq[i]] {
			end := i + len(name)
			if !hasRunesAt(seq, i, name) || slices.Contains(c.taken[i:end], true) {
				continue
			}
			// "王毅另会见…", "王毅还会见…": an adverb between the name and
			// its verb (batch late 34).
			adverb := end+1 < len(seq) && strings.ContainsRune(cjkAdverbs, seq[end]) && startsAny(seq, end+1, cjkAfterName)
			if end < len(seq) && unicode.Is(unicode.Han, seq[end]) && !startsAny(seq, end, cjkAfterName) && !dateAt(seq, end) && !adverb {
				continue
			}
			sp := b.add(&Speaker{Name: string(name)})
			c.add(speakerMention{sp: sp, from: i, to: end, nameAt: i, reason: "speaker: '" + sp.Name + "' named"})
			break
		}
	}
}

// cjkBeforeName are what may stand right before a name: verbs of meeting
// and prepositions.
var cjkBeforeName = [][]rune{[]rune("会见"), []rune("会晤"), []rune("会谈"), []rune("致电"), []rune("同"), []rune("与"),
	[]rune("和"), []rune("向"), []rune("对"), []rune("及"), []rune("应"), []rune("邀请"), []rune("引述")}

func cjkNameStart(seq []rune, i int) bool {
	if i == 0 || !unicode.Is(unicode.Han, seq[i-1]) {
		return true
	}
	for _, w := range cjkBeforeName {
		if hasRunesAt(seq, i-len(w), w) {
			return true
		}
	}
	return false
}

// officialParty is the party the list of known officials gives a speaker
// the text gave none, with the reason; "" when the list does not decide.
// The project's speakers and those a lesson taught keep what they have.
func (st *state) officialParty(sp *Speaker) (*Entity, string) {
	if sp == nil || sp.Party != "" || sp.ID != 0 || st.taught[sp] {
		return nil, ""
	}
	o := knownOfficials().lookup(sp.Name)
	if o == nil {
		return nil, ""
	}
	e := st.p.Gaz.Lookup(o.party)
	if e == nil {
		return nil, ""
	}
	role, _, _ := strings.Cut(o.role, ";")
	return e, fmt.Sprintf("party: %s (%s: a known official of %s, %s)", e.Name, sp.Name, withArticle(e.Name), role)
}

// withArticle writes a party's name as a sentence needs it: "the United
// States", "China".
func withArticle(name string) string {
	for _, p := range []string{"United ", "European ", "Netherlands", "Philippines", "Czech Republic"} {
		if strings.HasPrefix(name, p) {
			return "the " + name
		}
	}
	return name
}

// nameHantPairs hold characters of transliterated names in simplified
// form followed by their traditional form, as Hong Kong and Taiwan media
// write them (米歇爾, 馬塔雷拉, 克裏); kind_hant.go leaves them as written,
// so that the speaker keeps the name the text gives.
const nameHantPairs = "尔爾马馬里裏顿頓逊遜纳納奥奧龙龍约約苏蘇冯馮莱萊锡錫悦悅赵趙图圖盖蓋鲁魯劳勞赖賴纽紐齐齊乔喬库庫"

// hantNames are name and its spellings in traditional characters: the
// characters of nameHantPairs changed (里 also as 裡); those that
// hantToHans reads as simplified need none.
func hantNames(name string) []string {
	pairs := []rune(nameHantPairs)
	out := []string{name}
	for _, alt := range []map[rune]rune{{}, {'里': '裡'}} {
		r := []rune(name)
		changed := false
		for i, c := range r {
			if t, ok := alt[c]; ok {
				r[i], changed = t, true
				continue
			}
			for k := 0; k+1 < len(pairs); k += 2 {
				if pairs[k] == c {
					r[i], changed = pairs[k+1], true
					break
				}
			}
		}
		if v := string(r); changed && !slices.Contains(out, v) {
			out = append(out, v)
		}
	}
	return out
}
