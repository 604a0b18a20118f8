package cli

import (
	"context"
	"io"

	"parley/app/report"
	"parley/storage"
)

// The report formats: "html", the print-ready brief, and "csv", one row
// per statement. Both take the selection flags of `parley export`.
func init() {
	for _, format := range []string{"html", "csv"} {
		RegisterExporter(format, func(ctx context.Context, s *storage.Store, opts ExportOptions, w io.Writer) error {
			o, err := reportOptions(ctx, s, opts)
			if err != nil {
				return err
			}
			return report.Export(ctx, s, format, o, w, nil)
		})
	}
}

// reportOptions resolves the names given on the command line; an unknown
// name is an error naming it (exit status 1), a bad paper size is bad
// usage.
func reportOptions(ctx context.Context, s *storage.Store, opts ExportOptions) (report.Options, error) {
	paper, err := report.ParsePaper(opts.Paper)
	if err != nil {
		return report.Options{}, Usagef("%v", err)
	}
	o := report.Options{Notes: opts.Notes, Sources: !opts.NoSources, Overview: !opts.NoOverview, AcrossRounds: opts.AcrossRounds, Paper: paper}
	names := report.Names{Dialogues: opts.Dialogues, Topics: opts.Topics, Parties: opts.Parties, Tags: opts.Tags}
	if err := report.Resolve(ctx, s, names, &o); err != nil {
		return report.Options{}, err
	}
	return o, nil
}
