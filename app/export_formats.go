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
// Parley's own JSON (what `parley export -format json` writes and File →
// Import JSON… reads back), a REFI-QDA project for the
// qualitative-analysis tools, a workbook for spreadsheets. The labels are
// short, so that the formats fit on one line of the dialog and leave its
// height to the lists; formatsHint says what each holds.
const (
	exportJSON = "Parley JSON"
	exportQDPX = "REFI-QDA (.qdpx)"
	exportXLSX = "Excel (.xlsx)"
)

// formatsHint tells the exchange formats apart, under the dialog.
const formatsHint = "The HTML report is print-ready; the CSV holds the statements; Parley JSON is a copy of the project that Import JSON… in the File menu reads back; a REFI-QDA project opens in QualCoder, MAXQDA, ATLAS.ti and NVivo; the Excel workbook holds statements, matrix, assessments and links."

// exportFormats lists the dialog's formats in order, with the name each
// has for exportTo.
var exportFormats = []struct{ label, format string }{
	{exportHTML, "html"},
	{exportCSV, "csv"},
	{exportJSON, "json"},
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

// exchangeExporters write the exchange formats, each returning the values
// this Parley does not know that it wrote as known ones.
var exchangeExporters = map[string]func(context.Context, *storage.Store, exchange.Selection, io.Writer) ([]storage.UnknownValue, error){
	"json": exchange.ExportNoting,
	"qdpx": qdpx.ExportNoting,
	"xlsx": xlsx.ExportNoting,
}

// exportExchange writes the formats report.Export does not know; ok is
// false for those it does. notice says what the analyst should know of a
// file written (values this Parley does not know, written as known ones).
func exportExchange(ctx context.Context, st *storage.Store, format string, o report.Options, w io.Writer) (ok bool, notice string, err error) {
	export, ok := exchangeExporters[format]
	if !ok {
		return false, "", nil
	}
	sel, err := exchangeSelection(ctx, st, o)
	if err != nil {
		return true, "", err
	}
	unknown, err := export(ctx, st, sel, w)
	return true, storage.UnknownSummary(unknown), err
}

// exchangeSelection turns the dialog's choices into an exchange selection,
// a checked topic bringing its subtopics as in the report. Every dialogue
// or every party checked selects by neither: the whole project, with the
// sources of no dialogue, the statements no party holds and the edit log,
// is what an analyst who checked everything expects in the file.
func exchangeSelection(ctx context.Context, st *storage.Store, o report.Options) (exchange.Selection, error) {
	sel := exchange.Selection{DialogueIDs: o.Dialogues, PartyIDs: o.Parties, TagIDs: o.Tags}
	all, err := readExportLists(ctx, st)
	if err != nil {
		return sel, err
	}
	if len(o.Dialogues) == len(all.dialogues) {
		sel.DialogueIDs = nil
	}
	if len(o.Parties) == len(all.parties) {
		sel.PartyIDs = nil
	}
	for _, id := range o.Topics {
		ids, err := st.TopicSubtree(ctx, id)
		if err != nil {
			return sel, err
		}
		sel.TopicIDs = append(sel.TopicIDs, ids...)
	}
	return sel, nil
}
