package cli

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"sort"
	"strings"

	"parley/app/report"
	"parley/storage"
)

// ExportOptions is what `parley export` was asked for. Exporters resolve
// names and paths against the project.
type ExportOptions struct {
	Dialogues  []string // titles or IDs; empty means all
	Topics     []string // topic paths, subtopics included; empty means all
	Parties    []string // names; empty means all
	Tags       []string // names; empty means all
	Notes      bool
	NoSources  bool
	NoOverview bool
	// AcrossRounds adds the chapter "Across rounds" (html).
	AcrossRounds bool
	Paper        string // "a4" or "letter"
	// Warn tells the analyst something about the export that succeeded
	// (on standard error).
	Warn func(msg string)
}

// Exporter writes the project in one format.
type Exporter func(ctx context.Context, s *storage.Store, opts ExportOptions, w io.Writer) error

var exporters = map[string]Exporter{}

// RegisterExporter adds a format to `parley export`.
func RegisterExporter(format string, e Exporter) { exporters[format] = e }

type multi []string

func (m *multi) String() string     { return strings.Join(*m, ",") }
func (m *multi) Set(v string) error { *m = append(*m, v); return nil }

func init() {
	var (
		format, out, paper string
		dialogues, topics  multi
		parties, tags      multi
		notes, noSources   bool
		noOverview, force  bool
		acrossRounds       bool
	)
	Register(&Command{
		Name:    "export",
		Usage:   "-format html|csv|json|qdpx|xlsx [-dialogue TITLE|ID]... [-topic PATH]... [-party NAME]... [-tag NAME]... [-notes] [-across-rounds] [-force] -o OUT PROJECT",
		Summary: "write a report (html), the statements (csv), the whole project (json), a REFI-QDA project (qdpx) or a workbook (xlsx)",
		Flags: func(fs *flag.FlagSet) {
			// The repeatable flags append to these; start each run afresh.
			dialogues, topics, parties, tags = nil, nil, nil, nil
			fs.StringVar(&format, "format", "html", "html, csv, json, qdpx or xlsx")
			fs.StringVar(&out, "o", "", "output file (- for standard output); an existing file is kept unless -force")
			fs.BoolVar(&force, "force", false, "replace OUT if it exists (never a project, the input or a non-regular file)")
			fs.Var(&dialogues, "dialogue", "dialogue title or ID; a title that is a number wins over the ID, #ID names the ID (repeatable; default all)")
			fs.Var(&topics, "topic", "topic path such as 'Regional issues/Xinjiang', subtopics included (repeatable)")
			fs.Var(&parties, "party", "party name (repeatable; default all)")
			fs.Var(&tags, "tag", "only statements with this tag (repeatable)")
			fs.BoolVar(&notes, "notes", false, "include the analyst's notes")
			fs.BoolVar(&noSources, "no-sources", false, "leave out the sources appendix (html)")
			fs.BoolVar(&noOverview, "no-overview", false, "leave out the overview matrix (html)")
			fs.BoolVar(&acrossRounds, "across-rounds", false, "add the chapter Across rounds for each series with two selected rounds or more (html)")
			fs.StringVar(&paper, "paper", "a4", "paper size of the report: a4 or letter (html)")
		},
		Run: func(ctx context.Context, env *Env, args []string) error {
			if len(args) != 1 {
				return Usagef("name one project")
			}
			e, ok := exporters[format]
			if !ok {
				return Usagef("unknown format %q (want %s)", format, formats())
			}
			if out == "" {
				return Usagef("say where to write with -o OUT")
			}
			if out != "-" {
				if err := checkOut(out, args[0], force); err != nil {
					return err
				}
			} else if binaryFormats[format] && terminal(env.Stdout) {
				return fmt.Errorf("%s is a binary format and standard output is a terminal; "+
					"write it to a file with -o FILE.%s or send it to a pipe (-o - | …)", format, format)
			}
			s, err := openForReading(args[0])
			if err != nil {
				return err
			}
			defer s.Close()
			opts := ExportOptions{Dialogues: dialogues, Topics: topics, Parties: parties, Tags: tags,
				Notes: notes, NoSources: noSources, NoOverview: noOverview, AcrossRounds: acrossRounds, Paper: paper,
				Warn: func(msg string) { fmt.Fprintln(env.Stderr, "parley export: "+msg) }}
			// A date that is no date (the file edited by another
			// program) is exported empty and told, not a failure.
			ctx, bad := storage.NoteBadTimes(ctx)
			if err := writeOut(out, force, env.Stdout, func(w io.Writer) error { return e(ctx, s, opts, w) }); err != nil {
				return err
			}
			for _, line := range bad.Lines() {
				opts.Warn(line)
			}
			return nil
		},
	})
}

// binaryFormats are the formats whose bytes would garble a terminal (a
// zip archive); the others are text and may be read there.
var binaryFormats = map[string]bool{"xlsx": true, "qdpx": true}

func formats() string {
	var fs []string
	for f := range exporters {
		fs = append(fs, f)
	}
	sort.Strings(fs)
	return strings.Join(fs, ", ")
}

// checkOut refuses an export target before any work is done: the project
// or another one, a folder, device or pipe, and an existing file unless
// -force.
func checkOut(out, project string, force bool) error {
	exists, err := report.CheckTarget(out, project)
	if errors.Is(err, report.ErrNotRegular) {
		return fmt.Errorf("%w, or -o - for standard output", err)
	}
	if err != nil {
		return err
	}
	if exists && !force {
		return &storage.Error{Code: storage.CodeExists, Message: out + " already exists; -force replaces it", Named: true}
	}
	return nil
}

// writeOut writes to standard output for "-", else through
// report.WriteFile, so that a failed export never leaves half a file at
// out and never replaces a file without -force.
func writeOut(out string, force bool, stdout io.Writer, write func(io.Writer) error) error {
	if out == "-" {
		return write(stdout)
	}
	return report.WriteFile(out, force, write)
}
