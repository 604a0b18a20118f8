// Package xlsx writes a project (or a selection of it) as an Excel
// workbook for those who ask for "the table": the statements with every
// field (filters on, header frozen, each party's cell in its colour), the
// topic × party matrix, the assessments and the links. It knows no Fyne:
// `parley export -format xlsx` and the window's Export… share it.
//
// Every text cell passes through inert.Cell, which escapes the controls
// and bidirectional overrides a spreadsheet would act on, as the CSV's
// cells do. Text is always written as a string cell, never as a formula,
// so a statement that begins with "=" shows as typed and is not run; the
// CSV needs its leading apostrophe because CSV has no cell types, a
// workbook does not (the apostrophe would show).
package xlsx

import (
	"context"
	"fmt"
	"io"

	"parley/app/exchange"
	"parley/storage"
)

// The sheets, in order.
const (
	SheetStatements  = "Statements"
	SheetMatrix      = "Topics by party"
	SheetAssessments = "Assessments"
	SheetLinks       = "Links"
)

// Export writes the project s, or what sel selects of it, to w.
func Export(ctx context.Context, s *storage.Store, sel exchange.Selection, w io.Writer) error {
	_, err := ExportNoting(ctx, s, sel, w)
	return err
}

// ExportNoting is Export, and returns the kinds, link types and verdicts
// of the workbook's records that this Parley does not know and wrote as
// known ones, each with a note keeping it in the notes column (see
// storage.UnknownValue), for the caller to tell the analyst, as the JSON
// export does.
func ExportNoting(ctx context.Context, s *storage.Store, sel exchange.Selection, w io.Writer) ([]storage.UnknownValue, error) {
	rows, err := s.ReadRows(ctx)
	if err != nil {
		return nil, err
	}
	kept := exchange.Select(rows, sel)
	if err := Write(w, exchange.FromRows(kept)); err != nil {
		return nil, err
	}
	return exchange.KeptUnknown(kept), nil
}

// Write writes doc to w as a workbook.
func Write(w io.Writer, doc *exchange.Document) error {
	wb := newWorkbook(w)
	b := newBook(wb, doc)
	steps := []struct {
		name string
		fill func(string) error
	}{{SheetStatements, b.statements}, {SheetMatrix, b.matrix}, {SheetAssessments, b.assessments}, {SheetLinks, b.links}}
	for _, s := range steps {
		if err := s.fill(s.name); err != nil {
			return fmt.Errorf("write xlsx sheet %s: %w", s.name, err)
		}
	}
	if err := wb.close(); err != nil {
		return fmt.Errorf("write xlsx: %w", err)
	}
	return nil
}
