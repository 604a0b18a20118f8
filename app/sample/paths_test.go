package sample

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"testing"

	"parley/storage"
)

func TestDataDir(t *testing.T) {
	env := func(m map[string]string) func(string) string { return func(k string) string { return m[k] } }
	home := func() (string, error) { return "/home/ana", nil }
	config := func() (string, error) { return "/cfg", nil }
	cases := []struct {
		name, goos string
		env        map[string]string
		want       string
	}{
		{"LinuxDefault", "linux", nil, "/home/ana/.local/share"},
		{"LinuxXDG", "linux", map[string]string{"XDG_DATA_HOME": "/data"}, "/data"},
		{"LinuxRelativeXDGIgnored", "linux", map[string]string{"XDG_DATA_HOME": "rel"}, "/home/ana/.local/share"},
		{"MacOS", "darwin", nil, "/cfg"},
		{"Windows", "windows", nil, "/cfg"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got, err := dataDir(c.goos, env(c.env), home, config)
			if err != nil || got != c.want {
				t.Fatalf("dataDir = %q, %v; want %q", got, err, c.want)
			}
		})
	}
	t.Run("ErrNoHome", func(t *testing.T) {
		_, err := dataDir("linux", env(nil), func() (string, error) { return "", errors.New("no home") }, config)
		if err == nil {
			t.Fatal("want an error without a home folder")
		}
	})
}

func TestEnsureDefaultProject(t *testing.T) {
	ctx := context.Background()
	t.Setenv("XDG_DATA_HOME", t.TempDir())
	path, created, err := EnsureDefaultProject(ctx)
	if err != nil || !created {
		t.Fatalf("first run: %q, %v, %v", path, created, err)
	}
	if filepath.Base(path) != DefaultProjectName {
		t.Errorf("path %q", path)
	}
	entries, _ := os.ReadDir(filepath.Dir(path))
	for _, e := range entries {
		if e.Name() != DefaultProjectName {
			t.Errorf("left behind %s", e.Name())
		}
	}
	s, err := storage.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	ds, err := s.Dialogues(ctx)
	s.Close()
	// Newest first: the window opens on the 40th round.
	if err != nil || len(ds) != 3 || ds[0].Round != 40 || ds[1].Round != 39 || ds[2].Round != 38 {
		t.Fatalf("dialogues %+v, %v", ds, err)
	}
	before, _ := os.ReadFile(path)
	path2, created, err := EnsureDefaultProject(ctx)
	if err != nil || created || path2 != path {
		t.Fatalf("second run: %q, %v, %v", path2, created, err)
	}
	after, _ := os.ReadFile(path)
	if string(before) != string(after) {
		t.Error("second run changed the project")
	}
}
