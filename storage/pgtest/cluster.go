// Package pgtest starts a throw-away PostgreSQL cluster for tests: initdb
// and pg_ctl on a free port in a temporary folder, one cluster per test
// binary, one fresh database per test. It is for tests and benchmarks
// only.
//
// Which back-end the storage tests use is chosen with the environment:
// PARLEY_TEST_BACKEND=postgres runs them on PostgreSQL (`make test` does
// it as a second run). Without PostgreSQL's binaries that run is skipped
// with a message, except under CI=1, where it fails. PARLEY_PG_BIN names
// the folder of initdb and pg_ctl when they are not in Debian's place
// (/usr/lib/postgresql/N/bin) or on PATH.
package pgtest

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"net"
	"os"
	"os/exec"
	"os/user"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"testing"

	_ "github.com/jackc/pgx/v5/stdlib" // the driver for the admin connection
)

// Backend is the back-end the storage tests run on: "sqlite" (the default)
// or "postgres".
func Backend() string {
	if b := os.Getenv("PARLEY_TEST_BACKEND"); b != "" {
		return b
	}
	return "sqlite"
}

// Postgres reports whether the tests run on PostgreSQL.
func Postgres() bool { return Backend() == "postgres" }

// Cluster is a running throw-away cluster.
type Cluster struct {
	dir, bin string
	port     int
	owner    string // the user the server runs as ("" for this process's)
	admin    *sql.DB
	next     atomic.Int64
}

var (
	shared     *Cluster
	sharedErr  error
	sharedOnce sync.Once
)

// ErrNoBinaries says that PostgreSQL is not installed here.
var ErrNoBinaries = errors.New("PostgreSQL's binaries (initdb, pg_ctl) were not found; install the postgresql package or set PARLEY_PG_BIN")

// Main runs a test binary's tests (from TestMain) and stops the shared
// cluster afterwards. On PostgreSQL without its binaries it skips them all
// with a message, or fails under CI=1.
func Main(m *testing.M) int {
	if Postgres() {
		if _, err := findBin(); err != nil {
			if os.Getenv("CI") != "" {
				fmt.Fprintln(os.Stderr, "FAIL: PARLEY_TEST_BACKEND=postgres under CI:", err)
				return 1
			}
			fmt.Fprintln(os.Stderr, "SKIP: the PostgreSQL run:", err)
			return 0
		}
	}
	code := m.Run()
	if shared != nil {
		shared.Stop()
	}
	return code
}

// Database creates a fresh, empty database in the shared cluster (started
// at the first call) and returns its address.
func Database(tb testing.TB) string {
	tb.Helper()
	sharedOnce.Do(func() { shared, sharedErr = Start() })
	if sharedErr != nil {
		if errors.Is(sharedErr, ErrNoBinaries) && os.Getenv("CI") == "" {
			tb.Skip(sharedErr)
		}
		tb.Fatal(sharedErr)
	}
	addr, err := shared.NewDatabase(context.Background())
	if err != nil {
		tb.Fatal(err)
	}
	return addr
}

// findBin finds the folder holding initdb and pg_ctl.
func findBin() (string, error) {
	if d := os.Getenv("PARLEY_PG_BIN"); d != "" {
		return d, nil
	}
	dirs, _ := filepath.Glob("/usr/lib/postgresql/*/bin")
	sort.Slice(dirs, func(i, j int) bool { return version(dirs[i]) > version(dirs[j]) })
	for _, d := range dirs {
		if _, err := os.Stat(filepath.Join(d, "initdb")); err == nil {
			return d, nil
		}
	}
	if p, err := exec.LookPath("initdb"); err == nil {
		return filepath.Dir(p), nil
	}
	return "", ErrNoBinaries
}

func version(binDir string) int {
	n, _ := strconv.Atoi(filepath.Base(filepath.Dir(binDir)))
	return n
}

// Start initialises and starts a cluster in a new temporary folder. The
// server refuses to run as root, so under root (as in CI) the folder is
// given to the user nobody and the server runs as that user.
func Start() (*Cluster, error) {
	bin, err := findBin()
	if err != nil {
		return nil, err
	}
	parent := ""
	if os.Geteuid() == 0 {
		// The server's user must reach the folder: a TMPDIR inside root's
		// home would not do.
		parent = "/tmp"
	}
	reapOrphans(parent, bin)
	dir, err := os.MkdirTemp(parent, "parley-pg-")
	if err != nil {
		return nil, err
	}
	if err := writeOwner(dir); err != nil {
		os.RemoveAll(dir)
		return nil, err
	}
	c := &Cluster{dir: dir, bin: bin}
	if os.Geteuid() == 0 {
		c.owner = "nobody"
		u, err := user.Lookup(c.owner)
		if err != nil {
			return nil, fmt.Errorf("pgtest: running as root needs the user nobody to run the server: %w", err)
		}
		uid, _ := strconv.Atoi(u.Uid)
		gid, _ := strconv.Atoi(u.Gid)
		if err := os.Chown(dir, uid, gid); err != nil {
			return nil, err
		}
	}
	data := filepath.Join(dir, "data")
	if out, err := c.run("initdb", "-D", data, "-U", "postgres", "--auth=trust", "-E", "UTF8", "--locale=C.UTF-8", "--no-sync"); err != nil {
		os.RemoveAll(dir)
		return nil, fmt.Errorf("pgtest: initdb: %v\n%s", err, out)
	}
	// Another test binary may take the free port before the server does:
	// try a few.
	for try := 1; ; try++ {
		if c.port, err = freePort(); err != nil {
			return nil, err
		}
		opts := fmt.Sprintf("-p %d -k %s -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200", c.port, dir)
		out, err := c.run("pg_ctl", "-D", data, "-l", filepath.Join(dir, "log"), "-o", opts, "-w", "start")
		if err == nil {
			break
		}
		if try == 3 {
			log, _ := os.ReadFile(filepath.Join(dir, "log"))
			os.RemoveAll(dir)
			return nil, fmt.Errorf("pgtest: pg_ctl start: %v\n%s\n%s", err, out, log)
		}
	}
	c.admin, err = sql.Open("pgx", c.Address("postgres"))
	if err == nil {
		err = c.admin.Ping()
	}
	if err != nil {
		c.Stop()
		return nil, fmt.Errorf("pgtest: connect: %w", err)
	}
	return c, nil
}

// run runs one of the server's programs, as the cluster's owner.
func (c *Cluster) run(prog string, args ...string) ([]byte, error) {
	path := filepath.Join(c.bin, prog)
	var cmd *exec.Cmd
	if c.owner != "" {
		cmd = exec.Command("runuser", append([]string{"-u", c.owner, "--", path}, args...)...)
	} else {
		cmd = exec.Command(path, args...)
	}
	cmd.Dir = c.dir
	return cmd.CombinedOutput()
}

func freePort() (int, error) {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return 0, err
	}
	defer l.Close()
	return l.Addr().(*net.TCPAddr).Port, nil
}

// Address is the address of database db as the superuser postgres.
func (c *Cluster) Address(db string) string {
	return fmt.Sprintf("postgres://postgres@127.0.0.1:%d/%s?sslmode=disable", c.port, db)
}

// Port is the port the cluster listens on (127.0.0.1).
func (c *Cluster) Port() int { return c.port }

// Exec runs SQL as the superuser in the database postgres, e.g. to make
// roles.
func (c *Cluster) Exec(ctx context.Context, q string) error {
	_, err := c.admin.ExecContext(ctx, q)
	return err
}

// NewDatabase creates an empty database and returns its address.
func (c *Cluster) NewDatabase(ctx context.Context) (string, error) {
	name := fmt.Sprintf("t%d_%d", os.Getpid(), c.next.Add(1))
	if _, err := c.admin.ExecContext(ctx, "CREATE DATABASE "+name+" TEMPLATE template0 STRATEGY FILE_COPY"); err != nil {
		return "", fmt.Errorf("pgtest: create database: %w", err)
	}
	return c.Address(name), nil
}

// Stop stops the server and removes its folder.
func (c *Cluster) Stop() {
	if c.admin != nil {
		c.admin.Close()
	}
	if out, err := c.run("pg_ctl", "-D", filepath.Join(c.dir, "data"), "-m", "immediate", "-w", "stop"); err != nil {
		fmt.Fprintf(os.Stderr, "pgtest: pg_ctl stop: %v\n%s", err, strings.TrimSpace(string(out)))
	}
	os.RemoveAll(c.dir)
}
