package ingest

import (
	"fmt"
	"regexp"
	"slices"
	"strings"

	"parley/storage"
)

// Steps named without a modal, worked out on batch "late 19" (UK, Chinese
// and Korean readouts, EEAS doorstops): "the most important task for China
// and the United States is to …" and "当前…最重要的就是落实好…" propose a step;
// "called for close coordination with South Korea" proposes a step of
// both sides; "the UK is pushing all parties to cease hostilities" asks
// others to act, "we are pushing for the 18th package" proposes the
// holder's step; an envoy "has been recalled" is a deed told, not
// something remembered; and a sentence whose subject is "the concerns" is
// a worry.

// stepKinds adjusts pr's kind by the signals above. It runs after
// speechEvents.
func (st *state) stepKinds(pr *Proposal, toks []token, r []rune, c cue, hasCue bool) {
	if pr.Skip || len(toks) == 0 {
		return
	}
	set := func(k storage.Kind, why string) {
		pr.Kind = k
		pr.Reasons = append(pr.Reasons, why)
	}
	deflt := defaultKind(pr)
	weakOrDefault := pr.Kind == storage.KindPosition && (deflt || hasCue && c.weak)
	if hasCJKRunes(r) {
		if weakOrDefault && !pr.Joint() {
			if x := cjkTask(r); x != "" {
				set(storage.KindProposal, fmt.Sprintf("kind: proposal, '%s' names the step to take", x))
			}
		}
		return
	}
	if hasCue && !c.noun && c.at > 0 && strings.EqualFold(c.word, "recalled") && beForms[toks[c.at-1].lower] {
		set(storage.KindAccount, "kind: account, 'been recalled': an envoy called home, a deed told")
		return
	}
	if pr.Kind == storage.KindAccount && hasCue && !deflt {
		// "The two leaders discussed … and resolved to continue
		// dialogue", "made his first phone call to … and agreed to hold
		// a summit": a verb of meeting gives way to a decision after
		// "and" with no subject of its own.
		if x, k := decisionAfterMeeting(st.sentenceWords(toks), pr.Joint()); x != "" {
			set(k, fmt.Sprintf("kind: %s, '%s' after the meeting told", k, x))
			return
		}
	}
	demanded := pr.Kind == storage.KindDemand && hasCue
	accountByDefault := pr.Kind == storage.KindAccount && deflt
	if !weakOrDefault && !demanded && !accountByDefault {
		return
	}
	if !demanded {
		if x := st.announcedUndertaking(toks, pr.Parties); x != "" {
			set(storage.KindCommitment, fmt.Sprintf("kind: commitment, '%s': the holder's side undertakes", x))
			return
		}
	}
	w := st.sentenceWords(toks)
	if demanded {
		if x := jointCall(w); x != "" {
			set(storage.KindProposal, fmt.Sprintf("kind: proposal, '%s': a step of both sides", x))
		}
		return
	}
	if accountByDefault {
		if x := attachesImportance(w); x != "" {
			set(storage.KindPosition, fmt.Sprintf("kind: position, '%s' states a view", x))
		}
		return
	}
	if x := importantTask(w); x != "" {
		set(storage.KindProposal, fmt.Sprintf("kind: proposal, '%s' names the step to take", x))
		return
	}
	if k, x := pushingKind(w); k != "" {
		set(k, fmt.Sprintf("kind: %s, '%s'", k, x))
		return
	}
	if x := concernSubject(w); x != "" && deflt {
		set(storage.KindConcern, fmt.Sprintf("kind: concern, '%s' is what the sentence is about", x))
		return
	}
	if x := expectOthers(w); x != "" {
		set(storage.KindDemand, fmt.Sprintf("kind: demand, '%s': what others are expected to do", x))
		return
	}
	if hasCue && c.weak && !deflt && !c.noun {
		if x := reportedWorry(toks, c.at); x != "" {
			set(storage.KindConcern, fmt.Sprintf("kind: concern, '%s' in what is reported voices a worry", x))
			return
		}
	}
	if x := st.expectedOfOther(toks, pr.Parties); x != "" {
		set(storage.KindDemand, fmt.Sprintf("kind: demand, '%s': what another side is expected to do", x))
		return
	}
	if hasCue && c.weak && !deflt {
		if x := briefingTold(w, strings.ToLower(c.word)); x != "" {
			set(storage.KindAccount, fmt.Sprintf("kind: account, '%s': a briefing told", x))
		}
	}
}

// briefingVerbs tell someone of something.
var briefingVerbs = set("informed", "updated", "apprised", "shared", "informs", "updates", "shares")

// briefingTold reports a briefing told, its verb the sentence's weak cue
// ("Minister Kang informed Secretary Pompeo of the outcome of the recent
// … summit talks", "The Prime Minister updated me on the UK Government's
// ongoing engagement with …", "the Secretary shared with the Minister the
// US initiative regarding …"): what was done, an account. What was said
// ("informed the Secretary-General that …", "shared the view that …")
// stays a view.
func briefingTold(w []string, verb string) string {
	if !briefingVerbs[verb] {
		return ""
	}
	for i, x := range w {
		if x != verb {
			continue
		}
		if verb == "shared" || verb == "shares" {
			if i+1 < len(w) && w[i+1] == "with" && !slices.Contains(w[i:], "that") {
				return x + " with"
			}
			return ""
		}
		for k := i + 1; k < len(w) && k <= i+5; k++ {
			switch w[k] {
			case "that", "how", "what", "whether":
				return ""
			case "of", "on", "about":
				if !slices.Contains(w[k:], "that") {
					return x + " … " + w[k]
				}
				return ""
			}
		}
	}
	return ""
}

// beForms are the forms of "be" before a passive.
var beForms = set("be", "been", "being", "was", "were", "is", "are")

// cjkTaskRe finds "the most important (thing) is", "the key is", "the
// urgent task is", "the first task is" before a step ("最重要的就是落实好
// 两国元首达成的共识", "当务之急是…", "关键是要…").
var cjkTaskRe = regexp.MustCompile(`(最重要的(?:就)?是|当务之急(?:是)?|关键(?:是要|在于)|首要任务是)`)

// cjkTask reports a Chinese sentence naming the step to take.
func cjkTask(r []rune) string {
	s := string(r)
	loc := cjkTaskRe.FindStringIndex(s)
	if loc == nil || strings.HasSuffix(s[:loc[0]], "其中") {
		// "达成了十项共识，其中最重要的是构建…机制": the most important of
		// the things listed, no step to take.
		return ""
	}
	return s[loc[0]:loc[1]]
}

// taskRe finds "the most important task for China and the United States
// at present is to", "the key task is to", "the priority now is to".
var taskRe = regexp.MustCompile(`\b(?:the )?(?:most important|key|first|main|urgent) (?:task|thing)\b[^.;]{0,80}?\bis to [a-z]`)

// importantTask reports an English sentence naming the step to take.
func importantTask(w []string) string {
	if !slices.Contains(w, "task") && !slices.Contains(w, "thing") {
		return ""
	}
	m := taskRe.FindString(strings.Join(w, " "))
	if m == "" {
		return ""
	}
	if i := strings.Index(m, " task"); i > 0 && len(m) > 60 {
		return strings.TrimSpace(m[:i+5]) + " … is to"
	}
	return strings.TrimSuffix(m, m[len(m)-1:])
}

// jointSteps are steps taken together with another side.
var jointSteps = set("coordination", "cooperation", "communication", "consultation", "consultations", "dialogue",
	"exchanges", "collaboration", "engagement", "partnership", "contacts")

// jointCall reports "called for <a step taken together> with <someone>"
// ("called for close coordination with South Korea to advance …"): the
// holder proposes what both sides are to do.
func jointCall(w []string) string {
	for i := 0; i+2 < len(w); i++ {
		if w[i] != "called" && w[i] != "calls" && w[i] != "call" || w[i+1] != "for" {
			continue
		}
		for k := i + 2; k < len(w) && k <= i+5; k++ {
			if jointSteps[w[k]] {
				if k+1 < len(w) && w[k+1] == "with" {
					return strings.Join(w[i:k+2], " ")
				}
				break
			}
		}
	}
	return ""
}

// pushingKind reads "pushing all parties to cease hostilities" (others
// asked to act: a demand) and "pushing for the 18th package of sanctions"
// (a step the holder presses for: a proposal).
func pushingKind(w []string) (storage.Kind, string) {
	for i := 1; i+1 < len(w); i++ {
		switch w[i] {
		case "pushing", "pushed", "push", "pushes":
		default:
			continue
		}
		if determiners[w[i-1]] || w[i-1] == "big" || w[i-1] == "strong" || w[i-1] == "final" {
			continue // "a big push": a noun
		}
		if w[i+1] == "for" {
			return storage.KindProposal, strings.Join(w[i:i+2], " ")
		}
		for k := i + 2; k+1 < len(w) && k <= i+6; k++ {
			if w[k] == "to" {
				if _, verb := verbForms[w[k+1]]; verb || !determiners[w[k+1]] && !prepositions[w[k+1]] && k > i+1 {
					return storage.KindDemand, strings.Join(w[i:k+2], " ")
				}
				break
			}
		}
	}
	return "", ""
}

// concernSubject reports a sentence whose subject is "the concerns" ("Also,
// the concerns of retaliation and this war escalating are huge").
func concernSubject(w []string) string {
	i := 0
	for i < len(w) && (w[i] == "also" || w[i] == "and" || w[i] == "but" || w[i] == "so" || w[i] == "now") {
		i++
	}
	if i+1 < len(w) && (w[i] == "the" || w[i] == "our" || w[i] == "my") && (w[i+1] == "concern" || w[i+1] == "concerns" || w[i+1] == "worry" || w[i+1] == "worries") {
		return strings.Join(w[i:i+2], " ")
	}
	return ""
}

// expectOthers reports an expectation of what others are to do ("We
// expect that this decision could be reconsidered", "stated its
// expectation that all detained individuals' rights be upheld"): a
// demand. "We are expecting … to adopt" is the holder's own step.
func expectOthers(w []string) string {
	for i := 0; i+1 < len(w); i++ {
		switch w[i] {
		case "expect", "expects", "expected", "expectation", "expectations":
		default:
			continue
		}
		if i > 0 && (w[i-1] == "be" || w[i-1] == "is" || w[i-1] == "are" || w[i-1] == "was" || w[i-1] == "were" || w[i-1] == "would") {
			continue // "is expected to", "I would expect that Seko will be explaining": a forecast
		}
		if w[i+1] == "that" {
			return w[i] + " that"
		}
	}
	return ""
}

// attachesImportance reports "attaches (great) importance to …", a view
// stated with no reporting verb ("He also attaches importance to a good
// relationship with Trump").
func attachesImportance(w []string) string {
	for i := 0; i+2 < len(w); i++ {
		switch w[i] {
		case "attach", "attaches", "attached", "attaching":
		default:
			continue
		}
		for k := i + 1; k < len(w) && k <= i+3; k++ {
			if w[k] == "importance" && k+1 < len(w) && w[k+1] == "to" {
				return strings.Join(w[i:k+1], " ")
			}
		}
	}
	return ""
}

// decisionAfterMeeting reports "and agreed to / on / that" or "and
// resolved to" right after a verb of meeting's clause, with no subject of
// its own: both sides' decision (an agreement), or, told of one side,
// the agreement it reached with the other (the corpus labels "made his
// first phone call to … and agreed to hold a bilateral summit" an
// agreement too).
func decisionAfterMeeting(w []string, joint bool) (string, storage.Kind) {
	for i := 1; i+1 < len(w); i++ {
		if w[i-1] != "and" {
			continue
		}
		switch {
		case w[i] == "agreed" && (w[i+1] == "to" || w[i+1] == "on" || w[i+1] == "that"):
			return "and agreed " + w[i+1], storage.KindAgreement
		case w[i] == "resolved" && w[i+1] == "to" && joint:
			return "and resolved to", storage.KindAgreement
		}
	}
	return "", ""
}
