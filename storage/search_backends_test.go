package storage_test

import (
	"context"
	"database/sql"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"sort"
	"strconv"
	"testing"
	"time"

	_ "github.com/jackc/pgx/v5/stdlib"

	"parley/storage"
	"parley/storage/pgtest"
	"parley/storage/storagetest"
)

// twinProjects are the same generated project of n statements in a file
// and in a database of the test cluster.
func twinProjects(tb testing.TB, n int) (file, server *storage.Store) {
	tb.Helper()
	ctx := context.Background()
	addr := pgtest.Database(tb) // skips (fails under CI=1) without PostgreSQL
	for _, dst := range []string{filepath.Join(tb.TempDir(), "twin"+storage.Extension), addr} {
		s, err := storage.Create(dst)
		if err != nil {
			tb.Fatal(err)
		}
		tb.Cleanup(func() { s.Close() })
		if err := storagetest.GenerateProject(ctx, s, n, nil); err != nil {
			tb.Fatal(err)
		}
		if file == nil {
			file = s
		} else {
			server = s
		}
	}
	// A team project in use has been vacuumed by autovacuum (the rows'
	// visibility known, the statistics taken); a freshly loaded one has
	// not yet.
	db, err := sql.Open("pgx", addr)
	if err != nil {
		tb.Fatal(err)
	}
	defer db.Close()
	if _, err := db.Exec("VACUUM (ANALYZE)"); err != nil {
		tb.Fatal(err)
	}
	return file, server
}

// sameSearchQueries cover what a user types: rare and common words,
// phrases, prefixes, exclusions, Chinese, accents and case.
var sameSearchQueries = append([]string{"Judiciary", "Erdoğan", "RIGHTS freedom", `"human rights" -dialogue`,
	"consult*", "权", "中欧", "the of", `"internal affairs"`, "law -rule"}, benchQueries...)

// TestSearchSameOnBothBackends searches the same generated project in a
// file and on a server: every query finds the same hits, in the same
// order, with the same snippets, and with each filter too.
func TestSearchSameOnBothBackends(t *testing.T) {
	ctx := context.Background()
	file, server := twinProjects(t, 3000)
	filters := []storage.StatementFilter{{}, {DialogueID: 3}, {TagIDs: []int64{2}}, {PartyIDs: []int64{1}}, {Kinds: []storage.Kind{storage.KindConcern}}}
	found, runs := 0, 0
	for _, q := range sameSearchQueries {
		for _, f := range filters {
			name := fmt.Sprintf("%s %+v", q, f)
			want, err := file.Search(ctx, storage.SearchQuery{Query: q, Filter: f, Limit: 30})
			if err != nil {
				t.Fatalf("%s on the file: %v", name, err)
			}
			got, err := server.Search(ctx, storage.SearchQuery{Query: q, Filter: f, Limit: 30})
			if err != nil {
				t.Fatalf("%s on the server: %v", name, err)
			}
			if !reflect.DeepEqual(got, want) {
				t.Errorf("%s: the server found\n%v\nthe file\n%v", name, got, want)
			}
			runs++
			if len(want) > 0 {
				found++
			}
		}
	}
	if found < runs*2/3 {
		t.Errorf("only %d of %d searches found anything: the comparison proves little", found, runs)
	}
	t.Logf("%d of %d searches found hits, the same on both back-ends", found, runs)
}

// BenchmarkSearchBackends runs the ranked search's first page on the same
// generated project in a file and on a local PostgreSQL server, the two
// interleaved query by query so that the machine's load falls on both
// alike. It reports each one's wall p50 and p95 and the server's p50 as a
// multiple of the file's (CPU time is not comparable: the server's is
// spent in another process). PARLEY_BENCH_SEARCH_N sets the size
// (default 100k).
//
//	go test -run '^$' -bench SearchBackends -benchtime 400x ./storage/
func BenchmarkSearchBackends(b *testing.B) {
	n := 100_000
	if v, err := strconv.Atoi(os.Getenv("PARLEY_BENCH_SEARCH_N")); err == nil && v > 0 {
		n = v
	}
	ctx := context.Background()
	file, server := twinProjects(b, n)
	b.Run(sizeName(n), func(b *testing.B) {
		var fds, sds []time.Duration
		for i := range b.N {
			q := storage.SearchQuery{Query: benchQueries[i%len(benchQueries)], Limit: 50}
			for _, x := range []struct {
				s  *storage.Store
				ds *[]time.Duration
			}{{file, &fds}, {server, &sds}} {
				start := time.Now()
				if _, err := x.s.Search(ctx, q); err != nil {
					b.Fatal(err)
				}
				*x.ds = append(*x.ds, time.Since(start))
			}
		}
		fp50, fp95 := quantiles(fds)
		sp50, sp95 := quantiles(sds)
		b.ReportMetric(fp50, "sqlite-p50-ms")
		b.ReportMetric(fp95, "sqlite-p95-ms")
		b.ReportMetric(sp50, "pg-p50-ms")
		b.ReportMetric(sp95, "pg-p95-ms")
		if fp50 > 0 {
			b.ReportMetric(sp50/fp50, "pg/sqlite-p50")
		}
	})
}

// quantiles are the p50 and p95 of ds in milliseconds.
func quantiles(ds []time.Duration) (p50, p95 float64) {
	sort.Slice(ds, func(i, j int) bool { return ds[i] < ds[j] })
	at := func(q float64) float64 {
		return float64(ds[min(len(ds)-1, int(q*float64(len(ds))))].Microseconds()) / 1000
	}
	return at(0.5), at(0.95)
}
