package ingest

import (
	"path/filepath"
	"sort"
	"strings"
	"testing"
	"unicode"
)

// The learnt re-ranker's examples: each labelled sentence of the
// development readouts as the rules proposed it, with what a model may
// read of it (the rules' decision and their reasons, the sentence before,
// the paragraph, cue words) and the party sets it may choose among.

// lrExample is one labelled sentence.
type lrExample struct {
	pub, readout, prefix string
	// gold: the analyst's parties (sorted, "+"-joined; "" for skip) and kind.
	goldParty, goldKind string
	// rule: the rules' parties and kind; ruleSkip when they skipped it
	// (the model then leaves it alone); ruleOK* whether they were right.
	ruleParty, ruleKind string
	ruleSkip, aligned   bool
	ruleOKParty         bool
	ruleOKSpeaker       bool
	batch               string
	// relRule and relGold: what the rules' and the analyst's parties are
	// to the readout (relation).
	relRule, relGold string
	partyWhy         string
	ruleOKKind       bool
	// ctx are the features of the sentence; cands the party sets a model
	// chooses among, each with the roles it plays.
	ctx   []string
	cands []lrCand
}

// lrCand is a party set a model may propose: the rules', the author's,
// the other side's, both sides', the sentence before's, the speaker's.
type lrCand struct {
	parties string
	roles   []string
}

// relation names a party set by what it is to the readout: the author's
// side (A), the other side (O), both (J), a third party (T), none (N).
func relation(parties []string, author string, joint []string) string {
	if len(parties) == 0 {
		return "N"
	}
	inJoint := func(p string) bool {
		for _, j := range joint {
			if j == p {
				return true
			}
		}
		return false
	}
	if len(parties) > 1 {
		all := true
		for _, p := range parties {
			all = all && (inJoint(p) || p == author)
		}
		if all {
			return "J"
		}
		return "JT"
	}
	switch {
	case parties[0] == author:
		return "A"
	case inJoint(parties[0]):
		return "O"
	}
	return "T"
}

func joinParties(ps []string) string {
	c := append([]string(nil), ps...)
	sort.Strings(c)
	return strings.Join(c, "+")
}

// reasonTemplate is a reason without what varies from readout to
// readout: quoted words, names (capitalised words) and numbers.
func reasonTemplate(why string) (tmpl string, cue string) {
	var b strings.Builder
	inQ := rune(0)
	var q strings.Builder
	for _, w := range strings.Fields(why) {
		r := []rune(w)
		if inQ == 0 && (r[0] == '\'' || r[0] == '"' || r[0] == '(' && len(r) > 1 && r[1] == '"') {
			inQ = r[0]
			if r[0] == '(' {
				inQ = '"'
			}
		}
		if inQ != 0 {
			if cue == "" && inQ == '\'' {
				q.WriteString(strings.Trim(w, "'") + " ")
			}
			last := r[len(r)-1]
			if len(r) > 1 || r[0] != inQ {
				if last == inQ || strings.HasSuffix(w, string(inQ)+")") || strings.HasSuffix(w, string(inQ)+";") || strings.HasSuffix(w, string(inQ)+",") {
					if inQ == '\'' && cue == "" {
						cue = strings.ToLower(strings.TrimSpace(q.String()))
					}
					inQ = 0
					b.WriteString("_ ")
				}
			}
			continue
		}
		if unicode.IsUpper(r[0]) || unicode.IsDigit(r[0]) || r[0] > 0x2E80 {
			continue
		}
		b.WriteString(w + " ")
	}
	return strings.TrimSpace(b.String()), cue
}

// loadLearntExamples proposes every development readout with the rules
// (testdata/accuracy and accuracy-late; never the held-out part) and
// turns each labelled sentence into an example.
func loadLearntExamples(t *testing.T) []lrExample {
	t.Helper()
	var out []lrExample
	for _, dir := range []string{"accuracy", "accuracy-late"} {
		files, err := filepath.Glob(filepath.Join("testdata", dir, "*.labels"))
		if err != nil || len(files) == 0 {
			t.Fatalf("no labelled readouts in %s: %v", dir, err)
		}
		for _, f := range files {
			fx := readFixture(t, dir, strings.TrimSuffix(filepath.Base(f), ".labels"))
			d := proposeFixture(t, NewProposer(), dir, fx)
			out = append(out, draftExamples(fx, d)...)
		}
	}
	return out
}

// draftExamples pairs each label of fx with the proposal of d and its
// features.
func draftExamples(fx fixture, d *Draft) []lrExample {
	var out []lrExample
	feats := draftFeatures(d)
	prs := labelled(fx, d)
	for j, l := range fx.labels {
		ex := lrExample{pub: fx.publisher, readout: fx.name, prefix: l.prefix, goldKind: l.kind}
		if l.parties != nil {
			ex.goldParty = strings.Join(l.parties, "+")
		} else {
			ex.goldKind = ""
		}
		if pr := prs[j]; pr != nil {
			ex.aligned = true
			i := proposalIndex(d, pr)
			ex.ruleOKParty, ex.ruleOKSpeaker, ex.ruleOKKind = judge(*pr, l)
			ex.ruleSkip = pr.Skip
			ex.ruleParty, ex.ruleKind = joinParties(pr.Parties), string(pr.Kind)
			ex.ctx, ex.cands = feats[i].ctx, feats[i].cands
			ex.relRule, ex.relGold = relation(pr.Parties, d.Author, d.joint), relation(l.parties, d.Author, d.joint)
			for _, why := range pr.Reasons {
				for _, part := range strings.Split(why, "; ") {
					if strings.HasPrefix(part, "party:") || strings.HasPrefix(part, "speaker:") {
						tmpl, _ := reasonTemplate(part)
						ex.partyWhy += tmpl + "; "
					}
				}
			}
		}
		out = append(out, ex)
	}
	return out
}

func proposalIndex(d *Draft, pr *Proposal) int {
	for i := range d.Proposals {
		if &d.Proposals[i] == pr {
			return i
		}
	}
	panic("proposal not in draft")
}

type sentFeatures struct {
	ctx   []string
	cands []lrCand
}

// draftFeatures gives the features and party candidates of every
// proposal of d.
func draftFeatures(d *Draft) []sentFeatures {
	out := make([]sentFeatures, len(d.Proposals))
	var other string
	for _, j := range d.joint {
		if j != d.Author {
			if other == "" {
				other = j
			} else {
				other = "" // several others: no single other side
				break
			}
		}
	}
	docFs := docFeatures(d)
	var prev *Proposal
	for i := range d.Proposals {
		pr := &d.Proposals[i]
		if pr.Skip {
			continue
		}
		rel := relation(pr.Parties, d.Author, d.joint)
		fs := []string{"rk:" + string(pr.Kind), "rp:" + rel, "rk+rp:" + string(pr.Kind) + rel}
		if d.Author == "" {
			fs = append(fs, "noauthor")
		}
		for _, why := range pr.Reasons {
			if strings.HasPrefix(why, "topic:") || strings.HasPrefix(why, "reported by:") {
				continue
			}
			for _, part := range strings.Split(why, "; ") {
				tmpl, cue := reasonTemplate(part)
				fs = append(fs, "why:"+tmpl)
				if strings.HasPrefix(part, "kind:") && cue != "" {
					fs = append(fs, "cue:"+cue, "rk+cue:"+string(pr.Kind)+" "+cue)
				}
			}
		}
		if pr.Speaker != nil {
			fs = append(fs, "spk:"+relation([]string{pr.Speaker.Party}, d.Author, d.joint))
		} else {
			fs = append(fs, "spk:none")
		}
		if prev != nil {
			pRel := relation(prev.Parties, d.Author, d.joint)
			fs = append(fs, "prevrp:"+pRel, "prevrk:"+string(prev.Kind), "prevrp=rp:"+b2s(pRel == rel))
			if prev.Speaker != nil && pr.Speaker != nil && prev.Speaker.Name == pr.Speaker.Name {
				fs = append(fs, "samespk")
			}
		} else {
			fs = append(fs, "first")
		}
		gap := string(d.Runes[max(0, segEndBefore(d, i)):pr.Start])
		if i == 0 || strings.Contains(gap, "\n\n") {
			fs = append(fs, "para:start")
		} else {
			fs = append(fs, "para:on")
		}
		fs = append(fs, textFeatures(pr.Text)...)
		fs = append(fs, docFs...)
		fs = lrDedupe(fs)
		sf := sentFeatures{ctx: fs}
		add := func(ps []string, role string) {
			if len(ps) == 0 {
				return
			}
			key := joinParties(ps)
			for k := range sf.cands {
				if sf.cands[k].parties == key {
					sf.cands[k].roles = append(sf.cands[k].roles, role)
					return
				}
			}
			sf.cands = append(sf.cands, lrCand{parties: key, roles: []string{role}})
		}
		add(pr.Parties, "R")
		if d.Author != "" {
			add([]string{d.Author}, "A")
		}
		if other != "" {
			add([]string{other}, "O")
		}
		if len(d.joint) > 1 {
			add(d.joint, "J")
		}
		if prev != nil {
			add(prev.Parties, "P")
		}
		if pr.Speaker != nil && pr.Speaker.Party != "" {
			add([]string{pr.Speaker.Party}, "S")
		}
		out[i] = sf
		prev = pr
	}
	return out
}

func segEndBefore(d *Draft, i int) int {
	if i == 0 {
		return 0
	}
	return d.Proposals[i-1].End
}

func b2s(b bool) string {
	if b {
		return "y"
	}
	return "n"
}

// textFeatures are the sentence's own signals: its first words, the
// subject words that name sides, modals, negation, quotation, and its
// words (Chinese as character pairs).
func textFeatures(text string) []string {
	var fs []string
	toks := tokenize(toHans([]rune(text)))
	var words []string
	for _, tk := range toks {
		if tk.isWord() {
			words = append(words, tk.lower)
		}
	}
	if len(words) > 0 {
		fs = append(fs, "w1:"+words[0])
	}
	if len(words) > 1 {
		fs = append(fs, "w12:"+words[0]+" "+words[1])
	}
	if strings.ContainsAny(text, "\"“”「」") {
		fs = append(fs, "quoted")
	}
	prev := ""
	for i, w := range words {
		switch w {
		case "should", "must", "shall", "need", "needs", "ought", "应", "要", "必须", "需要":
			fs = append(fs, "modal:must")
		case "will", "would", "将", "愿":
			fs = append(fs, "modal:will")
		case "can", "could", "may", "might":
			fs = append(fs, "modal:can")
		case "not", "never", "no", "nor", "不", "没", "未":
			fs = append(fs, "neg")
		case "we", "our", "us", "我们":
			fs = append(fs, "we")
		case "i", "my", "me":
			fs = append(fs, "i")
		case "they", "their", "them":
			fs = append(fs, "they")
		case "he", "she", "his", "her":
			fs = append(fs, "he")
		case "both", "双方":
			fs = append(fs, "both")
		case "sides", "parties", "leaders", "ministers", "countries":
			if prev == "two" || prev == "both" || prev == "the" {
				fs = append(fs, "sides")
			}
		}
		if i < 4 && i > 0 {
			fs = append(fs, "early:"+w)
		}
		r := []rune(w)
		if isCJKRune(r[0]) {
			if prev != "" && isCJKRune([]rune(prev)[0]) {
				fs = append(fs, "w:"+prev+w)
			}
		} else if !stopWords[w] {
			fs = append(fs, "w:"+w)
		}
		prev = w
	}
	return fs
}

// docFeatures describe the readout as a whole: a joint statement by its
// title, remarks or a press conference by its heading, how often its
// sentences open with "we", how many parties "both sides" stands for.
func docFeatures(d *Draft) []string {
	head := ""
	for _, p := range d.Proposals {
		head += strings.ToLower(p.Text) + " "
		if len(head) > 300 {
			break
		}
	}
	var fs []string
	for _, c := range []struct{ feat, words string }{
		{"doc:joint", "joint statement|joint declaration|joint communiqu|joint press|联合声明|共同声明|聯合聲明"},
		{"doc:remarks", "remarks|press conference|speech|interview|statement by|opening statement|doorstop|transcript|答记者问|讲话"},
		{"doc:readout", "readout|telephone|phone call|call with|met with|meeting with|talks with|会见|会谈|通电话|會見|會談"},
	} {
		for _, w := range strings.Split(c.words, "|") {
			if strings.Contains(head, w) {
				fs = append(fs, c.feat)
				break
			}
		}
	}
	we, n := 0, 0
	for _, p := range d.Proposals {
		if p.Skip {
			continue
		}
		n++
		l := strings.ToLower(p.Text)
		if strings.HasPrefix(l, "we ") || strings.Contains(l, " we ") || strings.HasPrefix(l, "i ") || strings.Contains(l, " i ") {
			we++
		}
	}
	switch {
	case n > 0 && we*3 >= n:
		fs = append(fs, "doc:firstperson")
	case we > 0:
		fs = append(fs, "doc:somefirstperson")
	}
	if len(d.joint) > 2 {
		fs = append(fs, "doc:multilateral")
	}
	return fs
}
