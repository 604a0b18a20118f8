package storage

import (
	"context"
	"path/filepath"

	"parley/storage/pgtest"
	"testing"
)

// mustOpen creates a fresh project in a temporary folder, or in a fresh
// database of the test cluster when the tests run on PostgreSQL.
func mustOpen(tb testing.TB) *Store {
	tb.Helper()
	s, err := Create(newProject(tb))
	if err != nil {
		tb.Fatalf("create project: %v", err)
	}
	tb.Cleanup(func() { s.Close() })
	return s
}

// newProject returns where a new project can be created: a file path in a
// temporary folder, or the address of an empty database on PostgreSQL.
func newProject(tb testing.TB) string {
	tb.Helper()
	if pgtest.Postgres() {
		return pgtest.Database(tb)
	}
	return filepath.Join(tb.TempDir(), "test"+Extension)
}

// fileOnly skips a test of what only a project file has (its header, its
// lock, SQLite's schema) when the tests run on PostgreSQL.
func fileOnly(tb testing.TB, what string) {
	tb.Helper()
	if pgtest.Postgres() {
		tb.Skip("a project file's own: " + what)
	}
}

// fixture is a small project: one dialogue, two parties, topics, statements.
type fixture struct {
	s                *Store
	d                Dialogue
	china, eu        Party
	rights, xinjiang Topic
	joint, cn1, eu1  Statement
}

func mustFixture(tb testing.TB) fixture {
	tb.Helper()
	ctx := context.Background()
	f := fixture{s: mustOpen(tb)}
	must := func(err error) {
		tb.Helper()
		if err != nil {
			tb.Fatal(err)
		}
	}
	f.d = Dialogue{Title: "39th China-EU Human Rights Dialogue", Round: 39, Place: "Chongqing", StartDate: "2024-06-16"}
	must(f.s.CreateDialogue(ctx, &f.d))
	f.china = Party{Name: "China", Color: "#de2910"}
	f.eu = Party{Name: "European Union", ShortName: "EU", Color: "#003399"}
	must(f.s.CreateParty(ctx, &f.china))
	must(f.s.CreateParty(ctx, &f.eu))
	f.rights = Topic{Name: "Human rights"}
	must(f.s.CreateTopic(ctx, &f.rights))
	f.xinjiang = Topic{Name: "Xinjiang", ParentID: &f.rights.ID}
	must(f.s.CreateTopic(ctx, &f.xinjiang))
	mk := func(text string, kind Kind, topic int64, parties ...int64) Statement {
		in := StatementInput{Statement: Statement{DialogueID: f.d.ID, TopicID: &topic, Kind: kind, Text: text}, PartyIDs: parties}
		must(f.s.CreateStatement(ctx, &in))
		return in.Statement
	}
	f.cn1 = mk("China stressed that Xinjiang affairs are internal affairs; 中欧人权对话", KindPosition, f.xinjiang.ID, f.china.ID)
	f.eu1 = mk("The EU raised concerns about the situation in Xinjiang.", KindConcern, f.xinjiang.ID, f.eu.ID)
	f.joint = mk("Both sides agreed to hold the next round in Brussels.", KindAgreement, f.rights.ID, f.china.ID, f.eu.ID)
	return f
}

// noErr fails the test at once when err is not nil.
func noErr(tb testing.TB, err error) {
	tb.Helper()
	if err != nil {
		tb.Fatal(err)
	}
}

// wantCode fails the test unless err is a storage error with code c.
func wantCode(tb testing.TB, err error, c Code) {
	tb.Helper()
	if err == nil {
		tb.Fatalf("no error, want code %d", c)
	}
	if CodeOf(err) != c {
		tb.Fatalf("error %q has code %d, want %d", err, CodeOf(err), c)
	}
}

// count returns the number of rows of table that match where.
func count(tb testing.TB, s *Store, table, where string, args ...any) int64 {
	tb.Helper()
	var n int64
	q := s.read(context.Background()).Table(table)
	if where != "" {
		q = q.Where(where, args...)
	}
	noErr(tb, q.Count(&n).Error)
	return n
}

// errOf keeps only the error of a method that also returns what undoes it.
func errOf[T any](_ T, err error) error { return err }

// errOf2 is errOf for methods that return two values with the error.
func errOf2[A, B any](_ A, _ B, err error) error { return err }
