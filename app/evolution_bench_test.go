package app

import (
	"context"
	"path/filepath"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"parley/app/evolution"
	"parley/app/evolution/evolutiontest"
	"parley/internal/cputime"
	"parley/storage"
	"parley/widgets"
)

// BenchmarkEvolutionTab50x40 times the Evolution tab's own work on a
// stored series of 50 rounds × 40 topics (about 5,000 statements): on the
// UI goroutine, the grid's data made from the table and handed to the
// grid; in the background, every topic and party paired for the cells'
// change notes. The baseline, in the same run, is the engine's table of
// the same series, which the tab builds on.
func BenchmarkEvolutionTab50x40(b *testing.B) {
	ctx := context.Background()
	st, err := storage.Create(filepath.Join(b.TempDir(), "b"+storage.Extension))
	if err != nil {
		b.Fatal(err)
	}
	defer st.Close()
	if _, err := evolutiontest.Generate(ctx, st, evolutiontest.GenOptions{Rounds: 50, Topics: 40, Threads: 2, Seed: 1}); err != nil {
		b.Fatal(err)
	}
	test.NewTempApp(b)
	ev := &evolutionView{grid: widgets.NewEvolutionGrid(widgets.EvolutionData{}, nil)}
	w := test.NewTempWindow(b, ev.grid)
	w.Resize(fyne.NewSize(1280, 800))
	id, err := evolution.FindSeries(ctx, st, "")
	if err != nil {
		b.Fatal(err)
	}
	s, err := evolution.Load(ctx, st, id.ID)
	if err != nil {
		b.Fatal(err)
	}
	ev.cur, ev.table = s, s.Table()
	counts := changeCounts(ctx, s, ev.table)
	b.Logf("%d statements, %d rounds, %d topic rows", len(s.Statements), len(s.Rounds), len(ev.table.Rows))
	b.Run("BaselineTable", func(b *testing.B) {
		defer benchCPU(b, cputime.Used())
		for range b.N {
			s.Table()
		}
	})
	b.Run("GridOnUIGoroutine", func(b *testing.B) {
		b.ReportAllocs()
		defer benchCPU(b, cputime.Used())
		for range b.N {
			ev.grid.SetData(ev.gridData(counts))
		}
	})
	b.Run("ChangeCountsInBackground", func(b *testing.B) {
		b.ReportAllocs()
		defer benchCPU(b, cputime.Used())
		for range b.N {
			changeCounts(ctx, s, ev.table)
		}
	})
}

func benchCPU(b *testing.B, start time.Duration) {
	if c := cputime.Used() - start; c > 0 {
		b.ReportMetric(c.Seconds()/float64(b.N), "cpu-s/op")
	}
}
