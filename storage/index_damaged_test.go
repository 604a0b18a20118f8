package storage

import (
	"context"
	"strings"
	"testing"
)

// damageIndex closes f's store, cuts the blocks of the statements' search
// index in half behind Parley's back (the file's pages stay sound), and
// opens the project again.
func damageIndex(t *testing.T, f *fixture, what string) {
	t.Helper()
	path := f.s.Path()
	noErr(t, f.s.Close())
	db := rawDB(t, path)
	noErr(t, db.Exec(what).Error)
	closeRaw(t, db)
	s, err := Open(path)
	noErr(t, err)
	t.Cleanup(func() { s.Close() })
	f.s = s
}

// TestSearchIndexDamaged: a search, and a change the index must follow,
// in a project whose search index is damaged say so, that the data is not
// affected, and that a rescue mends it, rather than SQLite's "database
// disk image is malformed (267)".
func TestSearchIndexDamaged(t *testing.T) {
	fileOnly(t, "an FTS5 index")
	ctx := context.Background()
	for _, c := range []struct {
		name, damage string
		writeFails   bool // an insert reads the structure record, not the segments
	}{
		{"segments", "UPDATE fts_statements_data SET block = substr(block, 1, length(block)/2) WHERE id > 10", false},
		{"structure", "UPDATE fts_statements_data SET block = x'0102030405' WHERE id = 10", true},
	} {
		t.Run(c.name, func(t *testing.T) {
			f := mustFixture(t)
			damageIndex(t, &f, c.damage)
			_, err := f.s.Search(ctx, SearchQuery{Query: "Xinjiang"})
			wantCode(t, err, CodeIndexDamaged)
			for _, want := range []string{"search index of test.parley is damaged", "not affected", "rescuing the project"} {
				if !strings.Contains(err.Error(), want) {
					t.Errorf("search: %q does not say %q", err, want)
				}
			}
			if strings.Contains(err.Error(), "malformed") {
				t.Errorf("search: %q shows SQLite's words", err)
			}
			in := StatementInput{Statement: Statement{DialogueID: f.d.ID, Kind: KindPosition, Text: "A new statement on Xinjiang."}, PartyIDs: []int64{f.china.ID}}
			if err := f.s.CreateStatement(ctx, &in); c.writeFails {
				wantCode(t, err, CodeIndexDamaged)
			} else {
				noErr(t, err)
			}
		})
	}
}
