package pgtest

import (
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"testing"
)

func TestReapOrphansRemovesClustersOfEndedBinaries(t *testing.T) {
	parent := t.TempDir()
	ended := exec.Command("true")
	if err := ended.Run(); err != nil {
		t.Fatal(err)
	}
	orphan := filepath.Join(parent, "parley-pg-1")
	live := filepath.Join(parent, "parley-pg-2")
	starting := filepath.Join(parent, "parley-pg-3")
	for dir, pid := range map[string]int{orphan: ended.Process.Pid, live: os.Getpid()} {
		if err := os.MkdirAll(filepath.Join(dir, "data"), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(dir, ownerFile), []byte(strconv.Itoa(pid)), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	if err := os.MkdirAll(starting, 0o755); err != nil {
		t.Fatal(err)
	}
	reapOrphans(parent, t.TempDir())
	if _, err := os.Stat(orphan); !os.IsNotExist(err) {
		t.Errorf("the cluster of an ended test binary is still there: %v", err)
	}
	for _, dir := range []string{live, starting} {
		if _, err := os.Stat(dir); err != nil {
			t.Errorf("%s was removed: %v", filepath.Base(dir), err)
		}
	}
}
