package cli

import (
	"context"
	"io"

	"parley/app/exchange"
	"parley/app/inert"
	"parley/storage"
)

// The JSON export is the whole project — a backup that import-json reads
// back without loss — unless -dialogue, -topic, -party or -tag narrow it;
// then it holds the selected statements and what hangs off them, still a
// project import-json can read (see exchange.Select). Notes are always
// included: without them the file would not be a faithful copy.
func init() {
	RegisterExporter("json", func(ctx context.Context, s *storage.Store, opts ExportOptions, w io.Writer) error {
		sel, err := jsonSelection(ctx, s, opts)
		if err != nil {
			return err
		}
		unknown, err := exchange.ExportNoting(ctx, s, sel, w)
		warnUnknown(opts, unknown, err)
		return err
	})
}

// warnUnknown tells, on standard error, which values this Parley does not
// know a copy (JSON, REFI-QDA, workbook) holds as known ones, once it was
// written (err nil).
func warnUnknown(opts ExportOptions, unknown []storage.UnknownValue, err error) {
	if err == nil && len(unknown) > 0 && opts.Warn != nil {
		opts.Warn(inert.Line(storage.UnknownSummary(unknown)))
	}
}

// jsonSelection resolves the names of the export flags to IDs; a name
// that matches nothing is an error rather than an empty export.
func jsonSelection(ctx context.Context, s *storage.Store, opts ExportOptions) (exchange.Selection, error) {
	var sel exchange.Selection
	for _, ref := range opts.Dialogues {
		d, err := findDialogue(ctx, s, ref)
		if err != nil {
			return sel, err
		}
		sel.DialogueIDs = append(sel.DialogueIDs, d.ID)
	}
	for _, path := range opts.Topics {
		ids, err := topicSubtree(ctx, s, path)
		if err != nil {
			return sel, err
		}
		sel.TopicIDs = append(sel.TopicIDs, ids...)
	}
	for _, name := range opts.Parties {
		p, err := s.PartyByName(ctx, name)
		if err != nil {
			return sel, err
		}
		sel.PartyIDs = append(sel.PartyIDs, p.ID)
	}
	for _, name := range opts.Tags {
		t, err := s.TagByName(ctx, name)
		if err != nil {
			return sel, err
		}
		sel.TagIDs = append(sel.TagIDs, t.ID)
	}
	return sel, nil
}
