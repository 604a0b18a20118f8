package app

import (
	"fmt"
	"os"
	"path/filepath"
)

// PrepareCacheDir creates the folder Fyne keeps its cache in
// (<user cache>/fyne/<id>) before the Fyne app is made. Fyne creates it
// with a plain mkdir of the last two levels, so on a fresh account whose
// ~/.cache does not exist yet it logs "Failed to create fyne cache space"
// at every start; creating the whole path first keeps a first start clean.
// It returns the folder, or an error saying why it could not be made.
func PrepareCacheDir(id string) (string, error) {
	base, err := os.UserCacheDir()
	if err != nil {
		return "", fmt.Errorf("finding the user cache folder: %w", err)
	}
	dir := filepath.Join(base, "fyne", id)
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return "", fmt.Errorf("creating the cache folder %s: %w", dir, err)
	}
	return dir, nil
}
