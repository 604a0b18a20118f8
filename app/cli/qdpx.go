package cli

import (
	"context"
	"flag"
	"fmt"
	"io"

	"parley/app/inert"
	"parley/app/qdpx"
	"parley/app/xlsx"
	"parley/storage"
)

// `parley export -format qdpx` writes a REFI-QDA project (QualCoder,
// MAXQDA, ATLAS.ti, NVivo); the selection flags narrow it as they do the
// JSON export. `parley import-qdpx` reads one into a new project.
func init() {
	RegisterExporter("qdpx", func(ctx context.Context, s *storage.Store, opts ExportOptions, w io.Writer) error {
		sel, err := jsonSelection(ctx, s, opts)
		if err != nil {
			return err
		}
		unknown, err := qdpx.ExportNoting(ctx, s, sel, w)
		warnUnknown(opts, unknown, err)
		return err
	})
	var (
		out string
		o   qdpx.Options
	)
	Register(&Command{
		Name:    "import-qdpx",
		Usage:   "[-party-variable NAME | -party-code NAME | -party-cases] [-dialogue TITLE] -o NEW.parley FILE.qdpx",
		Summary: "read a REFI-QDA project (.qdpx from QualCoder, MAXQDA, ATLAS.ti, NVivo) into a new project",
		Flags: func(fs *flag.FlagSet) {
			o = qdpx.Options{}
			fs.StringVar(&out, "o", "", "the new project to create (must not exist)")
			fs.StringVar(&o.PartyVariable, "party-variable", "", "the variable whose value on a source or case names its party")
			fs.StringVar(&o.PartyCode, "party-code", "", "the code whose sub-codes name the parties")
			fs.BoolVar(&o.PartyCases, "party-cases", false, "each case's name is the party of the sources and selections it holds")
			fs.StringVar(&o.Dialogue, "dialogue", "", "title of the dialogue the statements go into (default: the project's name)")
		},
		Run: func(ctx context.Context, env *Env, args []string) error {
			if len(args) != 1 {
				return Usagef("name one .qdpx file")
			}
			if out == "" {
				return Usagef("say which new project to create with -o NEW.parley")
			}
			n := 0
			for _, set := range []bool{o.PartyVariable != "", o.PartyCode != "", o.PartyCases} {
				if set {
					n++
				}
			}
			if n > 1 {
				return Usagef("choose one of -party-variable, -party-code and -party-cases")
			}
			path, err := newProjectPath(out)
			if err != nil {
				return err
			}
			sum, err := qdpx.ImportFile(ctx, args[0], path, o)
			if err != nil {
				return err
			}
			for _, line := range sum.Skipped {
				fmt.Fprintln(env.Stdout, inert.Line(line))
			}
			fmt.Fprintf(env.Stdout, "created %s: %s, %s, %s, %s\n", inert.Line(path), count(sum.Dialogues, "dialogue"),
				count(sum.Sources, "source"), count(sum.Statements, "statement"), count(sum.Notes, "note"))
			return nil
		},
	})
}

// `parley export -format xlsx` writes a workbook: statements, the topic ×
// party matrix, assessments, links.
func init() {
	RegisterExporter("xlsx", func(ctx context.Context, s *storage.Store, opts ExportOptions, w io.Writer) error {
		sel, err := jsonSelection(ctx, s, opts)
		if err != nil {
			return err
		}
		unknown, err := xlsx.ExportNoting(ctx, s, sel, w)
		warnUnknown(opts, unknown, err)
		return err
	})
}
