package app

import (
	"testing"

	"parley/storage"
)

func TestUntouchedOnlyForFilesThatExist(t *testing.T) {
	dir := t.TempDir()
	_, err := storage.Open(dir + "/missing" + storage.Extension)
	if got := untouched(err); got != "" {
		t.Errorf("missing file: %q, want nothing about leaving it as it was", got)
	}
	_, err = storage.Open(dir)
	if got := untouched(err); got == "" {
		t.Error("a folder refused as not a project: no word that it was left as it was")
	}
}
