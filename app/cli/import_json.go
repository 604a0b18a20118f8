package cli

import (
	"context"
	"flag"
	"fmt"

	"parley/app/exchange"
	"parley/app/inert"
)

func init() {
	var (
		out    string
		edited bool
	)
	Register(&Command{
		Name:    "import-json",
		Usage:   "[-allow-edited-text] -o NEW.parley FILE.json",
		Summary: "read a JSON export (parley export -format json) into a new project",
		Flags: func(fs *flag.FlagSet) {
			fs.StringVar(&out, "o", "", "the new project to create (must not exist)")
			fs.BoolVar(&edited, "allow-edited-text", false, "accept statements whose text differs from their source's span (edited after coding)")
		},
		Run: func(ctx context.Context, env *Env, args []string) error {
			if len(args) != 1 {
				return Usagef("name one JSON file")
			}
			if out == "" {
				return Usagef("say which new project to create with -o NEW.parley")
			}
			path, err := newProjectPath(out)
			if err != nil {
				return err
			}
			limitHeap(args[0])
			sum, err := exchange.ImportFile(ctx, args[0], path, exchange.ImportOptions{AllowEditedText: edited})
			if err != nil {
				return err
			}
			fmt.Fprintf(env.Stdout, "created %s: %s, %s, %s, %s\n", inert.Line(path), count(sum.Dialogues, "dialogue"),
				count(sum.Sources, "source"), count(sum.Statements, "statement"), count(sum.Notes, "note"))
			return nil
		},
	})
}

func count(n int, word string) string {
	if n == 1 {
		return "1 " + word
	}
	return fmt.Sprintf("%d %ss", n, word)
}
