package cli

import (
	"context"
	"flag"
	"slices"
	"strings"

	"parley/app/agree"
)

func init() {
	var format string
	Register(&Command{
		Name:    "agree",
		Usage:   "[-format text|json|csv] PROJECT_A PROJECT_B",
		Summary: "agreement between two coders of the same sources: Cohen's kappa for party, kind and topic, and the disagreements",
		Flags: func(fs *flag.FlagSet) {
			fs.StringVar(&format, "format", "text", "output: "+strings.Join(agree.Formats, ", ")+" (csv lists the disagreements)")
		},
		Run: func(ctx context.Context, env *Env, args []string) error {
			if !slices.Contains(agree.Formats, format) {
				return Usagef("-format must be one of %s", strings.Join(agree.Formats, ", "))
			}
			if len(args) != 2 {
				return Usagef("name the two projects to compare")
			}
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
			r, err := agree.Projects(ctx, a, b)
			if err != nil {
				return err
			}
			return agree.Write(env.Stdout, r, format)
		},
	})
}
