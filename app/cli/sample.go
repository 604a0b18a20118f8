package cli

import (
	"context"
	"fmt"

	"parley/app/exchange"
	"parley/app/inert"
	"parley/app/sample"
)

func init() {
	Register(&Command{
		Name:    "sample",
		Usage:   "PROJECT",
		Summary: "create a project holding the sample series (the 38th to 40th China-EU Human Rights Dialogues)",
		Run: func(ctx context.Context, env *Env, args []string) error {
			if len(args) != 1 {
				return Usagef("name the new project")
			}
			path, err := newProjectPath(args[0])
			if err != nil {
				return err
			}
			if err := exchange.CreateProject(ctx, path, sample.Load); err != nil {
				return err
			}
			fmt.Fprintf(env.Stdout, "created %s with the sample series\n", inert.Line(path))
			return nil
		},
	})
}
