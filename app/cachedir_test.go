package app

import (
	"os"
	"path/filepath"
	"testing"
)

// A fresh account has no ~/.cache at all: the whole path Fyne keeps its
// cache in is made, so Fyne's own mkdir of its last level never fails.
func TestPrepareCacheDirOnAFreshAccount(t *testing.T) {
	home := t.TempDir()
	t.Setenv("HOME", home)
	t.Setenv("XDG_CACHE_HOME", "")
	dir, err := PrepareCacheDir(ID)
	if err != nil {
		t.Fatal(err)
	}
	want := filepath.Join(home, ".cache", "fyne", ID)
	if dir != want {
		t.Fatalf("cache folder %q, want %q", dir, want)
	}
	if st, err := os.Stat(want); err != nil || !st.IsDir() {
		t.Fatalf("%s not made: %v", want, err)
	}
	// A second start finds it there and is fine.
	if _, err := PrepareCacheDir(ID); err != nil {
		t.Fatal(err)
	}
}
