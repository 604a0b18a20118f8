package pgtest

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
)

// ownerFile holds the process ID of the test binary that started a
// cluster. A test binary killed by go test's -timeout never runs its
// cleanup, and pg_ctl's server outlives it: the next Start stops such
// servers and removes their folders, as the file tells which are orphans.
const ownerFile = "owner.pid"

// writeOwner records this process as the cluster's owner.
func writeOwner(dir string) error {
	if err := os.WriteFile(filepath.Join(dir, ownerFile), []byte(strconv.Itoa(os.Getpid())), 0o644); err != nil {
		return fmt.Errorf("pgtest: record the cluster's owner: %w", err)
	}
	return nil
}

// reapOrphans stops the servers and removes the folders of clusters under
// parent whose owning test binary is gone. Folders without an owner file
// are left alone: they may be being set up by another binary right now.
func reapOrphans(parent, bin string) {
	if parent == "" {
		parent = os.TempDir()
	}
	dirs, err := filepath.Glob(filepath.Join(parent, "parley-pg-*"))
	if err != nil {
		return
	}
	for _, dir := range dirs {
		if !orphaned(dir) {
			continue
		}
		c := &Cluster{dir: dir, bin: bin}
		if os.Geteuid() == 0 {
			c.owner = "nobody"
		}
		// The server may already be gone; the folder goes either way.
		_, _ = c.run("pg_ctl", "-D", filepath.Join(dir, "data"), "-m", "immediate", "-w", "stop")
		if err := os.RemoveAll(dir); err != nil {
			fmt.Fprintf(os.Stderr, "pgtest: remove the orphaned cluster %s: %v\n", dir, err)
		}
	}
}

// orphaned tells whether dir's owner file names a process that has ended.
func orphaned(dir string) bool {
	b, err := os.ReadFile(filepath.Join(dir, ownerFile))
	if err != nil {
		return false
	}
	pid, err := strconv.Atoi(strings.TrimSpace(string(b)))
	if err != nil || pid <= 0 {
		return true
	}
	err = syscall.Kill(pid, 0)
	return errors.Is(err, syscall.ESRCH)
}
