package storage_test

import (
	"fmt"
	"io"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/glebarez/sqlite"
	"gorm.io/gorm"

	"parley/internal/cputime"
	"parley/storage"
)

// BenchmarkMigrateFormat2 opens a generated project made a format-2 one
// (format 3's, its table of dismissals dropped, stamped 2), which
// migrates it through format 3 to this version's, against opening the
// same project already in this version's format (the baseline: the
// schema check, the lock and the search index's check that every open
// does).
//
//	go test -run '^$' -bench MigrateFormat2 -benchtime 3x ./storage/
//	PARLEY_BENCH_1M=1 go test -run '^$' -bench MigrateFormat2 -benchtime 3x -timeout 60m ./storage/
func BenchmarkMigrateFormat2(b *testing.B) {
	benchMigrateFrom(b, 2, downgradeToFormat2)
}

// benchMigrateFrom times opening a generated project of each bench size
// twice over: as it is, in this version's format (the baseline), and made
// a format-old one by downgrade, which the open migrates. The copy and
// the downgrade are not timed.
func benchMigrateFrom(b *testing.B, old int, downgrade func(*testing.B, string)) {
	for _, n := range benchSizes() {
		s := benchProject(b, n)
		src := s.Path()
		s.Close() // copied whole: nothing of it may sit in a -wal file
		for _, c := range []struct {
			name      string
			downgrade bool
		}{{fmt.Sprintf("open-format%d-%s", storage.SchemaVersion, sizeName(n)), false}, {fmt.Sprintf("migrate-format%d-%s", old, sizeName(n)), true}} {
			b.Run(c.name, func(b *testing.B) {
				var cpu, wall float64
				for range b.N {
					p := copyProject(b, src)
					if c.downgrade {
						downgrade(b, p)
					}
					start, cpuStart := time.Now(), cputime.Used()
					s, err := storage.Open(p)
					if err != nil {
						b.Fatal(err)
					}
					if err := s.Close(); err != nil {
						b.Fatal(err)
					}
					wall += float64(time.Since(start)) / 1e6
					cpu += float64(cputime.Used()-cpuStart) / 1e6
					os.Remove(p)
				}
				b.ReportMetric(wall/float64(b.N), "wall-ms/op")
				b.ReportMetric(cpu/float64(b.N), "cpu-ms/op")
			})
		}
	}
}

// copyProject copies a closed project file into the benchmark's folder.
func copyProject(b *testing.B, src string) string {
	b.Helper()
	b.StopTimer()
	defer b.StartTimer()
	in, err := os.Open(src)
	if err != nil {
		b.Fatal(err)
	}
	defer in.Close()
	p := filepath.Join(b.TempDir(), "copy"+storage.Extension)
	out, err := os.Create(p)
	if err != nil {
		b.Fatal(err)
	}
	if _, err := io.Copy(out, in); err != nil {
		b.Fatal(err)
	}
	if err := out.Close(); err != nil {
		b.Fatal(err)
	}
	return p
}

// downgradeToFormat2 makes the project at p what format 2 wrote: format
// 3's, without its table of dismissals.
func downgradeToFormat2(b *testing.B, p string) {
	downgradeToFormat3(b, p)
	execOnFile(b, p, "DROP TABLE dismissals", "UPDATE parley_meta SET value = '2' WHERE key = 'schema_version'", "PRAGMA wal_checkpoint(TRUNCATE)")
}

// execOnFile runs qs on the project file at p through a plain connection
// of its own, untimed: Parley's open would check and migrate what they
// change.
func execOnFile(b *testing.B, p string, qs ...string) {
	b.Helper()
	b.StopTimer()
	defer b.StartTimer()
	db, err := gorm.Open(sqlite.Open(p), &gorm.Config{})
	if err != nil {
		b.Fatal(err)
	}
	for _, q := range qs {
		if err := db.Exec(q).Error; err != nil {
			b.Fatal(q, err)
		}
	}
	if d, err := db.DB(); err == nil {
		d.Close()
	}
}
