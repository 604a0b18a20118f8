package ingest

import (
	"context"
	"fmt"
	"sort"
	"strings"

	"parley/storage"
)

// Proposal is the importer's guess for one sentence, with its reasons.
// Parties and Speaker.Party hold entity names (Gazetteer.Lookup resolves
// them); Topic is a topic path ("Regional issues/Xinjiang").
type Proposal struct {
	Segment
	Text       string
	Parties    []string
	Speaker    *Speaker
	Kind       storage.Kind
	Topic      string
	ReportedBy string
	Reasons    []string
	// Skip marks a sentence not proposed as a statement (a heading); the
	// analyst may still accept it.
	Skip bool
	// Edited marks fields the analyst changed; re-proposing after a split
	// or merge keeps them.
	Edited bool
	Status Status
	// Orig is the importer's own reading, kept when the analyst edits
	// the proposal: storing it learns from how the two differ.
	Orig *Reading
}

// Joint reports whether the proposal names more than one party.
func (p Proposal) Joint() bool { return len(p.Parties) > 1 }

// Draft is a source read and proposed, waiting for the analyst.
type Draft struct {
	Doc       Document
	Author    string // the authoring party's entity name, or ""
	Runes     []rune
	Segments  []Segment
	Proposals []Proposal
	// StarterTopics is the topic tree proposed for an empty project; it is
	// created only when the draft is accepted.
	StarterTopics []StarterTopic
	// joint are the parties "both sides" stands for in this source.
	joint []string
}

// Proposer holds what the importer knows of a project: its parties (in
// the gazetteer), speakers, topics and a classifier trained on its coded
// statements.
type Proposer struct {
	Gaz        *Gazetteer
	Speakers   []Speaker
	Topics     *TopicModel
	Classifier *Classifier
	// Lessons are what the project learnt from the analyst's
	// corrections; nil or empty, proposing follows the rules alone.
	Lessons *Lessons
}

// NewProposer returns a proposer for a project that knows nothing yet.
func NewProposer() *Proposer {
	return &Proposer{Gaz: NewGazetteer(), Topics: &TopicModel{}}
}

// LoadProposer reads the project's parties, speakers, topics and coded
// statements; nothing leaves the machine.
func LoadProposer(ctx context.Context, st *storage.Store) (*Proposer, error) {
	p := NewProposer()
	parties, err := st.Parties(ctx)
	if err != nil {
		return nil, fmt.Errorf("load parties: %w", err)
	}
	p.Gaz.AddParties(parties)
	speakers, err := st.Speakers(ctx)
	if err != nil {
		return nil, fmt.Errorf("load speakers: %w", err)
	}
	for _, s := range speakers {
		sp := Speaker{Name: s.Name, Role: s.Role, ID: s.ID}
		if s.PartyID != nil {
			if e := p.Gaz.ByParty(*s.PartyID); e != nil {
				sp.Party = e.Name
			}
		}
		p.Speakers = append(p.Speakers, sp)
	}
	topics, err := st.Topics(ctx)
	if err != nil {
		return nil, fmt.Errorf("load topics: %w", err)
	}
	p.Topics = NewTopicModel(topics)
	// The coded statements are learnt from as they are read, never held:
	// a project of 331,000 statements took 310 MB to import one sentence
	// into while their views were loaded whole.
	paths := storage.TopicPathMap(topics)
	t := newTrainer()
	err = st.EachCodedText(ctx, func(topicID int64, text string) error {
		t.add(paths[topicID], text)
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("load coded statements: %w", err)
	}
	p.Classifier = t.done()
	lessons, err := st.Lessons(ctx)
	if err != nil {
		return nil, fmt.Errorf("load lessons: %w", err)
	}
	p.Lessons = NewLessons(lessons)
	return p, nil
}

// ProposeProgress is told how many sentences of how many are done.
type ProposeProgress func(done, total int)

// Propose segments doc and proposes a statement for each sentence. author
// names the source's authoring party (any alias; "" when unknown; the
// publisher is tried next).
func (p *Proposer) Propose(ctx context.Context, doc Document, author string, progress ProposeProgress) (*Draft, error) {
	d := p.newDraft(doc, author)
	d.Runes = []rune(doc.Text)
	d.Segments = SegmentRunes(d.Runes)
	props, err := p.propose(ctx, d, progress)
	if err != nil {
		return nil, err
	}
	d.Proposals = props
	return d, nil
}

// newDraft starts the draft of doc: its author (any alias, "" when
// unknown: the publisher is tried next) and, for an empty project, the
// starter topics for its subject.
func (p *Proposer) newDraft(doc Document, author string) *Draft {
	d := &Draft{Doc: doc}
	if e := p.Gaz.Lookup(author); e != nil {
		d.Author = e.Name
	} else if author != "" {
		d.Author = strings.TrimSpace(author)
		p.Gaz.add(&Entity{Name: d.Author}, d.Author)
	} else if e := p.authorOf(doc); e != nil {
		d.Author = e.Name
	}
	if p.Topics.Empty() {
		d.StarterTopics = StarterTree(doc.Text)
	}
	return d
}

// authorOf guesses the authoring party from the publisher ("European
// External Action Service" → EU).
func (p *Proposer) authorOf(doc Document) *Entity {
	if doc.Publisher == "" {
		return nil
	}
	toks := tokenize([]rune(doc.Publisher))
	if ms := p.Gaz.find(toks, []rune(doc.Publisher)); len(ms) > 0 {
		return ms[0].ent
	}
	return nil
}

// Repropose proposes the draft's segments again after a split or merge,
// keeping what the analyst edited on segments that did not change.
func (p *Proposer) Repropose(ctx context.Context, d *Draft) error {
	old := map[[2]int]Proposal{}
	for _, pr := range d.Proposals {
		if pr.Edited || pr.Status != Proposed {
			old[[2]int{pr.Start, pr.End}] = pr
		}
	}
	props, err := p.propose(ctx, d, nil)
	if err != nil {
		return err
	}
	for i, pr := range props {
		if o, ok := old[[2]int{pr.Start, pr.End}]; ok {
			props[i] = o
		}
	}
	d.Proposals = props
	return nil
}

func (p *Proposer) propose(ctx context.Context, d *Draft, progress ProposeProgress) ([]Proposal, error) {
	counts := map[*Entity]int{}
	rt := newRuneText(d.Doc.Text, d.Runes)
	// The parties each sentence names are kept for proposing it (a few
	// per sentence, unlike its tokens).
	found := make([][]mention, len(d.Segments))
	p.mentions(counts, rt, d.Segments, found)
	rt = newRuneText(d.Doc.Text, d.Runes)
	st := newState(p, d, counts)
	d.joint = st.joint
	out := make([]Proposal, len(d.Segments))
	for i, seg := range d.Segments {
		if i%256 == 0 {
			if err := ctx.Err(); err != nil {
				return nil, err
			}
			if progress != nil {
				progress(i, len(d.Segments))
			}
		}
		st.tr.lineStart = startsLine(d.Runes, seg.Start)
		st.found, st.foundSet = found[i], true
		if st.tr.lineStart {
			st.notePara(d.Runes, d.Segments, i)
		}
		out[i] = st.proposeSentence(seg, d.Runes[seg.Start:seg.End], rt.slice(seg.Start, seg.End))
	}
	if progress != nil {
		progress(len(d.Segments), len(d.Segments))
	}
	return out, nil
}

// mentions counts how often the sentences segs of rt name each party;
// with found (as long as segs), found[i] is what sentence i names.
func (p *Proposer) mentions(counts map[*Entity]int, rt *runeText, segs []Segment, found [][]mention) {
	// The tokens are not kept: one slice serves every sentence.
	var toks []token
	for i, seg := range segs {
		s := rt.r[seg.Start:seg.End]
		toks = appendTokens(toks[:0], s, rt.slice(seg.Start, seg.End))
		ms := p.Gaz.find(toks, s)
		for _, m := range ms {
			if !venueAt(toks, m.from) {
				counts[m.ent]++
			}
		}
		if found != nil {
			found[i] = ms
		}
	}
}

// jointParties are the parties a joint phrase ("both sides") stands for:
// the author and the parties the source names most (counts).
func (st *state) jointParties(counts map[*Entity]int) []string {
	type ec struct {
		e *Entity
		n int
	}
	var list []ec
	for e, n := range counts {
		list = append(list, ec{e, n})
	}
	sort.Slice(list, func(i, j int) bool {
		if list[i].n != list[j].n {
			return list[i].n > list[j].n
		}
		return list[i].e.Name < list[j].e.Name
	})
	st.named = nil
	if st.author != "" {
		st.named = append(st.named, st.author)
	}
	for _, x := range list {
		if x.e.Name != st.author {
			st.named = append(st.named, x.e.Name)
		}
	}
	return append([]string(nil), st.named[:min(2, len(st.named))]...)
}

// Split cuts proposal i at rune offset at (counted in the source text) and
// proposes both halves afresh.
func (p *Proposer) Split(ctx context.Context, d *Draft, i, at int) error {
	segs, err := SplitSegment(d.Segments, d.Runes, i, at)
	if err != nil {
		return err
	}
	d.Segments = segs
	return p.Repropose(ctx, d)
}

// Merge joins proposal i with the next and proposes the whole afresh.
func (p *Proposer) Merge(ctx context.Context, d *Draft, i int) error {
	segs, err := MergeSegments(d.Segments, i)
	if err != nil {
		return err
	}
	d.Segments = segs
	return p.Repropose(ctx, d)
}

// venueAt reports a party named as the venue of a meeting, "on the
// sidelines of the #BRICS Foreign Ministers meeting", "on the margins of
// the G20": not a side of the readout, so it is not counted among the
// parties the source names most.
func venueAt(toks []token, i int) bool {
	// Back over the name of the meeting: "on the margins of the 78th
	// Session of the United Nations General Assembly" (venue_name.go).
	for k := i - 1; k >= 1 && k >= i-10; k-- {
		t := toks[k]
		if t.punct == '#' || t.lower == "the" || t.isWord() && (isCapitalized(t.text) || startsWithDigit(t.text)) {
			continue
		}
		if t.lower != "of" {
			return false
		}
		w := toks[k-1].text
		if strings.EqualFold(w, "sidelines") || strings.EqualFold(w, "margins") || strings.EqualFold(w, "margin") {
			return true
		}
	}
	return false
}
