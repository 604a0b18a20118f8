package storage

import (
	"context"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"sync"
	"testing"
	"time"
)

// The benchmarks run at 100k statements; set PARLEY_BENCH_1M=1 to add 1M
// (building that project takes a few minutes; it is built once per run).
//
//	go test -run '^$' -bench . -benchmem ./storage/
//	PARLEY_BENCH_1M=1 go test -run '^$' -bench . -benchmem -timeout 60m ./storage/
func benchSizes() []int {
	if os.Getenv("PARLEY_BENCH_1M") != "" {
		return []int{100_000, 1_000_000}
	}
	return []int{100_000}
}

func sizeName(n int) string {
	if n >= 1_000_000 {
		return fmt.Sprintf("%dM", n/1_000_000)
	}
	return fmt.Sprintf("%dk", n/1000)
}

var benchDir struct {
	once sync.Once
	dir  string
	err  error
}

// TestMain removes the projects the benchmarks built.
func TestMain(m *testing.M) {
	code := m.Run()
	if benchDir.dir != "" {
		os.RemoveAll(benchDir.dir)
	}
	os.Exit(code)
}

var benchProjects sync.Map // n → path

// benchProject returns a generated project of n statements, built once per
// run and shared (read-only) by the benchmarks.
func benchProject(b *testing.B, n int) *Store {
	b.Helper()
	benchDir.once.Do(func() { benchDir.dir, benchDir.err = os.MkdirTemp("", "parley-bench-") })
	if benchDir.err != nil {
		b.Fatal(benchDir.err)
	}
	path := filepath.Join(benchDir.dir, sizeName(n)+Extension)
	if _, ok := benchProjects.Load(n); !ok {
		start := time.Now()
		s, err := Create(path)
		if err != nil {
			b.Fatal(err)
		}
		if err := GenerateProject(context.Background(), s, n, nil); err != nil {
			b.Fatal(err)
		}
		if err := s.Close(); err != nil {
			b.Fatal(err)
		}
		b.Logf("generated %s statements in %v", sizeName(n), time.Since(start).Round(time.Millisecond))
		benchProjects.Store(n, path)
	}
	s, err := Open(path)
	if err != nil {
		b.Fatal(err)
	}
	b.Cleanup(func() { s.Close() })
	return s
}

// benchInputs makes n statements for a project holding the generator's
// vocabulary, without storing them.
func benchInputs(b *testing.B, s *Store, n int) []StatementInput {
	b.Helper()
	g := generator{s: s, rnd: rand.New(rand.NewPCG(7, 7))}
	if err := g.vocabulary(context.Background()); err != nil {
		b.Fatal(err)
	}
	out := make([]StatementInput, n)
	for i := range out {
		out[i] = g.statement(g.dialogues[i*len(g.dialogues)/n])
	}
	return out
}

// BenchmarkInsert compares InsertStatements with the plainest fast way the
// same driver offers: one prepared INSERT per row (statement, parties,
// tags) in one transaction, search index kept by the triggers.
func BenchmarkInsert(b *testing.B) {
	for _, n := range benchSizes() {
		for _, mode := range []string{"raw", "api"} {
			b.Run(mode+"-"+sizeName(n), func(b *testing.B) {
				b.ReportAllocs()
				var total time.Duration
				for range b.N {
					b.StopTimer()
					s := mustOpen(b)
					in := benchInputs(b, s, n)
					b.StartTimer()
					start := time.Now()
					var err error
					if mode == "api" {
						err = s.InsertStatements(context.Background(), in, nil)
					} else {
						err = rawInsert(s, in)
					}
					total += time.Since(start)
					if err != nil {
						b.Fatal(err)
					}
					b.StopTimer()
					s.Close()
				}
				b.ReportMetric(float64(n)*float64(b.N)/total.Seconds(), "rows/s")
			})
		}
	}
}

func rawInsert(s *Store, in []StatementInput) error {
	db, err := s.w.DB()
	if err != nil {
		return err
	}
	tx, err := db.Begin()
	if err != nil {
		return err
	}
	defer tx.Rollback()
	ins, err := tx.Prepare(`INSERT INTO statements (dialogue_id, topic_id, position, kind, text, reported_by_id, speaker_id, source_id, start, "end", created_at, updated_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)`)
	if err != nil {
		return err
	}
	party, err := tx.Prepare("INSERT INTO statement_parties (statement_id, party_id) VALUES (?, ?)")
	if err != nil {
		return err
	}
	tag, err := tx.Prepare("INSERT OR IGNORE INTO statement_tags (statement_id, tag_id) VALUES (?, ?)")
	if err != nil {
		return err
	}
	now := time.Now().UTC()
	for i := range in {
		st := &in[i].Statement
		res, err := ins.Exec(st.DialogueID, st.TopicID, i+1, st.Kind, st.Text, st.ReportedByID, st.SpeakerID, st.SourceID, st.Start, st.End, now, now)
		if err != nil {
			return err
		}
		id, _ := res.LastInsertId()
		for _, p := range in[i].PartyIDs {
			if _, err := party.Exec(id, p); err != nil {
				return err
			}
		}
		for _, t := range in[i].TagIDs {
			if _, err := tag.Exec(id, t); err != nil {
				return err
			}
		}
	}
	return tx.Commit()
}

// busiestNear50 finds the dialogue and topic whose statements number
// closest to 50: the size of a compare view the issue names.
func busiestNear50(b *testing.B, s *Store) (dialogue, topic int64, parties []int64, rows int) {
	b.Helper()
	var best []struct {
		DialogueID, TopicID int64
		N                   int
	}
	err := s.read(context.Background()).Raw(`SELECT dialogue_id, topic_id, count(*) AS n FROM statements
		WHERE topic_id IS NOT NULL GROUP BY dialogue_id, topic_id ORDER BY abs(count(*) - 50), dialogue_id LIMIT 1`).Scan(&best).Error
	if err != nil || len(best) == 0 {
		b.Fatalf("pick a topic: %v", err)
	}
	ps, err := s.Parties(context.Background())
	if err != nil {
		b.Fatal(err)
	}
	for _, p := range ps {
		parties = append(parties, p.ID)
	}
	return best[0].DialogueID, best[0].TopicID, parties, best[0].N
}

// reportLatency reports the p50 and p95 of ds in milliseconds.
func reportLatency(b *testing.B, ds []time.Duration) {
	sort.Slice(ds, func(i, j int) bool { return ds[i] < ds[j] })
	at := func(q float64) float64 {
		return float64(ds[min(len(ds)-1, int(q*float64(len(ds))))].Microseconds()) / 1000
	}
	b.ReportMetric(at(0.50), "p50-ms")
	b.ReportMetric(at(0.95), "p95-ms")
}

// BenchmarkCompare times the compare view's query (Compare: one dialogue
// and topic, one column per party) against the same rows read with one
// plain JOIN and no tags, parties or counts.
func BenchmarkCompare(b *testing.B) {
	ctx := context.Background()
	for _, n := range benchSizes() {
		s := benchProject(b, n)
		d, t, parties, rows := busiestNear50(b, s)
		f := StatementFilter{DialogueID: d, TopicIDs: []int64{t}}
		b.Run("api-"+sizeName(n), func(b *testing.B) {
			b.ReportAllocs()
			ds := make([]time.Duration, 0, b.N)
			for range b.N {
				start := time.Now()
				cols, err := s.Compare(ctx, f, parties)
				ds = append(ds, time.Since(start))
				if err != nil || len(cols) != len(parties) {
					b.Fatalf("compare: %v", err)
				}
			}
			reportLatency(b, ds)
			b.ReportMetric(float64(rows), "rows")
		})
		b.Run("rawjoin-"+sizeName(n), func(b *testing.B) {
			b.ReportAllocs()
			ds := make([]time.Duration, 0, b.N)
			for range b.N {
				start := time.Now()
				var out []Statement
				err := s.read(ctx).Raw(`SELECT s.* FROM statements s JOIN statement_parties x ON x.statement_id = s.id
					WHERE s.dialogue_id = ? AND s.topic_id = ? ORDER BY s.position`, d, t).Scan(&out).Error
				ds = append(ds, time.Since(start))
				if err != nil {
					b.Fatal(err)
				}
			}
			reportLatency(b, ds)
		})
	}
}

// benchQueries are searches a user types: rare and very common words, a
// phrase, a prefix, Chinese.
var benchQueries = []string{"judiciary", "rights", "the", `"rule of law"`, "detain*", "人权", "surveillance privacy", "sovereignty -forced"}

// BenchmarkSearch times the first page of ranked search against a LIKE
// scan of the statements for the same words.
func BenchmarkSearch(b *testing.B) {
	ctx := context.Background()
	for _, n := range benchSizes() {
		s := benchProject(b, n)
		b.Run("api-"+sizeName(n), func(b *testing.B) {
			b.ReportAllocs()
			ds := make([]time.Duration, 0, b.N)
			for i := range b.N {
				start := time.Now()
				_, err := s.Search(ctx, SearchQuery{Query: benchQueries[i%len(benchQueries)], Limit: 50})
				ds = append(ds, time.Since(start))
				if err != nil {
					b.Fatal(err)
				}
			}
			reportLatency(b, ds)
		})
		b.Run("like-"+sizeName(n), func(b *testing.B) {
			b.ReportAllocs()
			ds := make([]time.Duration, 0, b.N)
			for i := range b.N {
				q := strings.Trim(strings.Fields(benchQueries[i%len(benchQueries)])[0], `"*`)
				start := time.Now()
				var ids []int64
				err := s.read(ctx).Raw("SELECT id FROM statements WHERE text LIKE ? ORDER BY length(text) LIMIT 50", "%"+q+"%").Scan(&ids).Error
				ds = append(ds, time.Since(start))
				if err != nil {
					b.Fatal(err)
				}
			}
			reportLatency(b, ds)
		})
	}
}
