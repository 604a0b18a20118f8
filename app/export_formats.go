package app

import (
	"context"
	"io"

	"parley/app/exchange"
	"parley/app/qdpx"
	"parley/app/report"
	"parley/app/xlsx"
	"parley/storage"
)

// The exchange formats of File → Export…, beside the report and the CSV:
// a REFI-QDA project for the qualitative-analysis tools, a workbook for
// spreadsheets. The labels are short, so that the dialog fits a small
// screen; formatsHint says what each holds.
const (
	exportQDPX = "REFI-QDA project (.qdpx)"
	exportXLSX = "Excel workbook (.xlsx)"
)

// formatsHint tells the exchange formats apart, under the dialog.
const formatsHint = "A REFI-QDA project opens in QualCoder, MAXQDA, ATLAS.ti and NVivo; the workbook holds the statements, the topic × party matrix, the assessments and the links."

// exportFormats lists the dialog's formats in order, with the name each
// has for exportTo.
var exportFormats = []struct{ label, format string }{
	{exportHTML, "html"},
	{exportCSV, "csv"},
	{exportQDPX, "qdpx"},
	{exportXLSX, "xlsx"},
}

func exportLabels() []string {
	out := make([]string, len(exportFormats))
	for i, f := range exportFormats {
		out[i] = f.label
	}
	return out
}

func exportFormatOf(label string) string {
	for _, f := range exportFormats {
		if f.label == label {
			return f.format
		}
	}
	return "html"
}

// exportExchange writes the formats report.Export does not know; ok is
// false for those it does.
func exportExchange(ctx context.Context, st *storage.Store, format string, o report.Options, w io.Writer) (bool, error) {
	switch format {
	case "qdpx":
		sel, err := exchangeSelection(ctx, st, o)
		if err != nil {
			return true, err
		}
		return true, qdpx.Export(ctx, st, sel, w)
	case "xlsx":
		sel, err := exchangeSelection(ctx, st, o)
		if err != nil {
			return true, err
		}
		return true, xlsx.Export(ctx, st, sel, w)
	}
	return false, nil
}

// exchangeSelection turns the dialog's choices into an exchange selection,
// a checked topic bringing its subtopics as in the report.
func exchangeSelection(ctx context.Context, st *storage.Store, o report.Options) (exchange.Selection, error) {
	sel := exchange.Selection{DialogueIDs: o.Dialogues, PartyIDs: o.Parties, TagIDs: o.Tags}
	for _, id := range o.Topics {
		ids, err := st.TopicSubtree(ctx, id)
		if err != nil {
			return sel, err
		}
		sel.TopicIDs = append(sel.TopicIDs, ids...)
	}
	return sel, nil
}
