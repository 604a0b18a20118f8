package cli

import (
	"context"
	"fmt"
	"os"
	"path/filepath"

	"parley/app/exchange"
	"parley/app/inert"
	"parley/storage"
)

func init() {
	Register(&Command{
		Name:    "new",
		Usage:   "PROJECT | postgres://USER@HOST/DATABASE",
		Summary: "create an empty project (never replaces a file), or a team project in an empty database",
		Run: func(ctx context.Context, env *Env, args []string) error {
			if len(args) != 1 {
				return Usagef("name the new project")
			}
			if storage.IsServerAddress(args[0]) {
				s, err := storage.Create(args[0])
				if err != nil {
					return err
				}
				fmt.Fprintf(env.Stdout, "created %s\n", inert.Line(s.Name()))
				return s.Close()
			}
			path, err := newProjectPath(args[0])
			if err != nil {
				return err
			}
			noop := func(context.Context, *storage.Store) error { return nil }
			if err := exchange.CreateProject(ctx, path, noop); err != nil {
				return err
			}
			fmt.Fprintf(env.Stdout, "created %s\n", inert.Line(path))
			return nil
		},
	})
}

// newProjectPath is the file a sub-command creates for the name given:
// with .parley added when the name has no extension of its own (so the
// window's file dialogs find it). An existing folder is refused rather than
// read as a name: "parley new Talks" beside a folder Talks would otherwise
// create Talks.parley next to it, which is not what was asked; so is a
// name whose file would be a folder (Talks beside a folder Talks.parley).
// The window's New Project… refuses the same (app.notAFolder).
func newProjectPath(name string) (string, error) {
	path := withExtension(name)
	for _, p := range []string{name, path} {
		if fi, err := os.Stat(p); err == nil && fi.IsDir() {
			return "", fmt.Errorf("%s is a folder; name the new project inside it, e.g. %s", inert.Line(p), inert.Line(filepath.Join(p, "Talks"+storage.Extension)))
		}
	}
	return path, nil
}

// withExtension adds .parley to a new project's name when it has no
// extension of its own, so that the window's file dialogs find it.
func withExtension(path string) string {
	for i := len(path) - 1; i >= 0 && path[i] != '/' && path[i] != '\\'; i-- {
		if path[i] == '.' {
			return path
		}
	}
	return path + storage.Extension
}
