package storage

import (
	"context"
	"os"
	"slices"
	"strings"
	"testing"

	"gorm.io/gorm"

	"parley/storage/pgtest"
)

// format3Project writes a project as Parley wrote format 3: format 2's
// with the table of dismissals, stamped version 3, and two sources indexed
// as format 3 indexed them, each as one row numbered by its id (source 2
// is piecesText, a source format 4 holds in four pieces); edit may change
// the raw file before it is closed.
func format3Project(t *testing.T, edit func(db *gorm.DB)) string {
	t.Helper()
	p := format2Project(t, nil)
	db := rawDB(t, p)
	const now = "2024-06-16 09:00:00+00:00"
	noErr(t, db.Transaction(func(tx *gorm.DB) error {
		if err := addFormat3(tx); err != nil {
			return err
		}
		if err := tx.Exec("UPDATE parley_meta SET value = '3' WHERE key = ?", versionKey).Error; err != nil {
			return err
		}
		for i, text := range []string{"The EU raised the case of Ilham Tohti in Chongqing.", piecesText()} {
			err := tx.Exec("INSERT INTO sources (id, dialogue_id, title, text, sha256, imported_at, created_at, updated_at) VALUES (?, 1, ?, ?, ?, ?, ?, ?)",
				i+1, []string{"EU readout", "Chinese readout"}[i], text, TextHash(text), now, now, now).Error
			if err != nil {
				return err
			}
		}
		return nil
	}))
	if edit != nil {
		edit(db)
	}
	closeRaw(t, db)
	return p
}

// TestMigrateFormat3 opens a project of format 3: its sources are indexed
// again in pieces, its schema is then exactly the canonical one, and its
// sources are found by words in different pieces of the index.
func TestMigrateFormat3(t *testing.T) {
	ctx := context.Background()
	p := format3Project(t, nil)
	db := rawDB(t, p)
	var rows []int64
	noErr(t, db.Raw("SELECT rowid FROM fts_sources ORDER BY rowid").Scan(&rows).Error)
	closeRaw(t, db)
	if !slices.Equal(rows, []int64{1, 2}) {
		t.Fatalf("format 3's index holds rows %v", rows)
	}
	s, err := Open(p)
	noErr(t, err)
	defer s.Close()
	wantCanonicalSchema(t, s)
	wantCurrentVersion(t, s)
	noErr(t, s.read(ctx).Raw("SELECT rowid FROM fts_sources ORDER BY rowid").Scan(&rows).Error)
	if !slices.Equal(rows, []int64{1 << pieceBits, 2 << pieceBits, 2<<pieceBits + 1, 2<<pieceBits + 2, 2<<pieceBits + 3}) {
		t.Fatalf("the migrated index holds rows %v", rows)
	}
	for q, want := range map[string][]int64{"Tohti": {1}, "Xinjiang Tibet": {2}, `"human rights"`: {2}, "readout": {2, 1}, "Chinese -Tibet": nil} {
		if got, _ := sourceHits(t, s, q); !slices.Equal(got, want) {
			t.Errorf("%s finds sources %v after the migration, want %v", q, got, want)
		}
	}
	var check string
	noErr(t, s.read(ctx).Raw("PRAGMA integrity_check").Scan(&check).Error)
	noErr(t, s.w.Exec("INSERT INTO fts_sources(fts_sources) VALUES ('integrity-check')").Error)
	if check != "ok" {
		t.Fatalf("integrity check after the migration: %s", check)
	}
}

// TestFormat3WithPiecesRefused: a file that says format 3 but has format
// 4's triggers on sources is not Parley's format 3; it is refused untouched.
func TestFormat3WithPiecesRefused(t *testing.T) {
	p := format3Project(t, func(db *gorm.DB) {
		noErr(t, db.Transaction(func(tx *gorm.DB) error {
			for _, tr := range sourceTriggerSQL() {
				if err := exactTrigger(tx, tr.name, tr.sql); err != nil {
					return err
				}
			}
			return nil
		}))
	})
	sum := fileSum(t, p)
	_, err := Open(p)
	wantCode(t, err, CodeUntrusted)
	if !strings.Contains(err.Error(), "sources_at") {
		t.Fatalf("the refusal does not name the trigger: %v", err)
	}
	if fileSum(t, p) != sum {
		t.Fatal("the refused file was changed")
	}
	if _, err := os.Stat(p + "-wal"); err == nil {
		t.Fatal("a -wal file appeared beside the refused file")
	}
}

// TestRescueFormat3: a format-3 file with a hostile trigger is rescued
// with its sources, which the new project indexes and finds.
func TestRescueFormat3(t *testing.T) {
	ctx := context.Background()
	p := format3Project(t, func(db *gorm.DB) {
		noErr(t, db.Exec("CREATE TRIGGER evil AFTER INSERT ON notes BEGIN DELETE FROM sources; END").Error)
	})
	_, err := Open(p)
	wantCode(t, err, CodeUntrusted)
	res, err := ReadRescue(ctx, p)
	noErr(t, err)
	if len(res.Rows.Sources) != 2 || len(res.Rows.Statements) != 1 || len(res.Left) != 0 {
		t.Fatalf("rescued %d sources, %d statements; left %v", len(res.Rows.Sources), len(res.Rows.Statements), res.Left)
	}
	s := mustOpen(t)
	noErr(t, s.WriteRows(ctx, &res.Rows, nil))
	if got, _ := sourceHits(t, s, "Xinjiang Tibet"); !slices.Equal(got, []int64{2}) {
		t.Fatalf("the rescued project finds %v", got)
	}
}

// TestMigrateFormat3Server upgrades a team project of format 3: format 4
// changes only a file's index, so the team project is stamped 4 and its
// sources are found as before.
func TestMigrateFormat3Server(t *testing.T) {
	if !pgtest.Postgres() {
		t.Skip("a team project's: runs under PARLEY_TEST_BACKEND=postgres")
	}
	ctx := context.Background()
	addr := newProject(t)
	s, err := Create(addr)
	noErr(t, err)
	id := importPieces(t, s)
	noErr(t, s.write(ctx, "downgrade", func(tx *gorm.DB) error {
		return tx.Exec("UPDATE parley_meta SET value = '3' WHERE key = ?", versionKey).Error
	}))
	noErr(t, s.Close())
	s, err = Open(addr)
	noErr(t, err)
	defer s.Close()
	wantCurrentVersion(t, s)
	if got, _ := sourceHits(t, s, "Xinjiang Tibet"); !slices.Equal(got, []int64{id}) {
		t.Fatalf("after the migration Xinjiang Tibet finds %v", got)
	}
}
