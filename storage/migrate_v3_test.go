package storage

import (
	"context"
	"os"
	"strings"
	"testing"

	"gorm.io/gorm"

	"parley/storage/pgtest"
)

// format2Project writes a project as Parley wrote format 2: format 1's
// schema with format 2's steps, stamped version 2, with format 1's rows
// (a statement and a note) and a lesson; edit may change the raw file
// before it is closed.
func format2Project(t *testing.T, edit func(db *gorm.DB)) string {
	t.Helper()
	p := format1Project(t, nil)
	db := rawDB(t, p)
	noErr(t, db.Transaction(func(tx *gorm.DB) error {
		if err := addFormat2(tx); err != nil {
			return err
		}
		if err := tx.Exec("UPDATE parley_meta SET value = '2' WHERE key = ?", versionKey).Error; err != nil {
			return err
		}
		return tx.Exec("INSERT INTO lessons (rule, key, value, count, created_at, updated_at) VALUES ('speaker_party', 'shen bo', 'China', 2, '2024-06-16 09:00:00+00:00', '2024-06-16 09:00:00+00:00')").Error
	}))
	if edit != nil {
		edit(db)
	}
	closeRaw(t, db)
	return p
}

// TestMigrateFormat2 opens a project of format 2: it gains the table of
// dismissed suggestions, its schema is then exactly the canonical one,
// and its rows are all there.
func TestMigrateFormat2(t *testing.T) {
	ctx := context.Background()
	p := format2Project(t, nil)
	s, err := Open(p)
	noErr(t, err)
	wantCanonicalSchema(t, s)
	wantCurrentVersion(t, s)
	ls, err := s.Lessons(ctx)
	noErr(t, err)
	if len(ls) != 1 || ls[0].Key != "shen bo" {
		t.Fatalf("lessons after migration: %+v", ls)
	}
	other := StatementInput{Statement: Statement{DialogueID: 1, Kind: KindPosition, Text: "China rejected it."}, PartyIDs: []int64{1}}
	noErr(t, s.CreateStatement(ctx, &other))
	d := Dismissal{Kind: DismissedPairing, FromID: other.ID, ToID: 7, Type: LinkRespondsTo}
	_, err = s.Dismiss(ctx, &d)
	noErr(t, err)
	noErr(t, s.Close())
	s, err = Open(p)
	noErr(t, err)
	defer s.Close()
	if ds, err := s.Dismissals(ctx, "", 0); err != nil || len(ds) != 1 {
		t.Fatalf("dismissals after reopening: %+v, %v", ds, err)
	}
}

// TestFormat2WithDismissalsRefused: a file that says it is of format 2 but
// holds a table of format 3 is not Parley's format 2; it is refused
// untouched, and rescued with its dismissals.
func TestFormat2WithDismissalsRefused(t *testing.T) {
	fileOnly(t, "Format2WithDismissalsRefused")
	p := format2Project(t, func(db *gorm.DB) {
		noErr(t, db.Transaction(func(tx *gorm.DB) error {
			if err := addFormat3(tx); err != nil {
				return err
			}
			return tx.Exec("INSERT INTO dismissals (kind, from_id, to_id, type, created_at, updated_at) VALUES ('pairing', 7, 7, '', '2024-06-16 09:00:00+00:00', '2024-06-16 09:00:00+00:00')").Error
		}))
	})
	sum := fileSum(t, p)
	_, err := Open(p)
	wantCode(t, err, CodeUntrusted)
	if !strings.Contains(err.Error(), "dismissals") {
		t.Fatalf("the refusal does not name the table: %v", err)
	}
	if fileSum(t, p) != sum {
		t.Fatal("the refused file was changed")
	}
	if _, err := os.Stat(p + "-wal"); err == nil {
		t.Fatal("a -wal file appeared beside the refused file")
	}
	// A dismissal joining a statement with itself is not a project's: the
	// rescue leaves it out, says so, and brings over the rest.
	res, err := ReadRescue(context.Background(), p)
	noErr(t, err)
	if len(res.Rows.Dismissals) != 0 || len(res.Rows.Statements) != 1 || !strings.Contains(strings.Join(res.Left, "|"), "dismissed suggestions: 1 left out") {
		t.Fatalf("rescued %d dismissals, %d statements; left %v", len(res.Rows.Dismissals), len(res.Rows.Statements), res.Left)
	}
	s := mustOpen(t)
	noErr(t, s.WriteRows(context.Background(), &res.Rows, nil))
}

// TestRescueKeepsDismissals: a refused format-3 file's dismissed
// suggestions come over with their authors.
func TestRescueKeepsDismissals(t *testing.T) {
	fileOnly(t, "RescueKeepsDismissals")
	ctx := context.Background()
	f := mustFixture(t)
	f.s.SetAuthor("ana")
	d := Dismissal{Kind: DismissedPairing, FromID: f.eu1.ID, ToID: f.cn1.ID, Type: LinkContradicts}
	_, err := f.s.Dismiss(ctx, &d)
	noErr(t, err)
	p := f.s.Path()
	noErr(t, f.s.Close())
	db := rawDB(t, p)
	noErr(t, db.Exec("CREATE TRIGGER evil AFTER INSERT ON notes BEGIN DELETE FROM dismissals; END").Error)
	closeRaw(t, db)
	_, err = Open(p)
	wantCode(t, err, CodeUntrusted)
	res, err := ReadRescue(ctx, p)
	noErr(t, err)
	if len(res.Rows.Dismissals) != 1 || res.Rows.Dismissals[0].CreatedBy != "ana" || len(res.Left) != 0 {
		t.Fatalf("rescued %+v; left %v", res.Rows.Dismissals, res.Left)
	}
	s := mustOpen(t)
	noErr(t, s.WriteRows(ctx, &res.Rows, nil))
	if ds, err := s.Dismissals(ctx, "", 0); err != nil || len(ds) != 1 || ds[0].ID != d.ID {
		t.Fatalf("after the rescue: %+v, %v", ds, err)
	}
}

// TestMigrateFormat2Server upgrades a team project of format 2: the table
// of dismissed suggestions is created by format 3's PostgreSQL step with
// the columns, keys and indexes a project created today has.
func TestMigrateFormat2Server(t *testing.T) {
	if !pgtest.Postgres() {
		t.Skip("a team project's: runs under PARLEY_TEST_BACKEND=postgres")
	}
	ctx := context.Background()
	fresh := mustOpen(t)
	wantCols, wantIdx := pgTableShape(t, fresh, "dismissals")
	if !strings.Contains(wantCols, "from_id bigint NO") || !strings.Contains(wantIdx, "idx_dismissal_unique") {
		t.Fatalf("a fresh team project's table of dismissals:\n%s\n%s", wantCols, wantIdx)
	}
	addr := newProject(t)
	s, err := Create(addr)
	noErr(t, err)
	noErr(t, s.write(ctx, "downgrade", func(tx *gorm.DB) error {
		if err := tx.Exec("DROP TABLE dismissals").Error; err != nil {
			return err
		}
		return tx.Exec("UPDATE parley_meta SET value = '2' WHERE key = ?", versionKey).Error
	}))
	noErr(t, s.Close())
	s, err = Open(addr)
	noErr(t, err)
	defer s.Close()
	cols, idx := pgTableShape(t, s, "dismissals")
	if cols != wantCols || idx != wantIdx {
		t.Fatalf("migrated table:\n%s\n%s\nwant\n%s\n%s", cols, idx, wantCols, wantIdx)
	}
	wantCurrentVersion(t, s)
}

// pgTableShape describes a server table: its columns with types, nullness
// and defaults, and its indexes and constraints.
func pgTableShape(t *testing.T, s *Store, table string) (cols, idx string) {
	t.Helper()
	var c, i []string
	noErr(t, s.read(context.Background()).Raw(`SELECT column_name || ' ' || data_type || ' ' || is_nullable || ' ' || coalesce(column_default, '')
		FROM information_schema.columns WHERE table_schema = current_schema() AND table_name = ? ORDER BY column_name`, table).Scan(&c).Error)
	noErr(t, s.read(context.Background()).Raw(`SELECT indexdef FROM pg_indexes WHERE schemaname = current_schema() AND tablename = ?
		UNION ALL SELECT conname || ' ' || pg_get_constraintdef(oid) FROM pg_constraint WHERE conrelid = ?::regclass ORDER BY 1`, table, table).Scan(&i).Error)
	return strings.Join(c, "\n"), strings.Join(i, "\n")
}
