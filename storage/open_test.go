package storage

import (
	"context"
	"crypto/sha256"
	"encoding/binary"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"

	"github.com/glebarez/sqlite"
	"gorm.io/gorm"
)

// closedProject returns the path of a small project that is not open.
func closedProject(t *testing.T) string {
	t.Helper()
	f := mustFixture(t)
	noErr(t, f.s.Close())
	return f.s.Path()
}

func fileSum(t *testing.T, path string) [32]byte {
	t.Helper()
	b, err := os.ReadFile(path)
	noErr(t, err)
	return sha256.Sum256(b)
}

// rawDB opens path with the driver alone, as another program would.
func rawDB(t *testing.T, path string) *gorm.DB {
	t.Helper()
	db, err := gorm.Open(sqlite.Open(path), &gorm.Config{})
	noErr(t, err)
	t.Cleanup(func() {
		if d, err := db.DB(); err == nil {
			d.Close()
		}
	})
	return db
}

func closeRaw(t *testing.T, db *gorm.DB) {
	d, err := db.DB()
	noErr(t, err)
	noErr(t, d.Close())
}

func pageSize(t *testing.T, path string) int64 {
	b, err := os.ReadFile(path)
	noErr(t, err)
	return int64(binary.BigEndian.Uint16(b[16:18]))
}

func TestBadFiles(t *testing.T) {
	fileOnly(t, "BadFiles")
	cases := []struct {
		name string
		make func(t *testing.T) string
		code Code
		says string
	}{
		{"NotSQLite", func(t *testing.T) string {
			p := filepath.Join(t.TempDir(), "notes.parley")
			noErr(t, os.WriteFile(p, []byte("These are my notes, not a database.\n"), 0o644))
			return p
		}, CodeNotProject, "not a Parley project"},
		{"Empty", func(t *testing.T) string {
			p := filepath.Join(t.TempDir(), "empty.parley")
			noErr(t, os.WriteFile(p, nil, 0o644))
			return p
		}, CodeNotProject, "empty"},
		{"Folder", func(t *testing.T) string { return t.TempDir() }, CodeNotProject, "folder"},
		{"SQLiteWithoutOurSchema", func(t *testing.T) string {
			p := filepath.Join(t.TempDir(), "other.db")
			db := rawDB(t, p)
			noErr(t, db.Exec("CREATE TABLE accounts (id integer primary key, name text)").Error)
			noErr(t, db.Exec("INSERT INTO accounts (name) VALUES ('x')").Error)
			closeRaw(t, db)
			return p
		}, CodeNotProject, "SQLite database but not a Parley project"},
		{"NewerVersion", func(t *testing.T) string {
			p := closedProject(t)
			db := rawDB(t, p)
			noErr(t, db.Exec("UPDATE parley_meta SET value = '99' WHERE key = 'schema_version'").Error)
			closeRaw(t, db)
			return p
		}, CodeNewerVersion, "newer Parley"},
		{"TruncatedToHalf", func(t *testing.T) string {
			p := closedProject(t)
			st, err := os.Stat(p)
			noErr(t, err)
			noErr(t, os.Truncate(p, st.Size()/pageSize(t, p)/2*pageSize(t, p)))
			return p
		}, CodeCorrupt, "truncated"},
		{"TruncatedMidPage", func(t *testing.T) string {
			p := closedProject(t)
			st, err := os.Stat(p)
			noErr(t, err)
			noErr(t, os.Truncate(p, st.Size()-100))
			return p
		}, CodeCorrupt, "damaged"},
		{"TruncatedInHeader", func(t *testing.T) string {
			p := closedProject(t)
			noErr(t, os.Truncate(p, 50))
			return p
		}, CodeCorrupt, "damaged"},
		{"CorruptSchemaPage", func(t *testing.T) string {
			p := closedProject(t)
			b, err := os.ReadFile(p)
			noErr(t, err)
			for i := 100; i < int(pageSize(t, p)); i++ {
				b[i] = byte(i * 7)
			}
			noErr(t, os.WriteFile(p, b, 0o644))
			return p
		}, CodeCorrupt, "damaged"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			p := c.make(t)
			var before [32]byte
			isFile := !strings.HasSuffix(c.name, "Folder")
			if isFile {
				before = fileSum(t, p)
			}
			s, err := Open(p)
			if err == nil {
				s.Close()
				t.Fatal("opened")
			}
			wantCode(t, err, c.code)
			if !strings.Contains(err.Error(), c.says) {
				t.Errorf("message %q does not say %q", err, c.says)
			}
			t.Logf("%s: %v", c.name, err)
			if isFile && fileSum(t, p) != before {
				t.Fatal("the file changed")
			}
			if _, err := os.Stat(p + "-wal"); err == nil && isFile {
				t.Error("a -wal file was left behind")
			}
		})
	}
}

func TestCorruptDataPage(t *testing.T) {
	fileOnly(t, "CorruptDataPage")
	// A damaged page deep inside a table cannot be seen without reading the
	// whole file; Open succeeds, IntegrityCheck names it, and queries that
	// meet it fail with CodeCorrupt rather than an internal error.
	s := mustOpen(t)
	ctx := context.Background()
	d := Dialogue{Title: "Round"}
	noErr(t, s.CreateDialogue(ctx, &d))
	in := make([]StatementInput, 3000)
	for i := range in {
		in[i].Statement = Statement{DialogueID: d.ID, Text: fmt.Sprintf("Statement %d of a project large enough to fill many pages.", i)}
	}
	noErr(t, s.InsertStatements(ctx, in, nil))
	p := s.Path()
	noErr(t, s.Close())
	var root int64
	db := rawDB(t, p)
	noErr(t, db.Exec("PRAGMA wal_checkpoint(TRUNCATE)").Error)
	noErr(t, db.Raw("SELECT rootpage FROM sqlite_master WHERE name = 'statements'").Scan(&root).Error)
	closeRaw(t, db)
	leaf := root // the table's root page: the schema still reads, the table does not
	b, err := os.ReadFile(p)
	noErr(t, err)
	ps := pageSize(t, p)
	for i := (leaf - 1) * ps; i < leaf*ps; i++ {
		b[i] = 0xA5
	}
	noErr(t, os.WriteFile(p, b, 0o644))
	before := fileSum(t, p)

	s, err = OpenWith(p, Options{ReadOnly: true})
	noErr(t, err)
	res, err := s.IntegrityCheck(ctx)
	noErr(t, err)
	if res == "ok" {
		t.Fatal("integrity check says ok")
	}
	_, err = s.StatementViews(ctx, StatementFilter{}, 0)
	wantCode(t, err, CodeCorrupt)
	t.Logf("integrity: %.120s; query: %v", res, err)
	noErr(t, s.Close())
	if fileSum(t, p) != before {
		t.Fatal("the file changed")
	}
}

func TestLocked(t *testing.T) {
	fileOnly(t, "Locked")
	p := closedProject(t)
	t.Run("SameProcess", func(t *testing.T) {
		s, err := Open(p)
		noErr(t, err)
		_, err = Open(p)
		wantCode(t, err, CodeLocked)
		if !strings.Contains(err.Error(), "in use by another Parley (a window or a command)") {
			t.Errorf("message %q", err)
		}
		noErr(t, s.Close())
		s, err = Open(p)
		noErr(t, err)
		noErr(t, s.Close())
	})
	t.Run("OtherProcessUntilItDies", func(t *testing.T) {
		cmd, out := startChild(t, "hold", p, nil)
		if got := readLine(t, out); got != "open" {
			t.Fatalf("child: %q", got)
		}
		before := fileSum(t, p)
		_, err := Open(p)
		wantCode(t, err, CodeLocked)
		if fileSum(t, p) != before {
			t.Fatal("a refused open changed the file")
		}
		ro, err := OpenWith(p, Options{ReadOnly: true})
		noErr(t, err) // reading alongside the holder is fine
		noErr(t, ro.Close())
		noErr(t, cmd.Process.Signal(syscall.SIGKILL))
		cmd.Wait()
		s, err := Open(p)
		noErr(t, err)
		noErr(t, s.Close())
	})
}

// TestReadOnlyFile covers a file that cannot be written and one in a
// folder that cannot be written, with no -shm file beside it. Root ignores
// permissions, so as root the checks run in a child process as "nobody".
func TestReadOnlyFile(t *testing.T) {
	fileOnly(t, "ReadOnlyFile")
	for _, c := range []struct {
		name          string
		fileRO, dirRO bool
		immutable     bool
	}{
		{"File0444", true, false, false},
		{"FolderAndFile0555", true, true, true},
	} {
		t.Run(c.name, func(t *testing.T) {
			dir := sharedTempDir(t)
			p := filepath.Join(dir, "ro.parley")
			noErr(t, os.Rename(closedProject(t), p))
			for _, x := range []string{"-wal", "-shm"} {
				if _, err := os.Stat(p + x); err == nil {
					t.Fatalf("%s left by a clean close", x)
				}
			}
			before := fileSum(t, p)
			if c.fileRO {
				noErr(t, os.Chmod(p, 0o444))
			}
			if !c.dirRO {
				noErr(t, os.Chmod(dir, 0o777)) // writable for the child's user too
			} else {
				noErr(t, os.Chmod(dir, 0o555))
				t.Cleanup(func() { os.Chmod(dir, 0o755) })
			}
			got := openAsUser(t, p)
			want := fmt.Sprintf("readonly=true immutable=%v write=7 dialogues=1 readerr=<nil> copyerr=<nil>", c.immutable)
			if got != want {
				t.Fatalf("child saw %q, want %q", got, want)
			}
			if fileSum(t, p) != before {
				t.Fatal("the file changed")
			}
		})
	}
}

// openAsUser runs childReadOnly on path: in this process when it is not
// root, else in a child running as nobody.
func openAsUser(t *testing.T, path string) string {
	t.Helper()
	if os.Geteuid() != 0 {
		r, w, err := os.Pipe()
		noErr(t, err)
		stdout := os.Stdout
		os.Stdout = w
		err = childReadOnly(path)
		os.Stdout = stdout
		w.Close()
		noErr(t, err)
		b := make([]byte, 512)
		n, _ := r.Read(b)
		return strings.TrimSpace(string(b[:n]))
	}
	t.Logf("running as root: checking as user nobody (uid 65534) in a child process")
	_, out := startChild(t, "readonly", path, &syscall.Credential{Uid: 65534, Gid: 65534})
	return readLine(t, out)
}

func TestReadOnlyOptionLeavesWALFileUntouched(t *testing.T) {
	fileOnly(t, "ReadOnlyOptionLeavesWALFileUntouched")
	// The explicit option must read a project without creating anything
	// beside it when the folder is writable, and work when -shm is absent.
	p := closedProject(t)
	before := fileSum(t, p)
	s, err := OpenWith(p, Options{ReadOnly: true})
	noErr(t, err)
	ds, err := s.Dialogues(context.Background())
	noErr(t, err)
	noErr(t, s.Close())
	if len(ds) != 1 || fileSum(t, p) != before {
		t.Fatalf("dialogues %d; file changed %v", len(ds), fileSum(t, p) != before)
	}
}
