package ingest

import (
	"context"
	"fmt"
	"sort"

	"parley/storage"
)

// Status is where the analyst has put a proposal.
type Status int

// The statuses of a proposal. Storing a draft stores the proposals that
// are Accepted, or with all set every one neither Rejected nor Skip.
const (
	Proposed Status = iota
	Accepted
	Rejected
)

// Chosen reports whether storing keeps the proposal: accepted, or with
// all, anything not rejected and not skipped.
func (p Proposal) Chosen(all bool) bool {
	return p.Status == Accepted || all && !p.Skip && p.Status != Rejected
}

// Duplicates lists the sources of the project whose text is exactly text
// (same SHA-256): a non-empty answer means "already imported".
func Duplicates(ctx context.Context, st *storage.Store, text string) ([]storage.Source, error) {
	srcs, err := st.SourcesByHash(ctx, storage.TextHash(text))
	if err != nil {
		return nil, fmt.Errorf("look for an earlier import: %w", err)
	}
	return srcs, nil
}

// Target says where accepted statements go: a dialogue by ID, or by title
// (created when missing).
type Target struct {
	DialogueID    int64
	DialogueTitle string
}

// Batch turns the chosen proposals of a draft into one storage batch:
// new parties with their gazetteer names and colours, new speakers, the
// topics they use (starter topics with their keywords) and the statements.
func (d *Draft) Batch(g *Gazetteer, to Target, all bool) *storage.ImportBatch {
	bt := newBatcher(d, g, to)
	for _, pr := range d.Proposals {
		if pr.Chosen(all) {
			bt.add(pr, pr.Text)
		}
	}
	return bt.done()
}

// batcher gathers chosen proposals into a storage batch.
type batcher struct {
	d                         *Draft
	g                         *Gazetteer
	b                         *storage.ImportBatch
	parties, speakers, topics map[string]bool
	// stream: the batch is stored a part at a time as it fills (see
	// Streamed.Store), so each topic goes into it when first used rather
	// than all at the end (done).
	stream bool
}

func newBatcher(d *Draft, g *Gazetteer, to Target) *batcher {
	bt := &batcher{d: d, g: g, parties: map[string]bool{}, speakers: map[string]bool{}, topics: map[string]bool{},
		b: &storage.ImportBatch{DialogueID: to.DialogueID, DialogueTitle: to.DialogueTitle, AuthorParty: d.Author,
			Source: storage.Source{Title: d.Doc.Title, Publisher: d.Doc.Publisher, URL: d.Doc.URL,
				PublishedOn: d.Doc.PublishedOn, Format: d.Doc.Format, Text: d.Doc.Text}}}
	if bt.b.Source.Title == "" {
		bt.b.Source.Title = "Untitled source"
	}
	bt.addParty(d.Author)
	return bt
}

func (bt *batcher) addParty(name string) {
	if name == "" || bt.parties[name] {
		return
	}
	bt.parties[name] = true
	p := storage.Party{Name: name}
	if e := bt.g.Lookup(name); e != nil {
		p = storage.Party{Name: e.Name, ShortName: e.Short, Color: e.Color}
	}
	bt.b.Parties = append(bt.b.Parties, p)
}

// add adds proposal pr as a statement whose text is text ("": the source
// text's span, which storage cuts out itself).
func (bt *batcher) add(pr Proposal, text string) {
	for _, p := range pr.Parties {
		bt.addParty(p)
	}
	st := storage.ImportStatement{Text: text, Start: pr.Start, End: pr.End, Kind: pr.Kind,
		Parties: pr.Parties, Topic: pr.Topic, ReportedBy: pr.ReportedBy}
	if sp := pr.Speaker; sp != nil {
		st.Speaker = sp.Name
		if !bt.speakers[sp.Name] {
			bt.speakers[sp.Name] = true
			bt.addParty(sp.Party)
			bt.b.Speakers = append(bt.b.Speakers, storage.ImportSpeaker{Name: sp.Name, Role: sp.Role, Party: sp.Party})
		}
	}
	if pr.Topic != "" && !bt.topics[pr.Topic] {
		bt.topics[pr.Topic] = true
		if bt.stream {
			// Stored with the next flush, in the order first used.
			bt.b.Topics = append(bt.b.Topics, bt.d.topic(pr.Topic))
		}
	}
	bt.b.Statements = append(bt.b.Statements, st)
}

func (bt *batcher) done() *storage.ImportBatch {
	bt.b.Topics = bt.d.topicsUsed(bt.topics)
	return bt.b
}

// topic is the batch's topic for path: a starter topic with its keywords,
// or the path alone.
func (d *Draft) topic(path string) storage.ImportTopic {
	for _, s := range d.StarterTopics {
		if s.Path == path {
			return storage.ImportTopic{Path: s.Path, Keywords: s.Keywords}
		}
	}
	return storage.ImportTopic{Path: path}
}

// topicsUsed lists the topic paths statements use, starter topics with
// their keywords, in starter-tree order.
func (d *Draft) topicsUsed(used map[string]bool) []storage.ImportTopic {
	var out []storage.ImportTopic
	for _, s := range d.StarterTopics {
		if used[s.Path] {
			out = append(out, storage.ImportTopic{Path: s.Path, Keywords: s.Keywords})
			delete(used, s.Path)
		}
	}
	var rest []string
	for p := range used {
		rest = append(rest, p)
	}
	sort.Strings(rest)
	for _, p := range rest {
		out = append(out, storage.ImportTopic{Path: p})
	}
	return out
}

// Store saves the chosen proposals of d with their source, and what the
// analyst's review of them taught (Draft.Lessons), in one transaction; on
// any error the project is unchanged. p is the proposer that proposed d.
func (d *Draft) Store(ctx context.Context, st *storage.Store, p *Proposer, to Target, all bool, progress storage.BulkProgress) (storage.ImportResult, error) {
	b := d.Batch(p.Gaz, to, all)
	b.Lessons = d.Lessons(p)
	res, err := st.ImportSource(ctx, b, progress)
	if err != nil {
		return res, fmt.Errorf("store %q: %w", b.Source.Title, err)
	}
	return res, nil
}

// streamBatch is how many proposals Streamed.Store hands storage at a
// time: enough for its bulk INSERTs, little beside the text.
var streamBatch = 4096

// Store proposes the sentences of s and saves every one not skipped, with
// the source, in one transaction; on any error the project is unchanged.
// The source is stored first and the sentences proposed after, each batch
// of streamBatch stored as the next is proposed (see fill and
// storage.ImportBatch.Fill): only the text and two batches' offsets,
// kinds and names are held, and storage cuts the statements' texts out of
// the source's.
func (s *Streamed) Store(ctx context.Context, st *storage.Store, g *Gazetteer, to Target, progress storage.BulkProgress) (storage.ImportResult, error) {
	bt := newBatcher(s.Draft, g, to)
	bt.stream = true
	b := bt.b
	b.Expected = s.Sentences
	// The topics come as the statements first use them; they take their
	// places in the starter tree's order, as Draft.Store creates them.
	for _, t := range s.Draft.StarterTopics {
		b.TopicOrder = append(b.TopicOrder, t.Path)
	}
	b.Fill = func(b *storage.ImportBatch, flush func() error) error {
		return s.fill(ctx, bt, b, flush)
	}
	res, err := st.ImportSource(ctx, b, progress)
	if err != nil {
		return res, fmt.Errorf("store %q: %w", b.Source.Title, err)
	}
	return res, nil
}

// Newcomers lists the parties and speakers that storing the chosen
// proposals would create: what the source brings that the project does not
// know yet, by their gazetteer names.
func (d *Draft) Newcomers(g *Gazetteer, all bool) (parties, speakers []string) {
	seenP, seenS := map[string]bool{}, map[string]bool{}
	addParty := func(name string) {
		if name == "" || seenP[name] {
			return
		}
		seenP[name] = true
		if e := g.Lookup(name); e == nil || e.PartyID == 0 {
			parties = append(parties, name)
		}
	}
	addParty(d.Author)
	for _, pr := range d.Proposals {
		if !pr.Chosen(all) {
			continue
		}
		for _, p := range pr.Parties {
			addParty(p)
		}
		if sp := pr.Speaker; sp != nil && sp.ID == 0 && !seenS[sp.Name] {
			seenS[sp.Name] = true
			speakers = append(speakers, sp.Name)
		}
	}
	return parties, speakers
}
