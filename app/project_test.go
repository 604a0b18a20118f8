package app

import (
	"testing"

	"parley/storage"
)

func TestUntouchedOnlyForFilesThatExist(t *testing.T) {
	dir := t.TempDir()
	missing := dir + "/missing" + storage.Extension
	_, err := storage.Open(missing)
	if got := untouched(missing, err); got != "" {
		t.Errorf("missing file: %q, want nothing about leaving it as it was", got)
	}
	_, err = storage.Open(dir)
	if got := untouched(dir, err); got == "" {
		t.Error("a folder refused as not a project: no word that it was left as it was")
	}
	server := "postgres://anna@127.0.0.1:1/hrd"
	_, err = storage.Open(server + "?connect_timeout=1")
	if got := untouched(server, err); got != "" {
		t.Errorf("a server that did not answer: %q, want nothing about a file", got)
	}
}
