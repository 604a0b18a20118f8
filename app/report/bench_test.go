package report

import (
	"context"
	"fmt"
	"html/template"
	"io"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"parley/internal/cputime"
	"parley/storage"
)

const benchStatements = 10000

// benchData is a project of n statements held in memory as Load returns
// it: two parties, 40 topics in two levels, 3 tags, a note on every tenth
// statement and a link on every fifth.
func benchData(n int) *Data {
	d := &Data{Options: allOn(), AllParties: map[int64]storage.Party{}, Sources: map[int64]storage.Source{},
		Times: map[int64]storage.StatementTime{}}
	d.Dialogues = []storage.Dialogue{{ID: 1, Title: "39th China-EU Human Rights Dialogue", Round: 39, Place: "Chongqing", StartDate: "2024-06-16"}}
	d.Parties = []storage.Party{{ID: 1, Name: "China", Color: "#c8102e"}, {ID: 2, Name: "European Union", Color: "#003399"}}
	for _, p := range d.Parties {
		d.AllParties[p.ID] = p
	}
	for i := int64(1); i <= 40; i++ {
		t := storage.Topic{ID: i, Name: fmt.Sprintf("Topic %d", i)}
		if i > 8 {
			t.ParentID = storage.Ptr((i-1)%8 + 1)
		}
		d.Topics = append(d.Topics, t)
	}
	d.Paths = storage.TopicPathMap(d.Topics)
	text := strings.Repeat("The delegation stressed its position on the matter under discussion. ", 2)
	d.Sources[1] = storage.Source{ID: 1, Title: "Readout", URL: "https://example.org/readout", Text: strings.Repeat(text+"\n", n)}
	runes := len([]rune(text)) + 1
	for i := 1; i <= n; i++ {
		s := storage.StatementView{ID: int64(i), DialogueID: 1, TopicID: storage.Ptr(int64(i%40 + 1)), Position: int64(i),
			Kind: storage.Kinds[i%len(storage.Kinds)], Text: fmt.Sprintf("%d. %s", i, text), PartyIDs: []int64{int64(i%2 + 1)},
			SpeakerName: "Speaker", SpeakerRole: "Role", SourceID: storage.Ptr(int64(1)), Start: (i - 1) * runes, End: i*runes - 1,
			Tags: []storage.TagRef{{ID: int64(i%3 + 1), Name: fmt.Sprintf("tag %d", i%3), Color: "#2a9d8f"}}}
		if i%25 == 0 {
			s.PartyIDs = []int64{1, 2}
		}
		d.Statements = append(d.Statements, s)
		if i%10 == 0 {
			d.Notes = append(d.Notes, storage.Note{ID: int64(i), StatementID: storage.Ptr(int64(i)), Body: "An analyst's note.", CreatedAt: time.Now()})
		}
		if i%5 == 0 && i > 1 {
			d.Links = append(d.Links, storage.Link{ID: int64(i), FromID: int64(i), ToID: int64(i - 1), Type: storage.LinkRespondsTo})
		}
	}
	return d
}

// bare is the baseline: the same statements through a minimal template.
var bare = template.Must(template.New("bare").Parse(`<!DOCTYPE html><title>x</title>{{range .}}<p>{{.Text}}</p>{{end}}`))

// reportCPU adds the CPU time per operation to the benchmark's figures.
func reportCPU(b *testing.B, start time.Duration) {
	if c := cputime.Used() - start; c > 0 {
		b.ReportMetric(c.Seconds()/float64(b.N), "cpu-s/op")
	}
}

func BenchmarkReport(b *testing.B) {
	d := benchData(benchStatements)
	b.Run("BareTemplate10k", func(b *testing.B) {
		b.ReportAllocs()
		defer reportCPU(b, cputime.Used())
		for b.Loop() {
			if err := bare.Execute(io.Discard, d.Statements); err != nil {
				b.Fatal(err)
			}
		}
	})
	b.Run("BuildAndRender10k", func(b *testing.B) {
		b.ReportAllocs()
		defer reportCPU(b, cputime.Used())
		for b.Loop() {
			if err := WriteHTML(io.Discard, Build(d)); err != nil {
				b.Fatal(err)
			}
		}
	})
	b.Run("CSV10k", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			if err := WriteCSV(io.Discard, d); err != nil {
				b.Fatal(err)
			}
		}
	})
}

// BenchmarkExport10k is the whole export from a project file: load,
// build, render.
func BenchmarkExport10k(b *testing.B) {
	st := benchStore(b, benchStatements)
	o := allOn()
	b.ReportAllocs()
	b.ResetTimer()
	defer reportCPU(b, cputime.Used())
	for b.Loop() {
		if err := Export(context.Background(), st, "html", o, io.Discard, nil); err != nil {
			b.Fatal(err)
		}
	}
}

func benchStore(b *testing.B, n int) *storage.Store {
	b.Helper()
	ctx := context.Background()
	st, err := storage.Create(filepath.Join(b.TempDir(), "bench"+storage.Extension))
	if err != nil {
		b.Fatal(err)
	}
	b.Cleanup(func() { st.Close() })
	d := benchData(n)
	dlg := d.Dialogues[0]
	must := func(err error) {
		if err != nil {
			b.Fatal(err)
		}
	}
	must(st.CreateDialogue(ctx, &dlg))
	var parties []int64
	for _, p := range d.Parties {
		must(st.CreateParty(ctx, &p))
		parties = append(parties, p.ID)
	}
	var topics []int64
	for i := 0; i < 8; i++ {
		t, err := st.EnsureTopicPath(ctx, fmt.Sprintf("Topic %d/Sub %d", i, i))
		must(err)
		topics = append(topics, t.ID, *t.ParentID)
	}
	src := d.Sources[1]
	src.ID, src.DialogueID = 0, &dlg.ID
	must(st.CreateSource(ctx, &src))
	in := make([]storage.StatementInput, n)
	for i, s := range d.Statements {
		in[i] = storage.StatementInput{Statement: storage.Statement{DialogueID: dlg.ID, TopicID: &topics[i%len(topics)],
			Kind: s.Kind, Text: s.Text, SourceID: &src.ID, Start: s.Start, End: s.End}, PartyIDs: parties[:1+i%25/24]}
	}
	must(st.InsertStatements(ctx, in, nil))
	return st
}
