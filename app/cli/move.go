package cli

import (
	"context"
	"fmt"

	"parley/app/exchange"
	"parley/app/inert"
	"parley/storage"
)

func init() {
	Register(&Command{
		Name:    "push",
		Usage:   "FILE.parley postgres://USER@HOST/DATABASE",
		Summary: "copy a project file into a team project on a PostgreSQL server (an empty database, or an empty team project)",
		Run: func(ctx context.Context, env *Env, args []string) error {
			if len(args) != 2 {
				return Usagef("name the project file and the server address")
			}
			if !storage.IsServerAddress(args[1]) {
				return Usagef("%s is not a server address (postgres://user@host/database)", storage.RedactAddress(args[1]))
			}
			src, err := openForReading(args[0])
			if err != nil {
				return err
			}
			defer src.Close()
			if err := exchange.Push(ctx, src, args[1]); err != nil {
				return err
			}
			fmt.Fprintf(env.Stdout, "copied %s to %s\n", inert.Line(args[0]), inert.Line(storage.RedactAddress(args[1])))
			return nil
		},
	})
	Register(&Command{
		Name:    "pull",
		Usage:   "postgres://USER@HOST/DATABASE FILE.parley",
		Summary: "copy a team project from a PostgreSQL server into a new project file (never replaces a file)",
		Run: func(ctx context.Context, env *Env, args []string) error {
			if len(args) != 2 {
				return Usagef("name the server address and the new project file")
			}
			if !storage.IsServerAddress(args[0]) {
				return Usagef("%s is not a server address (postgres://user@host/database)", storage.RedactAddress(args[0]))
			}
			src, err := openForReading(args[0])
			if err != nil {
				return err
			}
			defer src.Close()
			path, err := newProjectPath(args[1])
			if err != nil {
				return err
			}
			if err := exchange.Pull(ctx, src, path); err != nil {
				return err
			}
			fmt.Fprintf(env.Stdout, "copied %s to %s\n", inert.Line(src.Name()), inert.Line(path))
			return nil
		},
	})
}
