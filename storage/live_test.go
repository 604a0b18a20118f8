package storage

import (
	"context"
	"fmt"
	"sort"
	"testing"
	"time"

	"parley/storage/pgtest"
)

// liveLatencies has store b make n edits while a watches, and returns how
// long each took from the start of b's save to a's hearing of it.
func liveLatencies(tb testing.TB, a, b *Store, n int) []time.Duration {
	tb.Helper()
	ctx := context.Background()
	heard := make(chan Change, 16)
	stop := a.Watch(func(c Change) { heard <- c })
	defer stop()
	time.Sleep(200 * time.Millisecond) // LISTEN is in place
	p := Party{Name: "Watched"}
	noErr(tb, b.CreateParty(ctx, &p))
	<-heard
	out := make([]time.Duration, 0, n)
	for i := range n {
		p.ShortName = fmt.Sprint(i)
		start := time.Now()
		noErr(tb, b.UpdateParty(ctx, &p))
		select {
		case c := <-heard:
			out = append(out, time.Since(start))
			if c.Table != "parties" || c.RowID != p.ID || c.Action != fmt.Sprintf("update party %d", p.ID) {
				tb.Fatalf("heard %+v", c)
			}
		case <-time.After(10 * time.Second):
			tb.Fatalf("edit %d was not heard within 10 s", i)
		}
	}
	return out
}

func p95(ds []time.Duration) time.Duration {
	s := append([]time.Duration(nil), ds...)
	sort.Slice(s, func(i, j int) bool { return s[i] < s[j] })
	return s[(len(s)*95+99)/100-1]
}

// TestLiveRefresh: on a server, a store hears every edit another store
// commits, and none of its own. The latency from the start of a save to
// its being heard is measured and reported (a shared machine makes a
// timed assertion meaningless; the figure goes in the log).
func TestLiveRefresh(t *testing.T) {
	if !pgtest.Postgres() {
		t.Skip("a server's own: LISTEN/NOTIFY (a file has one writer)")
	}
	ctx := context.Background()
	a := mustOpen(t)
	b := secondStore(t, a)
	if !a.Live() {
		t.Fatal("a team project does not say it is live")
	}
	lat := liveLatencies(t, a, b, 200)
	sort.Slice(lat, func(i, j int) bool { return lat[i] < lat[j] })
	t.Logf("live refresh, save to heard, %d edits: p50 %v, p95 %v, max %v", len(lat), lat[len(lat)/2], p95(lat), lat[len(lat)-1])

	t.Run("OwnEditsUnheard", func(t *testing.T) {
		heard := make(chan Change, 4)
		stop := a.Watch(func(c Change) { heard <- c })
		defer stop()
		time.Sleep(200 * time.Millisecond)
		noErr(t, a.CreateTag(ctx, &Tag{Name: "mine"}))
		noErr(t, b.CreateTag(ctx, &Tag{Name: "theirs"}))
		c := <-heard
		if c.Action != "create tag" || c.Author == "" {
			t.Fatalf("first heard %+v", c)
		}
		select {
		case c := <-heard:
			t.Fatalf("heard a second edit %+v", c)
		case <-time.After(300 * time.Millisecond):
		}
	})
	t.Run("RefusedEditUnheard", func(t *testing.T) {
		heard := make(chan Change, 4)
		stop := a.Watch(func(c Change) { heard <- c })
		defer stop()
		time.Sleep(200 * time.Millisecond)
		p := Party{Name: "Gone", Revision: Revision{Version: 99}}
		if err := b.UpdateParty(ctx, &p); err == nil {
			t.Fatal("an update of a missing party succeeded")
		}
		select {
		case c := <-heard:
			t.Fatalf("a rolled-back edit was announced: %+v", c)
		case <-time.After(300 * time.Millisecond):
		}
	})
}

// BenchmarkLiveRefresh reports the latency of the live refresh on a
// server: from the start of one analyst's save to another's store hearing
// of it, p50 and p95 in milliseconds.
func BenchmarkLiveRefresh(b *testing.B) {
	if !pgtest.Postgres() {
		b.Skip("a server's own: LISTEN/NOTIFY")
	}
	a := mustOpen(b)
	o := secondStore(b, a)
	b.ResetTimer()
	lat := liveLatencies(b, a, o, max(b.N, 20))
	b.StopTimer()
	sort.Slice(lat, func(i, j int) bool { return lat[i] < lat[j] })
	b.ReportMetric(float64(lat[len(lat)/2].Microseconds())/1000, "p50-ms")
	b.ReportMetric(float64(p95(lat).Microseconds())/1000, "p95-ms")
}
