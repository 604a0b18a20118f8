package evolution

import (
	"strings"

	"parley/storage"
)

// Commitment is something a round agreed or promised, followed into the
// next round.
type Commitment struct {
	Statement *storage.StatementView // points into Series.Statements
	Round     int
	Cue       string // the words that make it a commitment ("agreed to"), or its kind
	// FollowUp is the statement of the next round that mentions it again:
	// the analyst's choice when set, else the most similar statement from
	// FollowUpFrom; nil when none (or in the last round).
	FollowUp *storage.StatementView
	Score    float64 // content similarity of FollowUp, 1 when the analyst chose it
	Chosen   bool    // the analyst chose FollowUp: Score measures nothing
	// Suggested is the status the words suggest: kept (a next round was
	// held where this one said), contradicted (the follow-up says that
	// something did not happen), repeated (the next round says it again),
	// not mentioned; "" in the last round, which has no next.
	Suggested string
	Status    string // the analyst's status (storage.Commitment…), "" when unchecked
	Note      string
}

// FollowUpFrom is the least content similarity (weighted by rarity over the
// two rounds) for a statement of the next round to count as mentioning a
// commitment again.
const FollowUpFrom = 0.30

// commitCues are the words that make a statement a commitment whatever its
// kind (lower case; Chinese as written).
var commitCues = []string{"agreed to", "agreed that", "agree to", "agreed on", "will continue to", "would continue to",
	"committed to", "commit to", "commits to", "pledged", "undertook to", "undertake to", "undertakes to",
	"will hold", "next round", "decided to", "will work together", "will remain in contact", "will follow up",
	"同意", "将继续", "承诺", "下一轮", "商定", "一致认为", "将举行", "愿同"}

// commitmentCue returns what makes v a commitment, "" when nothing does.
func commitmentCue(v storage.StatementView) string {
	lower := strings.ToLower(v.Text)
	for _, c := range commitCues {
		if strings.Contains(lower, c) {
			return c
		}
	}
	if v.Kind == storage.KindCommitment || v.Kind == storage.KindAgreement {
		return string(v.Kind)
	}
	return ""
}

// Commitments lists the commitments and agreements of every round (by
// kind, or by the words of commitCues) with their follow-up in the next
// round and the analyst's status.
func (s *Series) Commitments() []Commitment {
	var out []Commitment
	succ := successors{s: s, done: map[[2]int64]bool{}, next: map[int64]*storage.StatementView{}}
	for r := range s.Rounds {
		var next *roundIndex
		if r+1 < len(s.Rounds) {
			next = s.indexRound(r + 1)
		}
		for _, i := range s.byRound[r] {
			v := &s.Statements[i]
			cue := commitmentCue(*v)
			if cue == "" {
				continue
			}
			out = append(out, s.follow(Commitment{Statement: v, Round: r, Cue: cue}, next, &succ))
		}
	}
	return out
}

// successors finds a statement's successor in the next round through the
// pairing of its topic and party (Pairs), computed once per cell.
type successors struct {
	s    *Series
	done map[[2]int64]bool
	next map[int64]*storage.StatementView // nil value: dropped
}

// of returns v's successor, and whether the pairing has v at all.
func (x *successors) of(v *storage.StatementView) (*storage.StatementView, bool) {
	for _, p := range Holders(*v) {
		k := [2]int64{topicOf(*v), p}
		if !x.done[k] {
			x.done[k] = true
			for _, pr := range x.s.Pairs(k[0], k[1]) {
				if pr.Before != nil {
					x.next[pr.Before.ID] = pr.After
				}
			}
		}
	}
	n, ok := x.next[v.ID]
	return n, ok
}

// follow finds the commitment's follow-up and status: the analyst's
// choice; else its successor in the pairing of its topic and party; else,
// when the pairing drops it there, the most similar statement of the next
// round on another topic or of another party.
func (s *Series) follow(c Commitment, next *roundIndex, succ *successors) Commitment {
	if chk, ok := s.Marks.check(c.Statement.ID); ok {
		c.Status, c.Note = chk.Status, chk.Note
		if chk.FollowUpID != nil {
			// Only a statement of the next round follows a commitment up;
			// a file may name any other.
			if i, ok := s.byID[*chk.FollowUpID]; ok && s.round[s.Statements[i].DialogueID] == c.Round+1 {
				c.FollowUp, c.Score, c.Chosen = &s.Statements[i], 1, true
			}
		}
	}
	if next == nil {
		return c
	}
	if c.FollowUp == nil {
		after, paired := succ.of(c.Statement)
		if after != nil {
			c.FollowUp, c.Score = after, Similarity(Diff(c.Statement.Text, after.Text))
		} else if i, sc := next.best(c.Statement.Text, s.elsewhere(c.Statement, paired)); i >= 0 {
			c.FollowUp, c.Score = &s.Statements[i], sc
		}
	}
	c.Suggested = storage.CommitmentNotMentioned
	switch {
	case s.heldAsSaid(c):
		c.Suggested = storage.CommitmentKept
	case c.FollowUp != nil && negated(c.FollowUp.Text) && !negated(c.Statement.Text):
		c.Suggested = storage.CommitmentContradicted
	case c.FollowUp != nil:
		c.Suggested = storage.CommitmentRepeated
	}
	return c
}

// negations are words by which a follow-up says that something did not
// happen or will not.
var negations = []string{" no ", " not ", "n't ", " never ", "regret", "failed", "refused", "yet to", "没有", "未能", "拒绝", "遗憾"}

// negated reports whether text says that something did not happen: a
// follow-up that does, where the commitment did not, suggests that the
// next round contradicts it.
func negated(text string) bool {
	lower := " " + strings.ToLower(text) + " "
	for _, n := range negations {
		if strings.Contains(lower, n) {
			return true
		}
	}
	return false
}

// heldAsSaid reports whether c schedules a round ("agreed to hold the next
// round in Brussels", "the 38th dialogue will take place in Brussels") and
// that round took place where it says: the round its ordinal names, or
// else the next one.
func (s *Series) heldAsSaid(c Commitment) bool {
	lower := strings.ToLower(c.Statement.Text)
	scheduled := false
	for _, cue := range []string{"next round", "next dialogue", "will take place", "will be held", "to hold", "will continue in", "下一轮", "将在", "举行"} {
		scheduled = scheduled || strings.Contains(lower, cue)
	}
	if !scheduled {
		return false
	}
	target := c.Round + 1
	for _, r := range s.Rounds {
		if n := r.Dialogue.Round; n > 0 && strings.Contains(lower, strings.ToLower(ordinal(n))) {
			target = r.Index
		}
	}
	if target >= len(s.Rounds) {
		return false
	}
	place := s.Rounds[target].Dialogue.Place
	for _, p := range strings.FieldsFunc(place, func(r rune) bool { return r == ',' || r == '/' || r == '(' || r == ')' }) {
		if p = strings.TrimSpace(p); p != "" && strings.Contains(lower, strings.ToLower(p)) {
			return true
		}
	}
	return false
}

// roundIndex finds, for a text, the most similar statement of one round.
type roundIndex struct {
	idx    []int
	sets   []map[string]struct{}
	posts  map[string][]int
	idf    map[string]float64
	weight []float64
}

func (s *Series) indexRound(r int) *roundIndex {
	x := &roundIndex{idx: s.byRound[r], posts: map[string][]int{}, idf: map[string]float64{}}
	df := map[string]int{}
	for k, i := range x.idx {
		set := contentSet(s.Statements[i].Text)
		x.sets = append(x.sets, set)
		for w := range set {
			df[w]++
			x.posts[w] = append(x.posts[w], k)
		}
	}
	n := float64(len(x.idx) + 1)
	for w, d := range df {
		x.idf[w] = logp(n / float64(d))
	}
	x.weight = make([]float64, len(x.idx))
	for k, set := range x.sets {
		for w := range set {
			x.weight[k] += x.idf[w]
		}
	}
	return x
}

// elsewhere is the filter of follow-ups for a commitment the pairing
// dropped (paired): statements of other cells only; without pairing, any.
func (s *Series) elsewhere(v *storage.StatementView, paired bool) func(i int) bool {
	if !paired {
		return func(int) bool { return true }
	}
	return func(i int) bool {
		o := s.Statements[i]
		return topicOf(o) != topicOf(*v) || !sharesHolder(o, *v)
	}
}

// best returns the index into Statements of the statement most like text
// from FollowUpFrom among those ok accepts, and its score; -1 when none.
func (x *roundIndex) best(text string, ok func(i int) bool) (int, float64) {
	set := contentSet(text)
	own := 0.0
	shared := map[int]float64{}
	for w := range set {
		wt, ok := x.idf[w]
		if !ok {
			wt = logp(float64(len(x.idx) + 1))
		}
		own += wt
		for _, k := range x.posts[w] {
			shared[k] += wt
		}
	}
	bestK, bestS := -1, 0.0
	for k, sh := range shared {
		if !ok(x.idx[k]) {
			continue
		}
		sc := 2 * sh / (own + x.weight[k])
		if sc > bestS || (sc == bestS && k < bestK) {
			bestK, bestS = k, sc
		}
	}
	if bestK < 0 || bestS < FollowUpFrom {
		return -1, 0
	}
	return x.idx[bestK], bestS
}
