package sample

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"runtime"

	"parley/app/exchange"
	"parley/storage"
)

// AppFolder is the name of Parley's folder in the user's data folder.
const AppFolder = "Parley"

// DefaultProjectName is the file name of the default project.
const DefaultProjectName = "Parley" + storage.Extension

// DefaultProjectPath returns where the default project lives: on Linux
// $XDG_DATA_HOME/Parley (or ~/.local/share/Parley), on macOS
// ~/Library/Application Support/Parley, on Windows %AppData%\Parley.
func DefaultProjectPath() (string, error) {
	dir, err := dataDir(runtime.GOOS, os.Getenv, os.UserHomeDir, os.UserConfigDir)
	if err != nil {
		return "", fmt.Errorf("find the data folder: %w", err)
	}
	return filepath.Join(dir, AppFolder, DefaultProjectName), nil
}

// dataDir is the user's data folder for goos; the lookups are parameters
// so that every platform's rule can be tested on one.
func dataDir(goos string, getenv func(string) string, home, config func() (string, error)) (string, error) {
	switch goos {
	case "darwin", "windows", "ios":
		// UserConfigDir is ~/Library/Application Support and %AppData%.
		return config()
	}
	if d := getenv("XDG_DATA_HOME"); d != "" && filepath.IsAbs(d) {
		return d, nil
	}
	h, err := home()
	if err != nil {
		return "", err
	}
	return filepath.Join(h, ".local", "share"), nil
}

// EnsureDefaultProject returns the default project's path, creating the
// project with the sample series first when it does not exist yet
// (created is then true). An existing file is left alone, whatever it
// holds; opening it reports what is wrong with it.
func EnsureDefaultProject(ctx context.Context) (path string, created bool, err error) {
	path, err = DefaultProjectPath()
	if err != nil {
		return "", false, err
	}
	return ensureProject(ctx, path)
}

func ensureProject(ctx context.Context, path string) (string, bool, error) {
	if _, err := os.Lstat(path); err == nil {
		return path, false, nil
	} else if !errors.Is(err, os.ErrNotExist) {
		return "", false, fmt.Errorf("look for the default project: %w", err)
	}
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		return "", false, fmt.Errorf("create the data folder: %w", err)
	}
	err := exchange.CreateProject(ctx, path, Load)
	if errors.Is(err, storage.ErrExists) {
		// Another Parley made it first; use theirs.
		return path, false, nil
	}
	if err != nil {
		return "", false, fmt.Errorf("create the default project: %w", err)
	}
	return path, true, nil
}
