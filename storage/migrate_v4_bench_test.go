package storage_test

import (
	"encoding/json"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/glebarez/sqlite"
	"gorm.io/gorm"

	"parley/internal/cputime"
	"parley/storage"
)

// BenchmarkMigrateFormat3 opens a generated project made a format-3 one
// (format 3's triggers on sources, each source indexed as one row,
// stamped 3), which migrates it to format 4, against opening the same
// project already in format 4 (the baseline). The step from 3 indexes the
// sources again and reads nothing else, so the statements should not
// count. The copy and the downgrade are not timed.
//
//	go test -run '^$' -bench MigrateFormat3 -benchtime 3x ./storage/
//	PARLEY_BENCH_1M=1 go test -run '^$' -bench MigrateFormat3 -benchtime 3x -timeout 60m ./storage/
func BenchmarkMigrateFormat3(b *testing.B) {
	for _, n := range benchSizes() {
		s := benchProject(b, n)
		src := s.Path()
		s.Close() // copied whole: nothing of it may sit in a -wal file
		for _, c := range []struct {
			name      string
			downgrade bool
		}{{"open-format4-" + sizeName(n), false}, {"migrate-format3-" + sizeName(n), true}} {
			b.Run(c.name, func(b *testing.B) {
				var cpu, wall float64
				for range b.N {
					p := copyProject(b, src)
					if c.downgrade {
						downgradeToFormat3(b, p)
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

// downgradeToFormat3 makes the project at p what format 3 wrote: its
// triggers on sources by the SQL of schema/v3.json, and each source
// indexed as one row numbered by its id.
func downgradeToFormat3(b *testing.B, p string) {
	b.Helper()
	b.StopTimer()
	defer b.StartTimer()
	raw, err := os.ReadFile("schema/v3.json")
	if err != nil {
		b.Fatal(err)
	}
	var objs []struct{ Type, Name, SQL string }
	if err := json.Unmarshal(raw, &objs); err != nil {
		b.Fatal(err)
	}
	qs := []string{"DROP TRIGGER sources_ai", "DROP TRIGGER sources_au", "DROP TRIGGER sources_ad", "DROP TRIGGER sources_at",
		"DELETE FROM fts_sources", "INSERT INTO fts_sources(rowid, title, text) SELECT id, parley_fold(title), parley_fold(text) FROM sources"}
	for _, o := range objs {
		if o.Type == "trigger" && strings.HasPrefix(o.Name, "sources_") {
			qs = append(qs, o.SQL)
		}
	}
	qs = append(qs, "UPDATE parley_meta SET value = '3' WHERE key = 'schema_version'", "PRAGMA wal_checkpoint(TRUNCATE)")
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
