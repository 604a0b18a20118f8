package storage

import (
	"context"
	"database/sql"
	"strings"
	"testing"

	_ "github.com/jackc/pgx/v5/stdlib"

	"parley/storage/pgtest"
)

// These tests need a PostgreSQL cluster whichever back-end the rest of the
// suite runs on; pgtest skips them where PostgreSQL is not installed
// (and fails them under CI=1).

func rawPG(t *testing.T, addr string) *sql.DB {
	t.Helper()
	db, err := sql.Open("pgx", addr)
	noErr(t, err)
	t.Cleanup(func() { db.Close() })
	return db
}

func TestServerProjectOpen(t *testing.T) {
	ctx := context.Background()
	t.Run("ErrEmpty", func(t *testing.T) {
		addr := pgtest.Database(t)
		_, err := Open(addr)
		wantCode(t, err, CodeEmpty)
		_, err = OpenWith(addr, Options{ReadOnly: true})
		wantCode(t, err, CodeEmpty)
	})
	t.Run("CreateThenOpen", func(t *testing.T) {
		addr := pgtest.Database(t)
		s, err := Create(addr)
		noErr(t, err)
		noErr(t, s.CreateTag(ctx, &Tag{Name: "sovereignty"}))
		noErr(t, s.Close())
		s, err = Open(addr)
		noErr(t, err)
		defer s.Close()
		tags, err := s.Tags(ctx)
		noErr(t, err)
		if len(tags) != 1 || !s.Server() || s.Path() != addr {
			t.Fatalf("tags %v, server %v, path %q", tags, s.Server(), s.Path())
		}
		_, err = Create(addr)
		wantCode(t, err, CodeExists)
	})
	t.Run("ErrNewerVersion", func(t *testing.T) {
		addr := pgtest.Database(t)
		s, err := Create(addr)
		noErr(t, err)
		noErr(t, s.Close())
		_, err = rawPG(t, addr).Exec("UPDATE parley_meta SET value = '99' WHERE key = 'schema_version'")
		noErr(t, err)
		_, err = Open(addr)
		wantCode(t, err, CodeNewerVersion)
		if !strings.Contains(err.Error(), "newer Parley") || !strings.Contains(err.Error(), "99") {
			t.Fatalf("message %q", err)
		}
		_, err = OpenWith(addr, Options{ReadOnly: true})
		wantCode(t, err, CodeNewerVersion)
	})
	t.Run("ErrNotProject", func(t *testing.T) {
		addr := pgtest.Database(t)
		_, err := rawPG(t, addr).Exec("CREATE TABLE accounts (id int)")
		noErr(t, err)
		_, err = Create(addr)
		wantCode(t, err, CodeNotProject)
		_, err = Open(addr)
		wantCode(t, err, CodeNotProject)
	})
	t.Run("ErrCannotConnect", func(t *testing.T) {
		_, err := Open("postgres://nobody@127.0.0.1:1/none?sslmode=disable&connect_timeout=2")
		wantCode(t, err, CodeNotFound)
		if !strings.Contains(err.Error(), "cannot connect to postgres://nobody@127.0.0.1:1/none") {
			t.Fatalf("message %q", err)
		}
	})
	t.Run("PasswordNeverShown", func(t *testing.T) {
		_, err := Open("postgres://anna:s3cret@127.0.0.1:1/none?sslmode=disable&connect_timeout=2")
		if err == nil || strings.Contains(err.Error(), "s3cret") {
			t.Fatalf("error %v shows the password", err)
		}
	})
}

func TestServerAddress(t *testing.T) {
	for _, c := range []struct {
		in   ServerConfig
		want string
	}{
		{ServerConfig{Host: "db.example.org", Database: "parley", User: "anna"}, "postgres://anna@db.example.org/parley"},
		{ServerConfig{Host: "10.0.0.5", Port: 5433, Database: "hrd", User: "anna", SSLMode: "verify-full"}, "postgres://anna@10.0.0.5:5433/hrd?sslmode=verify-full"},
		{ServerConfig{Host: "db", Database: "p", User: "o'neil@mfa"}, "postgres://o%27neil%40mfa@db/p"},
	} {
		if got := c.in.Address(); got != c.want {
			t.Errorf("%+v: %q, want %q", c.in, got, c.want)
		}
		back, err := ParseServerAddress(c.want)
		noErr(t, err)
		if back != c.in {
			t.Errorf("%q parsed as %+v", c.want, back)
		}
	}
	for in, want := range map[string]string{
		"postgres://anna:pw@db/p":              "postgres://anna@db/p",
		"postgresql://anna@db/p":               "postgresql://anna@db/p",
		"/home/anna/hrd.parley":                "/home/anna/hrd.parley",
		"postgres://anna:p%40ss@db:5433/p?x=1": "postgres://anna@db:5433/p?x=1",
	} {
		if got := RedactAddress(in); got != want {
			t.Errorf("RedactAddress(%q) = %q, want %q", in, got, want)
		}
	}
	for _, p := range []string{"postgres://x", "POSTGRESQL://x", "postgresql://"} {
		if !IsServerAddress(p) {
			t.Errorf("%q is a server address", p)
		}
	}
	for _, p := range []string{"postgres.parley", "x/postgres://y", ""} {
		if IsServerAddress(p) {
			t.Errorf("%q is not a server address", p)
		}
	}
	_, err := ParseServerAddress("postgres://db:99999/p")
	wantCode(t, err, CodeInvalid)
}

// teamGrants is the set-up docs/team.md gives a team's IT, for a project
// in database db and role names ending in suffix (roles are the
// cluster's, shared by the tests' databases).
func teamGrants(db, suffix string) []string {
	r := func(s string) string { return strings.ReplaceAll(s, "%", suffix) }
	return []string{
		r("CREATE ROLE parley_editors% NOLOGIN"),
		r("CREATE ROLE parley_readers% NOLOGIN"),
		r("GRANT CONNECT ON DATABASE " + db + " TO parley_editors%, parley_readers%"),
		r("GRANT USAGE ON SCHEMA public TO parley_editors%, parley_readers%"),
		r("GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO parley_editors%"),
		r("GRANT USAGE, SELECT, UPDATE ON ALL SEQUENCES IN SCHEMA public TO parley_editors%"),
		r("GRANT SELECT ON ALL TABLES IN SCHEMA public TO parley_readers%"),
		r("CREATE ROLE anna% LOGIN IN ROLE parley_editors%"),
		r("CREATE ROLE ben% LOGIN IN ROLE parley_readers%"),
	}
}

// TestServerRoles checks the grants of docs/team.md: an editor edits and
// searches, a reader's project opens read-only and refuses every change.
func TestServerRoles(t *testing.T) {
	ctx := context.Background()
	addr := pgtest.Database(t)
	s, err := Create(addr)
	noErr(t, err)
	noErr(t, s.Close())
	c, err := ParseServerAddress(addr)
	noErr(t, err)
	suffix := "_" + strings.TrimPrefix(c.Database, "t")
	raw := rawPG(t, addr)
	for _, q := range teamGrants(c.Database, suffix) {
		if _, err := raw.Exec(q); err != nil {
			t.Fatalf("%s: %v", q, err)
		}
	}
	as := func(role string) string {
		c := c
		c.User = role + suffix
		return c.Address()
	}

	editor, err := Open(as("anna"))
	noErr(t, err)
	defer editor.Close()
	if editor.ReadOnly() {
		t.Fatal("an editor's project opened read-only")
	}
	d := Dialogue{Title: "40th round"}
	noErr(t, editor.CreateDialogue(ctx, &d))
	noErr(t, editor.InsertStatements(ctx, []StatementInput{{Statement: Statement{DialogueID: d.ID, Text: "Both sides discussed 人权 and the rule of law."}}}, nil))
	hits, err := editor.Search(ctx, SearchQuery{Query: `"rule of law" 人权`})
	noErr(t, err)
	if len(hits) != 1 {
		t.Fatalf("the editor's search found %d", len(hits))
	}

	reader, err := Open(as("ben"))
	noErr(t, err)
	defer reader.Close()
	if !reader.ReadOnly() {
		t.Fatal("a reader's project did not open read-only")
	}
	wantCode(t, reader.CreateTag(ctx, &Tag{Name: "x"}), CodeReadOnly)
	hits, err = reader.Search(ctx, SearchQuery{Query: "law"})
	noErr(t, err)
	if len(hits) != 1 {
		t.Fatalf("the reader's search found %d", len(hits))
	}
}
