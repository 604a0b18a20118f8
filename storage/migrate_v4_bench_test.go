package storage_test

import (
	"encoding/json"
	"os"
	"strings"
	"testing"
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
	benchMigrateFrom(b, 3, downgradeToFormat3)
}

// downgradeToFormat3 makes the project at p what format 3 wrote: its
// triggers on sources by the SQL of schema/v3.json, and each source
// indexed as one row numbered by its id.
func downgradeToFormat3(b *testing.B, p string) {
	b.Helper()
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
	execOnFile(b, p, qs...)
}
