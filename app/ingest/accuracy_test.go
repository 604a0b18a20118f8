package ingest

import (
	"bufio"
	"context"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strings"
	"testing"
)

// label is the expected reading of one sentence of a fixture, as an
// analyst judged it.
type label struct {
	parties  []string // sorted; nil for "skip"
	speaker  string   // "" for none
	kind     string   // "" for skip
	topic    string   // "" for no topic
	hasTopic bool     // the label file gives topics
	prefix   string
}

// fixture is one labelled readout: its author, publisher, the batch of
// held-out readouts it came in ("" for the older ones) and its labels.
type fixture struct {
	name, author, publisher, batch string
	labels                         []label
	// heldOut marks a readout of the held-out part, whose text the tests
	// never print: whoever reads the output may be writing rules.
	heldOut bool
}

// readFixture reads name.labels: "# author:", "# publisher:",
// "# source:" and (for a held-out batch) "# batch:" lines, then one line a sentence: party (A+B for joint,
// "skip"), speaker, kind, optionally a topic path, and the sentence's
// first words; "-" for none.
func readFixture(t *testing.T, dir, name string) fixture {
	t.Helper()
	path := filepath.Join("testdata", dir, name+".labels")
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	fx := fixture{name: name, heldOut: dir == "heldout"}
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := sc.Text()
		if a, ok := strings.CutPrefix(line, "# author:"); ok {
			fx.author = strings.TrimSpace(a)
			continue
		}
		if p, ok := strings.CutPrefix(line, "# publisher:"); ok {
			fx.publisher = strings.TrimSpace(p)
			continue
		}
		if b, ok := strings.CutPrefix(line, "# batch:"); ok {
			fx.batch = strings.TrimSpace(b)
			continue
		}
		if strings.HasPrefix(line, "#") || strings.TrimSpace(line) == "" {
			continue
		}
		f := strings.Split(line, "\t")
		if len(f) != 4 && len(f) != 5 {
			t.Fatalf("%s: bad label line %q", path, line)
		}
		l := label{speaker: strings.Trim(f[1], "-"), kind: strings.Trim(f[2], "-"), prefix: f[len(f)-1]}
		if len(f) == 5 {
			l.hasTopic, l.topic = true, strings.Trim(f[3], "-")
		}
		if f[0] != "skip" {
			l.parties = strings.Split(f[0], "+")
			sort.Strings(l.parties)
		}
		fx.labels = append(fx.labels, l)
	}
	if fx.publisher == "" {
		t.Fatalf("%s: no '# publisher:' line", path)
	}
	return fx
}

// score counts the sentences right on party, speaker, kind, all three
// together, and topic (over the sentences labelled with topics); conf
// counts the kinds missed, the analyst's kind and the importer's.
type score struct {
	n, party, speaker, kind, all, topicN, topic int
	conf                                        map[[2]string]int
	misses                                      map[string]int // party and speaker misses by what went wrong
}

func (s score) pct(x int) float64 { return 100 * float64(x) / float64(max(s.n, 1)) }

func (s score) topicPct() float64 { return 100 * float64(s.topic) / float64(max(s.topicN, 1)) }

func (s score) add(o score) score {
	conf := map[[2]string]int{}
	for k, v := range s.conf {
		conf[k] += v
	}
	for k, v := range o.conf {
		conf[k] += v
	}
	misses := map[string]int{}
	for k, v := range s.misses {
		misses[k] += v
	}
	for k, v := range o.misses {
		misses[k] += v
	}
	return score{s.n + o.n, s.party + o.party, s.speaker + o.speaker, s.kind + o.kind, s.all + o.all,
		s.topicN + o.topicN, s.topic + o.topic, conf, misses}
}

// missList lists the party and speaker misses by what went wrong, most
// frequent first, so the held-out part can say where it fails without
// printing a sentence of it.
func (s score) missList() []string {
	keys := make([]string, 0, len(s.misses))
	for k := range s.misses {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool {
		if s.misses[keys[i]] != s.misses[keys[j]] {
			return s.misses[keys[i]] > s.misses[keys[j]]
		}
		return keys[i] < keys[j]
	})
	out := make([]string, len(keys))
	for i, k := range keys {
		out[i] = fmt.Sprintf("%s %d", k, s.misses[k])
	}
	return out
}

// partyMiss names what went wrong with the holding party of a sentence.
func partyMiss(pr Proposal, l label, author string) string {
	switch {
	case l.parties == nil:
		return "party: a skipped line proposed as a statement"
	case pr.Skip:
		return "party: a statement skipped"
	case len(l.parties) > 1 && len(pr.Parties) == 1:
		return "party: joint as one side"
	case len(l.parties) == 1 && len(pr.Parties) > 1:
		return "party: one side as joint"
	case len(l.parties) == 1 && len(pr.Parties) == 1 && pr.Parties[0] == author:
		return "party: another side as the author"
	case len(l.parties) == 1 && l.parties[0] == author:
		return "party: the author as another side"
	}
	return "party: other sides"
}

// speakerMiss names what went wrong with the speaker of a sentence.
func speakerMiss(pr Proposal, l label) string {
	got := speakerName(pr.Speaker)
	switch {
	case l.parties == nil || pr.Skip:
		return "speaker: skipped or not"
	case l.speaker == "":
		return "speaker: none as someone"
	case got == "":
		return "speaker: someone as none"
	}
	return "speaker: another person"
}

// confusion lists the kinds missed, most frequent first: "account as
// position 12" is twelve sentences the analyst gave as an account and
// the importer proposed as a position.
func (s score) confusion() []string {
	type miss struct {
		k [2]string
		n int
	}
	var ms []miss
	for k, n := range s.conf {
		ms = append(ms, miss{k, n})
	}
	sort.Slice(ms, func(i, j int) bool {
		if ms[i].n != ms[j].n {
			return ms[i].n > ms[j].n
		}
		return ms[i].k[0]+ms[i].k[1] < ms[j].k[0]+ms[j].k[1]
	})
	out := make([]string, len(ms))
	for i, m := range ms {
		want, got := m.k[0], m.k[1]
		if want == "" {
			want = "skip"
		}
		if got == "" {
			got = "skip"
		}
		out[i] = fmt.Sprintf("%s as %s %d", want, got, m.n)
	}
	return out
}

func scoreFixture(t *testing.T, dir string, fx fixture) score {
	t.Helper()
	return scoreDraft(t, fx, proposeFixture(t, NewProposer(), dir, fx), testing.Verbose())
}

// proposeFixture reads the readout of fx and proposes it with p.
func proposeFixture(t *testing.T, p *Proposer, dir string, fx fixture) *Draft {
	t.Helper()
	doc, err := ReadFile(context.Background(), filepath.Join("testdata", dir, fx.name+".txt"), nil)
	if err != nil {
		t.Fatal(err)
	}
	d, err := p.Propose(context.Background(), doc, fx.author, nil)
	if err != nil {
		t.Fatal(err)
	}
	return d
}

// labelled pairs each label of fx with the proposal of d whose sentence
// it names (nil where segmenting went wrong). A label may name the
// sentence by its first words as the source writes them, a dateline the
// proposal's text leaves out included ("BEIJING -- Wang Yi …").
func labelled(fx fixture, d *Draft) []*Proposal {
	out := make([]*Proposal, len(fx.labels))
	next := 0
	for j, l := range fx.labels {
		for i := next; i < len(d.Proposals); i++ {
			if strings.HasPrefix(d.Proposals[i].Text, l.prefix) || strings.HasPrefix(withDateline(d, i), l.prefix) {
				out[j], next = &d.Proposals[i], i+1
				break
			}
		}
	}
	return out
}

// withDateline is proposal i's text with the dateline the proposer left
// out of it (cutDateline), or its text when it left none out.
func withDateline(d *Draft, i int) string {
	p := d.Proposals[i]
	if i >= len(d.Segments) || !strings.Contains(strings.Join(p.Reasons, "\n"), "dateline: ") {
		return p.Text
	}
	return string(d.Runes[d.Segments[i].Start:p.End])
}

// scoreDraft scores the proposals of d against the labels of fx; with
// verbose it logs each miss with its reasons.
func scoreDraft(t *testing.T, fx fixture, d *Draft, verbose bool) score {
	t.Helper()
	var s score
	verbose = verbose && !fx.heldOut
	prs := labelled(fx, d)
	for j, l := range fx.labels {
		s.n++
		if l.hasTopic {
			s.topicN++
		}
		pr := prs[j]
		if pr == nil {
			if fx.heldOut {
				t.Logf("%s: labelled sentence %d has no segmented sentence starting as it does (segmenting went wrong)", fx.name, j+1)
			} else {
				t.Logf("%s: no sentence starts %q (segmenting went wrong)", fx.name, l.prefix)
			}
			continue
		}
		okP, okS, okK := judge(*pr, l)
		if !okK {
			got := string(pr.Kind)
			if pr.Skip {
				got = ""
			}
			if s.conf == nil {
				s.conf = map[[2]string]int{}
			}
			s.conf[[2]string{l.kind, got}]++
		}
		if s.misses == nil {
			s.misses = map[string]int{}
		}
		if !okP {
			s.misses[partyMiss(*pr, l, fx.author)]++
		}
		if !okS {
			s.misses[speakerMiss(*pr, l)]++
		}
		okT := l.hasTopic && (l.parties == nil || pr.Topic == l.topic)
		s.party, s.speaker, s.kind, s.topic = s.party+b2i(okP), s.speaker+b2i(okS), s.kind+b2i(okK), s.topic+b2i(okT)
		if okP && okS && okK {
			s.all++
		}
		if (!okP || !okS || !okK || l.hasTopic && !okT) && verbose {
			t.Logf("%s: %q\n\tgot %v %q %s %q, want %v %q %s %q\n\t%s", fx.name, l.prefix, pr.Parties, speakerName(pr.Speaker), pr.Kind, pr.Topic,
				l.parties, l.speaker, l.kind, l.topic, strings.Join(pr.Reasons, "; "))
		}
	}
	return s
}

func judge(pr Proposal, l label) (party, speaker, kind bool) {
	if l.parties == nil {
		return pr.Skip, pr.Skip, pr.Skip
	}
	if pr.Skip {
		return false, false, false
	}
	got := append([]string(nil), pr.Parties...)
	sort.Strings(got)
	return strings.Join(got, "+") == strings.Join(l.parties, "+"), sameSpeaker(speakerName(pr.Speaker), l.speaker), string(pr.Kind) == l.kind
}

// sameSpeaker compares a proposed speaker with the analyst's by family
// name ("Joseph R. Biden, Jr." and "Joseph R. Biden" are one person), or
// by the shorter name's words all being in the longer one ("Lula" and
// "Luiz Inácio Lula da Silva", "Cho" and "Cho Tae-yul": a family name
// written first, or a name a person goes by that is not the last word):
// the labels name people as analysts write them, not as the importer
// spells them.
func sameSpeaker(got, want string) bool {
	// "李克强" and "李克強" are one name in two scripts: the importer
	// reads traditional characters as simplified (kind_hant.go), the
	// label keeps the text's.
	got, want = string(toHans([]rune(got))), string(toHans([]rune(want)))
	if familyName(got) == familyName(want) {
		return true
	}
	g, w := spokenNameWords(got), spokenNameWords(want)
	if len(g) == 0 || len(w) == 0 {
		return false
	}
	if len(g) > len(w) {
		g, w = w, g
	}
	for _, x := range g {
		if !slices.Contains(w, x) {
			return false
		}
	}
	return true
}

// spokenNameWords is a name's words (as nameWords makes them) in lower
// case, without "Jr".
func spokenNameWords(s string) []string {
	var out []string
	for _, w := range nameWords(s) {
		if w = strings.ToLower(w); w != "jr" {
			out = append(out, w)
		}
	}
	return out
}

// familyName is the last word of a name, or the word in capitals of a
// Japanese one ("ISHIBA Shigeru"; an initial such as "J." is none).
func familyName(s string) string {
	s = strings.TrimSuffix(strings.TrimSuffix(strings.TrimSpace(s), "Jr."), ",")
	f := strings.Fields(s)
	if len(f) == 0 {
		return ""
	}
	for _, w := range f {
		if len(w) > 1 && w == strings.ToUpper(w) && strings.ToLower(w) != w && !strings.Contains(w, ".") {
			return strings.ToLower(w)
		}
	}
	return strings.ToLower(f[len(f)-1])
}

func speakerName(s *Speaker) string {
	if s == nil {
		return ""
	}
	return s.Name
}

func b2i(b bool) int {
	if b {
		return 1
	}
	return 0
}

func TestSameSpeaker(t *testing.T) {
	for _, c := range []struct {
		got, want string
		same      bool
	}{
		{"Joseph R. Biden, Jr.", "Joseph R. Biden", true},
		{"Luiz Inácio Lula da Silva", "Lula", true},
		{"Cho Tae-yul", "Cho", true},
		{"ISHIBA Shigeru", "Shigeru Ishiba", true},
		{"Wang Yi", "Wang Wenbin", false},
		{"Kim Jong-un", "Kim Yo-jong", false},
		{"", "Wang Yi", false},
		{"Wang Yi", "", false},
		{"李克强", "李克強", true}, // one name in two scripts
		{"", "", true},
	} {
		if got := sameSpeaker(c.got, c.want); got != c.same {
			t.Errorf("sameSpeaker(%q, %q) = %v, want %v", c.got, c.want, got, c.same)
		}
	}
}
