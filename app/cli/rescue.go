package cli

import (
	"context"
	"flag"
	"fmt"

	"parley/app/exchange"
	"parley/app/inert"
)

func init() {
	var out string
	Register(&Command{
		Name:    "rescue",
		Usage:   "-o NEW.parley PROJECT",
		Summary: "copy the data of a project Parley refuses to open (changed outside Parley) into a new, clean project",
		Flags: func(fs *flag.FlagSet) {
			fs.StringVar(&out, "o", "", "the new project to write (never replaces a file)")
		},
		Run: func(ctx context.Context, env *Env, args []string) error {
			if len(args) != 1 {
				return Usagef("name the project to rescue")
			}
			if out == "" {
				return Usagef("name the new project with -o")
			}
			to, err := newProjectPath(out)
			if err != nil {
				return err
			}
			res, err := exchange.Rescue(ctx, args[0], to, nil)
			if err != nil {
				return err
			}
			r := res.Rows
			fmt.Fprintf(env.Stdout, "rescued %s into %s: %d dialogues, %d sources, %d statements, %d notes, %d assessments\n",
				inert.Line(args[0]), inert.Line(to), len(r.Dialogues), len(r.Sources), len(r.Statements), len(r.Notes), len(r.Assessments))
			for _, l := range res.Left {
				fmt.Fprintf(env.Stdout, "not rescued: %s\n", inert.Line(l))
			}
			for _, l := range res.Mended {
				fmt.Fprintf(env.Stdout, "mended: %s\n", inert.Line(l))
			}
			for _, u := range r.Unknown {
				fmt.Fprintf(env.Stdout, "read as known: %s\n", inert.Line(u.String()))
			}
			return nil
		},
	})
}
