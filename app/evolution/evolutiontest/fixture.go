// Package evolutiontest makes series of rounds for the tests and
// benchmarks of the across-rounds analyses: a small made-up series written
// like real readouts (Fixture), and generated series of any length
// (Generate). For tests only; it never ships in the binary.
package evolutiontest

import (
	"bufio"
	"context"
	_ "embed"
	"fmt"
	"strconv"
	"strings"

	"parley/storage"
)

//go:embed fixture.txt
var fixture string

// FixtureSeries is the name of the series Fixture writes.
const FixtureSeries = "Fixture Human Rights Dialogue"

// Fixture writes a made-up series of three rounds (11–13) of a human rights
// dialogue between the EU and China into the empty project st: about a dozen
// statements per round and side on topics that recur, change or stop, with
// individual cases (Chinese names too), commitments, stock phrases and a
// few links. It returns the series' ID.
func Fixture(ctx context.Context, st *storage.Store) (int64, error) {
	b := &builder{st: st, parties: map[string]int64{}, topics: map[string]int64{}}
	sc := bufio.NewScanner(strings.NewReader(fixture))
	n := 0
	for sc.Scan() {
		n++
		if err := b.line(ctx, strings.TrimSpace(sc.Text())); err != nil {
			return 0, fmt.Errorf("fixture line %d: %w", n, err)
		}
	}
	return b.series.ID, nil
}

type builder struct {
	st       *storage.Store
	series   storage.Series
	dialogue storage.Dialogue
	parties  map[string]int64
	topics   map[string]int64
	texts    []stated
}

type stated struct {
	id    int64
	round int
	text  string
}

func (b *builder) line(ctx context.Context, l string) error {
	switch {
	case l == "" || strings.HasPrefix(l, "#"):
		return nil
	case strings.HasPrefix(l, "series:"):
		b.series = storage.Series{Name: strings.TrimSpace(strings.TrimPrefix(l, "series:"))}
		return b.st.CreateSeries(ctx, &b.series)
	case strings.HasPrefix(l, "=="):
		return b.round(ctx, fields(strings.TrimPrefix(l, "=="), 3))
	case strings.HasPrefix(l, "link |"):
		return b.link(ctx, fields(strings.TrimPrefix(l, "link |"), 3))
	}
	return b.statement(ctx, fields(l, 4))
}

func fields(l string, n int) []string {
	f := strings.SplitN(l, "|", n)
	for i := range f {
		f[i] = strings.TrimSpace(f[i])
	}
	for len(f) < n {
		f = append(f, "")
	}
	return f
}

func (b *builder) round(ctx context.Context, f []string) error {
	n, err := strconv.Atoi(f[0])
	if err != nil {
		return err
	}
	b.dialogue = storage.Dialogue{SeriesID: &b.series.ID, Round: n, StartDate: f[1], EndDate: f[1], Place: f[2],
		Title: fmt.Sprintf("%s, round %d", b.series.Name, n)}
	return b.st.CreateDialogue(ctx, &b.dialogue)
}

func (b *builder) party(ctx context.Context, name string) (int64, error) {
	if id, ok := b.parties[name]; ok {
		return id, nil
	}
	p := storage.Party{Name: name, ShortName: name, Color: "#003399", Position: len(b.parties)}
	if name == "China" {
		p.Color = "#de2910"
	}
	if err := b.st.CreateParty(ctx, &p); err != nil {
		return 0, err
	}
	b.parties[name] = p.ID
	return p.ID, nil
}

func (b *builder) statement(ctx context.Context, f []string) error {
	party, err := b.party(ctx, f[0])
	if err != nil {
		return err
	}
	topic, ok := b.topics[f[1]]
	if !ok {
		t, err := b.st.EnsureTopicPath(ctx, f[1])
		if err != nil {
			return err
		}
		topic, b.topics[f[1]] = t.ID, t.ID
	}
	in := storage.StatementInput{Statement: storage.Statement{DialogueID: b.dialogue.ID, TopicID: &topic,
		Kind: storage.Kind(f[2]), Text: f[3], ReportedByID: &party}, PartyIDs: []int64{party}}
	if err := b.st.CreateStatement(ctx, &in); err != nil {
		return err
	}
	b.texts = append(b.texts, stated{id: in.ID, round: b.dialogue.Round, text: f[3]})
	return nil
}

func (b *builder) link(ctx context.Context, f []string) error {
	from, err := b.find(f[0])
	if err != nil {
		return err
	}
	to, err := b.find(f[2])
	if err != nil {
		return err
	}
	return b.st.CreateLink(ctx, &storage.Link{FromID: from, ToID: to, Type: storage.LinkType(f[1])})
}

// find resolves a fragment ("12: words" looks in round 12 only) to the one
// statement that holds it.
func (b *builder) find(frag string) (int64, error) {
	var hits []int64
	round, text := SplitFragment(frag)
	for _, s := range b.texts {
		if (round == 0 || s.round == round) && strings.Contains(s.text, text) {
			hits = append(hits, s.id)
		}
	}
	if len(hits) != 1 {
		return 0, fmt.Errorf("fragment %q matches %d statements", frag, len(hits))
	}
	return hits[0], nil
}

// SplitFragment reads a fragment of the labels' format: "12: words" is the
// round 12 and "words"; a fragment without a round number gives 0.
func SplitFragment(frag string) (round int, text string) {
	if i := strings.Index(frag, ": "); i > 0 {
		if n, err := strconv.Atoi(frag[:i]); err == nil {
			return n, frag[i+2:]
		}
	}
	return 0, frag
}
