package cli

import (
	"context"
	"flag"
	"slices"
	"strings"

	"parley/app/agree"
)

func init() {
	var (
		format  string
		authors multi
	)
	Register(&Command{
		Name:    "agree",
		Usage:   "[-format text|json|csv] PROJECT_A PROJECT_B | -author A -author B PROJECT",
		Summary: "agreement between two coders of the same sources: Cohen's kappa for party, kind and topic, and the disagreements",
		Flags: func(fs *flag.FlagSet) {
			authors = nil
			fs.StringVar(&format, "format", "text", "output: "+strings.Join(agree.Formats, ", ")+" (csv lists the disagreements)")
			fs.Var(&authors, "author", "compare the statements two analysts coded in one project: give it twice")
		},
		Run: func(ctx context.Context, env *Env, args []string) error {
			if !slices.Contains(agree.Formats, format) {
				return Usagef("-format must be one of %s", strings.Join(agree.Formats, ", "))
			}
			var r agree.Report
			switch {
			case len(authors) == 0 && len(args) == 2:
				a, err := openForReading(args[0])
				if err != nil {
					return err
				}
				defer a.Close()
				b, err := openForReading(args[1])
				if err != nil {
					return err
				}
				defer b.Close()
				if r, err = agree.Projects(ctx, a, b); err != nil {
					return err
				}
			case len(authors) == 2 && len(args) == 1:
				s, err := openForReading(args[0])
				if err != nil {
					return err
				}
				defer s.Close()
				if r, err = agree.Authors(ctx, s, authors[0], authors[1]); err != nil {
					return err
				}
			case len(authors) > 0:
				return Usagef("give -author twice and one project")
			default:
				return Usagef("name the two projects to compare")
			}
			return agree.Write(env.Stdout, r, format)
		},
	})
}
